"""Real organisations (their partnerships: partnerships.py; their programmes: programmes.py).

Texts are (fr, en, ar). Only what the facts say; no contact details are invented for them.
"""

from typing import Any

CASA = "technopark-casablanca"

ORGANISATIONS: list[dict[str, Any]] = [
    {
        "id": "mitc",
        "kind": "programme_operator",
        "city": "casablanca",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en"],
        "name": (
            "MITC — Moroccan Information Technopark Company",
            "MITC — Moroccan Information Technopark Company",
            "الشركة المغربية لتكنوبارك المعلوميات (MITC)",
        ),
        "description": (
            "Société gestionnaire de Technopark Maroc, premier incubateur marocain d'entreprises"
            " technologiques (premier site à Casablanca en 2001). Parcours d'accompagnement"
            " jusqu'à 5 ans : idée, création, développement, accélération.",
            "The company managing Technopark Maroc, Morocco's first incubator of technology"
            " companies (first site in Casablanca, 2001). An accompaniment path of up to 5 years:"
            " idea, company creation, development, acceleration.",
            "الشركة المسيّرة لتكنوبارك المغرب، أول حاضنة مغربية لشركات التكنولوجيا (أول موقع"
            " بالدار البيضاء سنة 2001). مسار مواكبة يمتد حتى خمس سنوات: الفكرة، ثم إحداث"
            " المقاولة، ثم التطوير، ثم التسريع.",
        ),
    },
    {
        "id": CASA,
        "kind": "technopark_site",
        "city": "casablanca",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en"],
        "name": ("Technopark Casablanca", "Technopark Casablanca", "تكنوبارك الدار البيضاء"),
        "description": (
            "Premier site Technopark (2001). Hébergement, coaching, formation, accès au"
            " financement et au marché ; le bâtiment accueille des guichets de l'OMPIC, de la"
            " légalisation et de la CNSS.",
            "The first Technopark site (2001). Hosting, coaching, training, access to finance and"
            " markets; the building hosts OMPIC, legalisation and CNSS desks.",
            "أول مواقع تكنوبارك (2001). إيواء وتأطير وتكوين وولوج إلى التمويل والأسواق، ويضم"
            " المبنى شبابيك للمكتب المغربي للملكية الصناعية والتجارية ولتصحيح الإمضاءات"
            " وللصندوق الوطني للضمان الاجتماعي.",
        ),
    },
    {
        "id": "technopark-rabat",
        "kind": "technopark_site",
        "city": "rabat",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en"],
        "name": ("Technopark Rabat", "Technopark Rabat", "تكنوبارك الرباط"),
        "description": (
            "Site Technopark de Rabat : hébergement et accompagnement de startups et de très"
            " petites entreprises du numérique.",
            "Technopark's Rabat site: hosting and accompaniment of digital startups and very"
            " small firms.",
            "موقع تكنوبارك بالرباط: إيواء ومواكبة الشركات الناشئة والمقاولات الصغيرة جدا في"
            " المجال الرقمي.",
        ),
    },
    {
        "id": "technopark-tanger",
        "kind": "technopark_site",
        "city": "tanger",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en", "es"],
        "name": ("Technopark Tanger", "Technopark Tangier", "تكنوبارك طنجة"),
        "description": (
            "Site Technopark de Tanger ; des startups de la diaspora co-accompagnées dans le"
            " programme MIT Africa s'y sont installées.",
            "Technopark's Tangier site; diaspora startups co-accompanied in the MIT Africa"
            " programme settled here.",
            "موقع تكنوبارك بطنجة، استقرت فيه شركات ناشئة لمغاربة وأفارقة المهجر رافقها برنامج"
            " MIT Africa.",
        ),
    },
    {
        "id": "technopark-agadir",
        "kind": "technopark_site",
        "city": "agadir",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en"],
        "name": (
            "Cité de l'innovation Souss-Massa (Technopark Agadir)",
            "Souss-Massa Innovation City (Technopark Agadir)",
            "مدينة الابتكار سوس ماسة (تكنوبارك أكادير)",
        ),
        "description": (
            "Site Technopark d'Agadir, la Cité de l'innovation Souss-Massa.",
            "Technopark's Agadir site, the Souss-Massa Innovation City.",
            "موقع تكنوبارك بأكادير: مدينة الابتكار سوس ماسة.",
        ),
    },
    {
        "id": "technopark-essaouira",
        "kind": "technopark_site",
        "city": "essaouira",
        "website": "https://www.technopark.ma",
        "languages": ["ar", "fr", "en"],
        "name": ("Technopark Essaouira", "Technopark Essaouira", "تكنوبارك الصويرة"),
        "description": (
            "Cinquième site, ouvert fin 2023 : 2 350 m², de la place pour 40 startups et très"
            " petites entreprises, un espace de coworking de 35 postes.",
            "The fifth site, opened late 2023: 2,350 m², room for 40 startups and very small"
            " firms, a coworking space of 35 desks.",
            "الموقع الخامس، افتُتح أواخر سنة 2023: مساحة 2350 مترا مربعا تتسع لأربعين شركة"
            " ناشئة ومقاولة صغيرة جدا، وفضاء للعمل المشترك من 35 مكتبا.",
        ),
    },
    {
        "id": "marseille-innovation",
        "kind": "incubator",
        "city": "marseille",
        "website": "https://www.marseille-innovation.fr",
        "languages": ["fr", "en"],
        "name": ("Marseille Innovation", "Marseille Innovation", "مرسيليا إينوفاسيون"),
        "description": (
            "Incubateur et accélérateur marseillais. Co-développe avec Technopark des services"
            " pour les startups marocaines qui veulent entrer sur le marché européen et"
            " s'installer à Marseille, et pour les entreprises marseillaises qui prospectent le"
            " Maroc et l'Afrique : séjours tests courts, bureaux partagés.",
            "Marseille incubator and accelerator. Co-develops with Technopark services for"
            " Moroccan startups that want to enter the European market and settle in Marseille,"
            " and for Marseille firms prospecting Morocco and Africa: short testing stays,"
            " shared offices.",
            "حاضنة ومسرّعة أعمال بمرسيليا، تطوّر مع تكنوبارك خدمات للشركات الناشئة المغربية"
            " الراغبة في دخول السوق الأوروبية والاستقرار في مرسيليا، وللشركات المرسيلية التي"
            " تستكشف أسواق المغرب وإفريقيا: إقامات تجريبية قصيرة ومكاتب مشتركة.",
        ),
    },
    {
        "id": "metropole-aix-marseille-provence",
        "kind": "public_body",
        "city": "marseille",
        "website": "https://ampmetropole.fr",
        "languages": ["fr"],
        "name": (
            "Métropole Aix-Marseille-Provence",
            "Aix-Marseille-Provence Metropolis",
            "متروبول إكس-مرسيليا-بروفانس",
        ),
        "description": (
            "Métropole signataire en 2018 d'une convention avec Technopark pour jeter des ponts"
            " entre l'écosystème de startups de Technopark et celui de Marseille.",
            "The metropolis that signed a convention with Technopark in 2018 to build bridges"
            " between Technopark's startup ecosystem and Marseille's.",
            "الحاضرة التي وقّعت سنة 2018 اتفاقية مع تكنوبارك لمدّ الجسور بين منظومة الشركات"
            " الناشئة في تكنوبارك ونظيرتها في مرسيليا.",
        ),
    },
    {
        "id": "ompic",
        "kind": "public_body",
        "city": "casablanca",
        "website": "https://www.ompic.ma",
        "languages": ["ar", "fr"],
        "name": (
            "OMPIC — Office marocain de la propriété industrielle et commerciale",
            "OMPIC — Moroccan Office of Industrial and Commercial Property",
            "المكتب المغربي للملكية الصناعية والتجارية",
        ),
        "description": (
            "Registre central du commerce, marques et brevets ; un guichet au Technopark de"
            " Casablanca.",
            "Central trade register, trademarks and patents; a desk at Technopark Casablanca.",
            "السجل التجاري المركزي والعلامات التجارية وبراءات الاختراع، مع شباك بتكنوبارك الدار"
            " البيضاء.",
        ),
    },
    {
        "id": "cnss",
        "kind": "public_body",
        "city": "casablanca",
        "website": "https://www.cnss.ma",
        "languages": ["ar", "fr"],
        "name": (
            "CNSS — Caisse nationale de sécurité sociale",
            "CNSS — National Social Security Fund",
            "الصندوق الوطني للضمان الاجتماعي",
        ),
        "description": (
            "Sécurité sociale : partenariat de guichet unique avec Technopark et guichet au"
            " Technopark de Casablanca.",
            "Social security: a one-stop-shop partnership with Technopark and a desk at"
            " Technopark Casablanca.",
            "الضمان الاجتماعي: شراكة الشباك الوحيد مع تكنوبارك وشباك بتكنوبارك الدار البيضاء.",
        ),
    },
    {
        "id": "ccg",
        "kind": "funder",
        "city": "rabat",
        "languages": ["ar", "fr"],
        "name": (
            "CCG — Caisse Centrale de Garantie",
            "CCG — Central Guarantee Fund",
            "صندوق الضمان المركزي",
        ),
        "description": (
            "Établissement public de garantie et de financement : garanties Damane Oxygène et"
            " Damane Relance, TPE Relance, Innov Invest, Intelaka.",
            "Public guarantee and financing institution: the Damane Oxygène and Damane Relance"
            " guarantees, TPE Relance, Innov Invest, Intelaka.",
            "مؤسسة عمومية للضمان والتمويل: ضمان أوكسجين وضمان إقلاع، وإقلاع المقاولات الصغيرة"
            " جدا، وإنوف إنفست، وانطلاقة.",
        ),
    },
    {
        "id": "ministry-digital-transition",
        "kind": "public_body",
        "city": "rabat",
        "languages": ["ar", "fr"],
        "name": (
            "Ministère de la Transition numérique et de la Réforme de l'administration",
            "Ministry of Digital Transition and Administrative Reform",
            "وزارة الانتقال الرقمي وإصلاح الإدارة",
        ),
        "description": (
            "Ministère de tutelle de Technopark ; convention signée au Gitex Africa 2023.",
            "Technopark's supervising ministry; a convention was signed at Gitex Africa 2023.",
            "الوزارة الوصية على تكنوبارك، ووُقّعت معها اتفاقية خلال معرض جيتكس إفريقيا 2023.",
        ),
    },
    {
        "id": "iasp",
        "kind": "network",
        "website": "https://www.iasp.ws",
        "languages": ["en"],
        "name": (
            "IASP — Association internationale des parcs scientifiques",
            "IASP — International Association of Science Parks and Areas of Innovation",
            "الرابطة الدولية للحدائق العلمية ومناطق الابتكار (IASP)",
        ),
        "description": (
            "Réseau mondial des parcs scientifiques et technologiques ; Technopark en est membre.",
            "The worldwide network of science and technology parks; Technopark is a member.",
            "الشبكة العالمية للحدائق العلمية والتكنولوجية، وتكنوبارك عضو فيها.",
        ),
    },
    {
        "id": "gitex-africa",
        "kind": "event",
        "city": "marrakech",
        "languages": ["en", "fr", "ar"],
        "name": ("Gitex Africa", "Gitex Africa", "جيتكس إفريقيا"),
        "description": (
            "Salon technologique annuel à Marrakech. En 2024, 200 startups marocaines ont été"
            " accompagnées pour y participer, dont 25 % issues des Technoparks.",
            "Yearly technology show in Marrakech. In 2024, 200 Moroccan startups were supported"
            " to attend, 25% of them from the Technoparks.",
            "معرض سنوي للتكنولوجيا بمراكش. سنة 2024 حظيت 200 شركة ناشئة مغربية بالدعم للمشاركة"
            " فيه، ربعها من مواقع تكنوبارك.",
        ),
    },
    {
        "id": "emerging-valley",
        "kind": "event",
        "languages": ["fr", "en"],
        "name": ("Emerging Valley", "Emerging Valley", "إيمرجينغ فالي"),
        "description": (
            "Rendez-vous annuel en Provence des investisseurs, des startups et des écosystèmes"
            " numériques africains (7e édition en novembre 2023 : environ 3 000 participants,"
            " 250 startups, 50 investisseurs). Technopark y conduit une délégation de startups"
            " marocaines.",
            "Yearly meeting in Provence of investors, startups and African digital ecosystems"
            " (7th edition in November 2023: about 3,000 participants, 250 startups,"
            " 50 investors). Technopark brings a delegation of Moroccan startups.",
            "ملتقى سنوي في منطقة بروفانس يجمع المستثمرين والشركات الناشئة والمنظومات الرقمية"
            " الإفريقية (الدورة السابعة في نونبر 2023: نحو 3000 مشارك و250 شركة ناشئة"
            " و50 مستثمرا)، ويشارك فيه تكنوبارك بوفد من الشركات الناشئة المغربية.",
        ),
    },
]
