"""FICTIONAL demo startups on the Marseille side: Marseille firms prospecting Morocco and Africa,
and diaspora founders in Marseille and Paris. Not real companies (`demo-` ids, "(démo)" names,
example.org contacts). Descriptions are (fr, en, ar)."""

from typing import Any

MITA = ("mit-africa-2", "MIT Africa 2", 2023)

STARTUPS_MARSEILLE: list[dict[str, Any]] = [
    {
        "id": "demo-calanques-cloud",
        "name": "Calanques Cloud (démo)",
        "city": "marseille",
        "stage": "acceleration",
        "founded_year": 2016,
        "languages": ["fr", "en"],
        "seeks": ["market_access", "partnership", "talent"],
        "offers": ["partnership", "mentoring"],
        "sectors": ["cloud-computing", "cybersecurity"],
        "targets": ["casablanca", "morocco", "abidjan", "cote-d-ivoire"],
        "hosts": [("marseille-innovation", 2017)],
        "programmes": [("marseille-innovation-soft-landing", "Automne 2024", 2024)],
        "description": (
            "Hébergement cloud souverain pour les PME ; prospecte le Maroc et la Côte d'Ivoire"
            " et recrute des ingénieurs à Casablanca.",
            "Sovereign cloud hosting for SMEs; prospecting Morocco and Côte d'Ivoire and hiring"
            " engineers in Casablanca.",
            "استضافة سحابية سيادية للمقاولات الصغرى والمتوسطة، تستكشف سوقي المغرب وكوت ديفوار"
            " وتوظف مهندسين في الدار البيضاء.",
        ),
    },
    {
        "id": "demo-phocee-logistique",
        "name": "Phocée Logistique Numérique (démo)",
        "city": "marseille",
        "stage": "development",
        "founded_year": 2019,
        "languages": ["fr", "en", "es"],
        "seeks": ["partnership", "market_access"],
        "offers": ["partnership"],
        "sectors": ["e-logistics", "industry"],
        "targets": ["tanger", "morocco", "dakar"],
        "hosts": [("marseille-innovation", 2019)],
        "programmes": [],
        "description": (
            "Logiciel de dédouanement pour les transitaires ; cherche un partenaire à Tanger"
            " pour la ligne maritime Marseille–Tanger Med.",
            "Customs-clearance software for freight forwarders; looking for a Tangier partner for"
            " the Marseille–Tanger Med sea route.",
            "برنامج للتخليص الجمركي لفائدة وكلاء العبور، ويبحث عن شريك في طنجة للخط البحري"
            " مرسيليا–طنجة المتوسط.",
        ),
    },
    {
        "id": "demo-garrigue-agritech",
        "name": "Garrigue Agritech (démo)",
        "city": "aix-en-provence",
        "stage": "development",
        "founded_year": 2020,
        "languages": ["fr", "en"],
        "seeks": ["market_access", "partnership"],
        "offers": ["partnership"],
        "sectors": ["agriculture", "big-data", "green-tech"],
        "targets": ["agadir", "morocco", "tunisia"],
        "hosts": [],
        "programmes": [("marseille-innovation-soft-landing", "Printemps 2025", 2025)],
        "description": (
            "Pilotage de l'irrigation au goutte-à-goutte par l'analyse de données ; cherche des"
            " exploitations pilotes dans le Souss-Massa.",
            "Data-driven drip-irrigation control; looking for pilot farms in Souss-Massa.",
            "التحكم في الري بالتنقيط اعتمادا على تحليل البيانات، وتبحث عن ضيعات نموذجية"
            " للتجربة في جهة سوس ماسة.",
        ),
    },
    {
        "id": "demo-vieux-port-studio",
        "name": "Vieux-Port Studio (démo)",
        "city": "marseille",
        "stage": "development",
        "founded_year": 2018,
        "languages": ["fr", "en"],
        "seeks": ["market_access", "talent"],
        "offers": ["partnership"],
        "sectors": ["digital-marketing", "creative-industries"],
        "targets": ["casablanca", "rabat", "morocco"],
        "hosts": [("marseille-innovation", 2018)],
        "programmes": [],
        "description": (
            "Agence de marketing digital ; veut ouvrir un studio à Casablanca avec des"
            " créatifs marocains.",
            "Digital-marketing agency; wants to open a studio in Casablanca with Moroccan"
            " creatives.",
            "وكالة للتسويق الرقمي تسعى إلى فتح استوديو في الدار البيضاء مع مبدعين مغاربة.",
        ),
    },
    {
        "id": "demo-massilia-sante",
        "name": "Massilia Santé Connectée (démo)",
        "city": "marseille",
        "stage": "acceleration",
        "founded_year": 2015,
        "languages": ["fr", "en", "it"],
        "seeks": ["partnership", "market_access"],
        "offers": ["mentoring", "partnership"],
        "sectors": ["healthtech", "health"],
        "targets": ["casablanca", "morocco", "senegal"],
        "hosts": [("marseille-innovation", 2015)],
        "programmes": [],
        "description": (
            "Dossier patient partagé pour les cliniques ; cherche un distributeur au Maroc et"
            " au Sénégal.",
            "Shared patient records for clinics; looking for a distributor in Morocco and Senegal.",
            "ملف طبي مشترك للمرضى لفائدة المصحات، وتبحث عن موزع في المغرب والسنغال.",
        ),
    },
    {
        "id": "demo-mistral-solaire",
        "name": "Mistral Solaire (démo)",
        "city": "aix-en-provence",
        "stage": "development",
        "founded_year": 2022,
        "languages": ["fr", "en"],
        "seeks": ["partnership", "market_access"],
        "offers": ["partnership"],
        "sectors": ["renewable-energy"],
        "targets": ["morocco", "cote-d-ivoire"],
        "hosts": [],
        "programmes": [],
        "description": (
            "Maintenance prédictive de centrales solaires ; cherche des installateurs partenaires"
            " au Maroc et en Côte d'Ivoire.",
            "Predictive maintenance for solar plants; looking for installer partners in Morocco"
            " and Côte d'Ivoire.",
            "الصيانة التنبؤية لمحطات الطاقة الشمسية، وتبحث عن شركاء في التركيب بالمغرب وكوت"
            " ديفوار.",
        ),
    },
    # Diaspora founders (MIT Africa style co-accompaniment).
    {
        "id": "demo-tawassol-transfert",
        "name": "Tawassol Transfert (démo)",
        "city": "marseille",
        "diaspora": "morocco",
        "stage": "development",
        "founded_year": 2022,
        "languages": ["ar", "fr", "en"],
        "seeks": ["settlement_support", "funding", "market_access"],
        "offers": [],
        "sectors": ["fintech"],
        "targets": ["casablanca", "morocco"],
        "hosts": [("marseille-innovation", 2022), ("technopark-casablanca", 2024)],
        "programmes": [MITA],
        "description": (
            "Transferts d'argent à bas coût de la diaspora vers le Maroc ; fondée à Marseille,"
            " installée aussi au Technopark de Casablanca.",
            "Low-cost money transfers from the diaspora to Morocco; founded in Marseille, now"
            " also based at Technopark Casablanca.",
            "تحويلات مالية منخفضة التكلفة من الجالية نحو المغرب، تأسست في مرسيليا واستقرت أيضا"
            " بتكنوبارك الدار البيضاء.",
        ),
    },
    {
        "id": "demo-teranga-learn",
        "name": "Teranga Learn (démo)",
        "city": "marseille",
        "diaspora": "senegal",
        "stage": "creation",
        "founded_year": 2023,
        "languages": ["fr", "en", "wo"],
        "seeks": ["settlement_support", "mentoring", "market_access"],
        "offers": [],
        "sectors": ["edtech", "education"],
        "targets": ["dakar", "senegal", "tanger", "morocco"],
        "hosts": [("technopark-tanger", 2024)],
        "programmes": [MITA],
        "description": (
            "Cours de code en wolof et en français sur mobile ; base à Tanger pour servir"
            " l'Afrique de l'Ouest.",
            "Mobile coding courses in Wolof and French; based in Tangier to serve West Africa.",
            "دروس في البرمجة عبر الهاتف المحمول بلغة الولوف وبالفرنسية، مع مقر في طنجة لخدمة"
            " غرب إفريقيا.",
        ),
    },
    {
        "id": "demo-cacao-trace",
        "name": "Cacao Trace (démo)",
        "city": "paris",
        "diaspora": "cote-d-ivoire",
        "stage": "development",
        "founded_year": 2021,
        "languages": ["fr", "en"],
        "seeks": ["partnership", "funding"],
        "offers": ["partnership"],
        "sectors": ["agriculture", "big-data"],
        "targets": ["abidjan", "cote-d-ivoire", "morocco"],
        "hosts": [],
        "programmes": [MITA],
        "description": (
            "Traçabilité du cacao de la parcelle au port ; cherche un partenaire logistique au"
            " Maroc.",
            "Cocoa traceability from plot to port; looking for a logistics partner in Morocco.",
            "تتبع الكاكاو من الحقل إلى الميناء، وتبحث عن شريك لوجستي في المغرب.",
        ),
    },
    {
        "id": "demo-atlas-beldi",
        "name": "Atlas Beldi Market (démo)",
        "city": "paris",
        "diaspora": "morocco",
        "stage": "development",
        "founded_year": 2020,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "partnership"],
        "offers": ["partnership"],
        "sectors": ["e-commerce", "commerce-distribution"],
        "targets": ["morocco", "france", "belgium"],
        "hosts": [],
        "programmes": [("marseille-innovation-soft-landing", "Printemps 2025", 2025)],
        "description": (
            "Place de marché de cosmétiques à l'argan de coopératives féminines marocaines pour"
            " l'Europe.",
            "Marketplace for argan cosmetics from Moroccan women's cooperatives, selling in"
            " Europe.",
            "سوق إلكترونية لمستحضرات التجميل بزيت الأركان من إنتاج تعاونيات نسائية مغربية"
            " موجهة إلى أوروبا.",
        ),
    },
    {
        "id": "demo-qartaj-vision",
        "name": "Qartaj Vision (démo)",
        "city": "marseille",
        "diaspora": "tunisia",
        "stage": "creation",
        "founded_year": 2024,
        "languages": ["ar", "fr", "en"],
        "seeks": ["settlement_support", "partnership"],
        "offers": [],
        "sectors": ["artificial-intelligence", "admin-tech"],
        "targets": ["tunisia", "morocco", "rabat"],
        "hosts": [("marseille-innovation", 2024)],
        "programmes": [MITA],
        "description": (
            "Lecture automatique de documents administratifs en arabe et en français par"
            " intelligence artificielle.",
            "AI reading of administrative documents in Arabic and French.",
            "قراءة آلية للوثائق الإدارية باللغتين العربية والفرنسية بواسطة الذكاء الاصطناعي.",
        ),
    },
    {
        "id": "demo-wouri-connect",
        "name": "Wouri Connect (démo)",
        "city": "marseille",
        "diaspora": "cameroon",
        "stage": "idea",
        "founded_year": 2025,
        "languages": ["fr", "en"],
        "seeks": ["mentoring", "settlement_support", "funding"],
        "offers": [],
        "sectors": ["telecoms"],
        "targets": ["douala", "cameroon", "casablanca"],
        "hosts": [],
        "programmes": [MITA],
        "description": (
            "Projet de réseau de boîtiers Wi-Fi communautaires pour les marchés de Douala, avec"
            " une équipe technique envisagée à Casablanca.",
            "A planned network of community Wi-Fi boxes for Douala's markets, with a technical"
            " team considered in Casablanca.",
            "مشروع شبكة أجهزة واي فاي مجتمعية لأسواق دوالا، مع فريق تقني مرتقب في الدار البيضاء.",
        ),
    },
]
