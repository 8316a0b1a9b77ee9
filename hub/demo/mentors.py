"""FICTIONAL demo mentors on both sides, and two fictional firms some of them work for.

Not real people or firms: `demo-` ids, "(démo)" names, example.com contacts. Bios are
(fr, en, ar); `mentees` are (startup id, since year).
"""

from typing import Any

MI, CASA = "marseille-innovation", "technopark-casablanca"

COMPANIES: list[dict[str, Any]] = [
    {
        "id": "demo-mediterranee-conseil",
        "kind": "company",
        "city": "marseille",
        "languages": ["fr", "ar", "en"],
        "name": (
            "Méditerranée Conseil (démo)",
            "Méditerranée Conseil (demo)",
            "ميديتيراني كونساي (تجريبي)",
        ),
        "description": (
            "Cabinet fictif : domiciliation, création d'entreprise et visas pour les startups"
            " africaines qui s'installent à Marseille.",
            "Fictional firm: domiciliation, company creation and visas for African startups"
            " settling in Marseille.",
            "مكتب خيالي: التوطين وإحداث المقاولات والتأشيرات للشركات الناشئة الإفريقية التي"
            " تستقر في مرسيليا.",
        ),
    },
    {
        "id": "demo-diaspora-angels",
        "kind": "funder",
        "city": "paris",
        "languages": ["fr", "en"],
        "name": ("Diaspora Angels (démo)", "Diaspora Angels (demo)", "ملائكة الجالية (تجريبي)"),
        "description": (
            "Réseau fictif de business angels de la diaspora africaine.",
            "Fictional network of African-diaspora business angels.",
            "شبكة خيالية من المستثمرين الملائكيين من الجالية الإفريقية.",
        ),
    },
]

