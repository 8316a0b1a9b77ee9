"""FICTIONAL demo startups in Morocco's Technopark cities, looking to Marseille and Europe.

Not real companies: ids start with `demo-`, names end with "(démo)", contacts are on
example.org. Descriptions are (fr, en, ar).
"""

from typing import Any

STARTUPS_MOROCCO: list[dict[str, Any]] = [
    {
        "id": "demo-arganalytica",
        "name": "Arganalytica (démo)",
        "city": "agadir",
        "stage": "development",
        "founded_year": 2021,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "partnership"],
        "offers": ["partnership"],
        "sectors": ["big-data", "agriculture"],
        "targets": ["marseille", "france", "spain"],
        "hosts": [("technopark-agadir", 2022)],
        "programmes": [("boost-up-lab", "Cohorte 2022", 2022)],
        "description": (
            "Analyse de données satellitaires et de capteurs pour les coopératives d'arganiers"
            " et de primeurs du Souss ; cherche des distributeurs à Marseille.",
            "Satellite and sensor analytics for argan and early-vegetable cooperatives in the"
            " Souss; looking for distributors in Marseille.",
            "تحليل بيانات الأقمار الاصطناعية وأجهزة الاستشعار لتعاونيات الأركان والخضر المبكرة"
            " في سوس، وتبحث عن موزعين في مرسيليا.",
        ),
    },
    {
        "id": "demo-medinapay",
        "name": "MédinaPay (démo)",
        "city": "casablanca",
        "stage": "acceleration",
        "founded_year": 2019,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "funding", "settlement_support"],
        "offers": ["partnership"],
        "sectors": ["fintech", "e-commerce"],
        "targets": ["marseille", "france", "belgium"],
        "hosts": [("technopark-casablanca", 2019)],
        "programmes": [
            ("marseille-innovation-soft-landing", "Printemps 2025", 2025),
            ("innov-invest", None, 2021),
        ],
        "description": (
            "Paiement mobile pour les petits commerçants ; prépare une filiale à Marseille pour"
            " servir les commerçants de la diaspora.",
            "Mobile payments for small shopkeepers; preparing a Marseille subsidiary to serve"
            " diaspora merchants.",
            "حلول الأداء عبر الهاتف المحمول لصغار التجار، وتستعد لإحداث فرع في مرسيليا لخدمة"
            " تجار الجالية.",
        ),
    },
    {
        "id": "demo-cyberatlas",
        "name": "Cyberatlas (démo)",
        "city": "rabat",
        "stage": "development",
        "founded_year": 2020,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "partnership"],
        "offers": ["talent", "partnership"],
        "sectors": ["cybersecurity", "cloud-computing"],
        "targets": ["france", "germany"],
        "hosts": [("technopark-rabat", 2020)],
        "programmes": [("emerging-valley-delegation", "Délégation 2023", 2023)],
        "description": (
            "Centre de supervision de sécurité externalisé pour PME ; cherche des intégrateurs"
            " partenaires en France et en Allemagne.",
            "Outsourced security operations centre for SMEs; looking for integrator partners in"
            " France and Germany.",
            "مركز خارجي لمراقبة الأمن المعلوماتي لفائدة المقاولات الصغرى والمتوسطة، ويبحث عن"
            " شركاء مدمجين في فرنسا وألمانيا.",
        ),
    },
    {
        "id": "demo-tanjaflow",
        "name": "TanjaFlow (démo)",
        "city": "tanger",
        "stage": "acceleration",
        "founded_year": 2018,
        "languages": ["ar", "fr", "es", "en"],
        "seeks": ["market_access", "partnership"],
        "offers": ["partnership"],
        "sectors": ["e-logistics", "commerce-distribution"],
        "targets": ["marseille", "barcelona", "spain"],
        "hosts": [("technopark-tanger", 2018)],
        "programmes": [("damane-relance", None, 2021)],
        "description": (
            "Suivi en temps réel des conteneurs entre le port de Tanger Med et les ports"
            " méditerranéens européens.",
            "Real-time container tracking between the port of Tanger Med and European"
            " Mediterranean ports.",
            "تتبع الحاويات في الوقت الحقيقي بين ميناء طنجة المتوسط والموانئ الأوروبية على"
            " البحر الأبيض المتوسط.",
        ),
    },
    {
        "id": "demo-mogador-immersive",
        "name": "Mogador Immersive (démo)",
        "city": "essaouira",
        "stage": "creation",
        "founded_year": 2024,
        "languages": ["ar", "fr", "en"],
        "seeks": ["funding", "mentoring", "market_access"],
        "offers": [],
        "sectors": ["virtual-reality", "tourism", "culture"],
        "targets": ["marseille", "france"],
        "hosts": [("technopark-essaouira", 2024)],
        "programmes": [("emerging-valley-delegation", "Délégation 2025", 2025)],
        "description": (
            "Visites en réalité virtuelle de la médina et du festival Gnaoua pour les musées et"
            " les voyagistes.",
            "Virtual-reality tours of the medina and the Gnaoua festival for museums and tour"
            " operators.",
            "جولات بالواقع الافتراضي في المدينة العتيقة ومهرجان كناوة لفائدة المتاحف ووكالات"
            " الأسفار.",
        ),
    },
    {
        "id": "demo-kafaa-ai",
        "name": "Kafaa AI (démo)",
        "city": "casablanca",
        "stage": "acceleration",
        "founded_year": 2019,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "settlement_support"],
        "offers": ["talent"],
        "sectors": ["hr-tech", "artificial-intelligence"],
        "targets": ["marseille", "paris", "france"],
        "hosts": [("technopark-casablanca", 2019), ("marseille-innovation", 2024)],
        "programmes": [("marseille-innovation-soft-landing", "Automne 2024", 2024)],
        "description": (
            "Plateforme de recrutement qui classe les compétences par intelligence artificielle ;"
            " teste le marché français depuis un bureau partagé à Marseille.",
            "Recruitment platform that classifies skills with artificial intelligence; testing"
            " the French market from a shared office in Marseille.",
            "منصة توظيف تصنّف الكفاءات بالذكاء الاصطناعي، وتختبر السوق الفرنسية انطلاقا من مكتب"
            " مشترك في مرسيليا.",
        ),
    },
    {
        "id": "demo-chamsi-energie",
        "name": "Chamsi Énergie (démo)",
        "city": "rabat",
        "stage": "development",
        "founded_year": 2021,
        "languages": ["ar", "fr"],
        "seeks": ["partnership", "funding"],
        "offers": ["partnership"],
        "sectors": ["renewable-energy", "green-tech"],
        "targets": ["dakar", "senegal", "france"],
        "hosts": [("technopark-rabat", 2021)],
        "programmes": [("intelaka", None, 2021)],
        "description": (
            "Kits solaires connectés et paiement à l'usage pour l'irrigation des petites"
            " exploitations.",
            "Connected solar kits with pay-as-you-go for small farms' irrigation.",
            "أطقم شمسية متصلة بالأداء حسب الاستعمال لسقي الضيعات الفلاحية الصغيرة.",
        ),
    },
    {
        "id": "demo-madrasti",
        "name": "Madrasti (démo)",
        "city": "rabat",
        "stage": "creation",
        "founded_year": 2023,
        "languages": ["ar", "fr"],
        "seeks": ["funding", "mentoring"],
        "offers": [],
        "sectors": ["edtech", "education"],
        "targets": ["france", "belgium"],
        "hosts": [("technopark-rabat", 2023)],
        "programmes": [("boost-up-lab", "Cohorte 2023", 2023)],
        "description": (
            "Soutien scolaire en arabe et en français pour les enfants de la diaspora en Europe.",
            "Tutoring in Arabic and French for diaspora children in Europe.",
            "دروس دعم باللغتين العربية والفرنسية لأطفال الجالية المغربية في أوروبا.",
        ),
    },
    {
        "id": "demo-casa-arena",
        "name": "Casa Arena Esport (démo)",
        "city": "casablanca",
        "stage": "idea",
        "founded_year": 2025,
        "languages": ["ar", "fr", "en"],
        "seeks": ["mentoring", "funding"],
        "offers": [],
        "sectors": ["e-sport", "creative-industries"],
        "targets": ["marseille"],
        "hosts": [("technopark-casablanca", 2025)],
        "programmes": [("boost-up-lab", "Cohorte 2025", 2025)],
        "description": (
            "Projet de ligue e-sport amateur entre Casablanca et Marseille, avec tournois en"
            " ligne et finales en présentiel.",
            "A planned amateur e-sports league between Casablanca and Marseille, with online"
            " tournaments and live finals.",
            "مشروع دوري للرياضات الإلكترونية للهواة بين الدار البيضاء ومرسيليا، بمنافسات عبر"
            " الإنترنت ونهائيات حضورية.",
        ),
    },
    {
        "id": "demo-chifa-connect",
        "name": "Chifa Connect (démo)",
        "city": "tanger",
        "stage": "development",
        "founded_year": 2020,
        "languages": ["ar", "fr", "es"],
        "seeks": ["market_access", "settlement_support"],
        "offers": ["partnership"],
        "sectors": ["healthtech", "health"],
        "targets": ["marseille", "france"],
        "hosts": [("technopark-tanger", 2021)],
        "programmes": [
            ("emerging-valley-delegation", "Délégation 2024", 2024),
            ("damane-oxygene", None, 2020),
        ],
        "description": (
            "Téléconsultation et suivi à distance des patients chroniques ; cherche des cliniques"
            " partenaires dans le sud de la France.",
            "Teleconsultation and remote monitoring of chronic patients; looking for partner"
            " clinics in southern France.",
            "الاستشارة الطبية عن بعد والتتبع عن بعد للمرضى المزمنين، وتبحث عن مصحات شريكة في"
            " جنوب فرنسا.",
        ),
    },
    {
        "id": "demo-zellige-digital",
        "name": "Zellige Digital (démo)",
        "city": "fes",
        "stage": "creation",
        "founded_year": 2024,
        "languages": ["ar", "fr", "en"],
        "seeks": ["market_access", "mentoring"],
        "offers": [],
        "sectors": ["e-commerce", "creative-industries"],
        "targets": ["france", "italy", "milan"],
        "hosts": [],
        "programmes": [("intelaka", None, 2024)],
        "description": (
            "Boutique en ligne d'artisans fassis (zellige, cuir) ; attend l'ouverture du"
            " Technopark de Fès.",
            "Online shop for Fez artisans (zellige, leather); waiting for the Fez Technopark to"
            " open.",
            "متجر إلكتروني لحرفيي فاس (الزليج والجلد)، في انتظار افتتاح تكنوبارك فاس.",
        ),
    },
    {
        "id": "demo-oriental-eadmin",
        "name": "Oriental e-Admin (démo)",
        "city": "oujda",
        "stage": "idea",
        "founded_year": 2025,
        "languages": ["ar", "fr"],
        "seeks": ["mentoring", "partnership"],
        "offers": [],
        "sectors": ["admin-tech"],
        "targets": ["morocco", "france"],
        "hosts": [],
        "programmes": [],
        "description": (
            "Dématérialisation des démarches des communes de l'Oriental et des Marocains"
            " résidant à l'étranger.",
            "Paperless procedures for the Oriental region's municipalities and for Moroccans"
            " living abroad.",
            "رقمنة المساطر الإدارية لجماعات جهة الشرق ولمغاربة العالم.",
        ),
    },
]