MENTORS: list[dict[str, Any]] = [
    # Moroccan side
    {
        "id": "demo-mentor-leila-b",
        "name": "Leïla B. (démo)",
        "city": "casablanca",
        "languages": ["ar", "fr", "en"],
        "capacity": 4,
        "sectors": ["fintech", "finance"],
        "affiliations": [CASA],
        "mentees": [("demo-medinapay", 2023), ("demo-tawassol-transfert", 2024)],
        "bio": (
            "Ancienne banquière, accompagne les fintechs sur la réglementation marocaine et la"
            " levée de fonds.",
            "Former banker; coaches fintechs on Moroccan regulation and fundraising.",
            "مصرفية سابقة، تواكب شركات التكنولوجيا المالية في مجالي التنظيم المغربي وجمع التمويل.",
        ),
    },
    {
        "id": "demo-mentor-youssef-e",
        "name": "Youssef E. (démo)",
        "city": "rabat",
        "languages": ["ar", "fr", "en"],
        "capacity": 3,
        "sectors": ["cybersecurity", "cloud-computing"],
        "affiliations": ["technopark-rabat"],
        "mentees": [("demo-cyberatlas", 2022), ("demo-calanques-cloud", 2025)],
        "bio": (
            "Architecte sécurité, aide les équipes à obtenir leurs certifications.",
            "Security architect; helps teams get their certifications.",
            "خبير في هندسة الأمن المعلوماتي، يساعد الفرق على الحصول على شهادات المطابقة.",
        ),
    },
    {
        "id": "demo-mentor-fatima-zahra-k",
        "name": "Fatima-Zahra K. (démo)",
        "city": "agadir",
        "languages": ["ar", "fr"],
        "capacity": 3,
        "sectors": ["agriculture", "green-tech"],
        "affiliations": ["technopark-agadir"],
        "mentees": [("demo-arganalytica", 2022), ("demo-garrigue-agritech", 2025)],
        "bio": (
            "Ingénieure agronome, connaît les coopératives et les exploitations du Souss-Massa.",
            "Agronomist who knows the cooperatives and farms of Souss-Massa.",
            "مهندسة زراعية تعرف جيدا تعاونيات وضيعات جهة سوس ماسة.",
        ),
    },
    {
        "id": "demo-mentor-hamza-t",
        "name": "Hamza T. (démo)",
        "city": "tanger",
        "languages": ["ar", "fr", "es", "en"],
        "capacity": 3,
        "sectors": ["e-logistics", "industry"],
        "affiliations": ["technopark-tanger"],
        "mentees": [("demo-tanjaflow", 2020), ("demo-phocee-logistique", 2025)],
        "bio": (
            "Vingt ans dans la logistique portuaire entre Tanger Med et l'Europe.",
            "Twenty years in port logistics between Tanger Med and Europe.",
            "عشرون سنة من الخبرة في اللوجستيك المينائي بين طنجة المتوسط وأوروبا.",
        ),
    },
    {
        "id": "demo-mentor-salma-r",
        "name": "Salma R. (démo)",
        "city": "essaouira",
        "languages": ["ar", "fr", "en"],
        "capacity": 2,
        "sectors": ["tourism", "culture", "creative-industries"],
        "affiliations": ["technopark-essaouira"],
        "mentees": [("demo-mogador-immersive", 2024), ("demo-zellige-digital", 2025)],
        "bio": (
            "Productrice culturelle, relie les créateurs aux festivals et aux musées.",
            "Cultural producer; connects creators with festivals and museums.",
            "منتجة ثقافية تربط المبدعين بالمهرجانات والمتاحف.",
        ),
    },
    {
        "id": "demo-mentor-driss-a",
        "name": "Driss A. (démo)",
        "city": "casablanca",
        "languages": ["ar", "fr", "en"],
        "capacity": 4,
        "sectors": ["admin-tech", "finance"],
        "affiliations": ["mitc"],
        "mentees": [
            ("demo-teranga-learn", 2024),
            ("demo-cacao-trace", 2023),
            ("demo-qartaj-vision", 2024),
        ],
        "bio": (
            "Juriste d'affaires : explique le cadre juridique marocain de création d'entreprise"
            " aux fondateurs de la diaspora.",
            "Business lawyer: explains Morocco's legal framework for creating a company to"
            " diaspora founders.",
            "قانوني متخصص في الأعمال، يشرح لمؤسسي الجالية الإطار القانوني المغربي لإحداث"
            " المقاولات.",
        ),
    },
    {
        "id": "demo-mentor-nadia-o",
        "name": "Nadia O. (démo)",
        "city": "rabat",
        "languages": ["ar", "fr", "en"],
        "capacity": 2,
        "sectors": ["edtech", "education", "hr-tech"],
        "affiliations": ["technopark-rabat"],
        "mentees": [("demo-madrasti", 2023), ("demo-kafaa-ai", 2021)],
        "bio": (
            "Ancienne directrice d'école d'ingénieurs, spécialiste des compétences numériques.",
            "Former engineering-school director, specialist in digital skills.",
            "مديرة سابقة لمدرسة مهندسين، متخصصة في الكفاءات الرقمية.",
        ),
    },
    # Marseille side
    {
        "id": "demo-mentor-claire-m",
        "name": "Claire M. (démo)",
        "city": "marseille",
        "languages": ["fr", "en"],
        "capacity": 3,
        "sectors": ["digital-marketing", "e-commerce"],
        "affiliations": [MI],
        "mentees": [
            ("demo-medinapay", 2025),
            ("demo-atlas-beldi", 2025),
            ("demo-vieux-port-studio", 2019),
        ],
        "bio": (
            "Experte en lancement de marques en ligne sur le marché français.",
            "Expert in launching online brands on the French market.",
            "خبيرة في إطلاق العلامات التجارية الرقمية في السوق الفرنسية.",
        ),
    },
    {
        "id": "demo-mentor-julien-p",
        "name": "Julien P. (démo)",
        "city": "marseille",
        "languages": ["fr", "en", "de"],
        "capacity": 3,
        "sectors": ["cloud-computing", "cybersecurity"],
        "affiliations": [MI, "demo-mediterranee-conseil"],
        "mentees": [("demo-cyberatlas", 2025), ("demo-kafaa-ai", 2024)],
        "bio": (
            "Directeur technique, ouvre les portes des intégrateurs français et allemands.",
            "CTO; opens doors at French and German integrators.",
            "مدير تقني يفتح الأبواب لدى شركات الإدماج الفرنسية والألمانية.",
        ),
    },
    {
        "id": "demo-mentor-sophie-l",
        "name": "Sophie L. (démo)",
        "city": "aix-en-provence",
        "languages": ["fr", "en", "it"],
        "capacity": 2,
        "sectors": ["healthtech", "health"],
        "affiliations": [MI],
        "mentees": [("demo-chifa-connect", 2024), ("demo-massilia-sante", 2016)],
        "bio": (
            "Médecin et entrepreneuse, connaît la réglementation européenne des dispositifs"
            " médicaux.",
            "Physician and entrepreneur who knows European medical-device regulation.",
            "طبيبة ومقاولة، ملمّة بالتنظيم الأوروبي للأجهزة الطبية.",
        ),
    },
    {
        "id": "demo-mentor-karim-h",
        "name": "Karim H. (démo)",
        "city": "marseille",
        "languages": ["ar", "fr", "en"],
        "capacity": 4,
        "sectors": ["admin-tech", "fintech"],
        "affiliations": ["demo-mediterranee-conseil", MI],
        "mentees": [
            ("demo-tawassol-transfert", 2022),
            ("demo-wouri-connect", 2025),
            ("demo-qartaj-vision", 2024),
        ],
        "bio": (
            "Accompagne l'installation à Marseille : domiciliation, titre de séjour, compte"
            " bancaire.",
            "Helps founders settle in Marseille: domiciliation, residence permit, bank account.",
            "يواكب الاستقرار في مرسيليا: التوطين وبطاقة الإقامة والحساب البنكي.",
        ),
    },
    {
        "id": "demo-mentor-aminata-d",
        "name": "Aminata D. (démo)",
        "city": "paris",
        "languages": ["fr", "en", "wo"],
        "capacity": 3,
        "sectors": ["agriculture", "edtech"],
        "affiliations": ["demo-diaspora-angels"],
        "mentees": [("demo-teranga-learn", 2023), ("demo-cacao-trace", 2022)],
        "bio": (
            "Investisseuse de la diaspora sénégalaise, finance les projets entre l'Afrique de"
            " l'Ouest, le Maroc et la France.",
            "Senegalese-diaspora investor funding projects between West Africa, Morocco and"
            " France.",
            "مستثمرة من الجالية السنغالية، تموّل مشاريع بين غرب إفريقيا والمغرب وفرنسا.",
        ),
    },
    {
        "id": "demo-mentor-marc-v",
        "name": "Marc V. (démo)",
        "city": "marseille",
        "languages": ["fr", "en", "es"],
        "capacity": 3,
        "sectors": ["e-logistics", "industry", "renewable-energy"],
        "affiliations": ["demo-mediterranee-conseil"],
        "mentees": [
            ("demo-phocee-logistique", 2020),
            ("demo-mistral-solaire", 2023),
            ("demo-tanjaflow", 2025),
        ],
        "bio": (
            "Ancien dirigeant industriel du port de Marseille-Fos, conseille les projets"
            " industriels entre les deux rives.",
            "Former industrial executive at the port of Marseille-Fos; advises industrial"
            " projects across the Mediterranean.",
            "مسؤول صناعي سابق في ميناء مرسيليا-فوس، يقدّم المشورة للمشاريع الصناعية بين الضفتين.",
        ),
    },
    {
        "id": "demo-mentor-ines-g",
        "name": "Inès G. (démo)",
        "city": "marseille",
        "languages": ["fr", "en", "ar"],
        "capacity": 3,
        "sectors": ["artificial-intelligence", "big-data"],
        "affiliations": [MI],
        "mentees": [
            ("demo-qartaj-vision", 2025),
            ("demo-arganalytica", 2025),
            ("demo-casa-arena", 2025),
        ],
        "bio": (
            "Chercheuse en intelligence artificielle, aide à passer du prototype au produit.",
            "AI researcher; helps teams go from prototype to product.",
            "باحثة في الذكاء الاصطناعي، تساعد الفرق على الانتقال من النموذج الأولي إلى المنتج.",
        ),
    },
]
