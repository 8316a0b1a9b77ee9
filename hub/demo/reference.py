"""Real reference data, places and sectors. Names are (fr, en, ar)."""

from typing import Any

# Countries: Morocco and France, plus origins of diaspora founders and target markets.
COUNTRIES: list[dict[str, Any]] = [
    {"id": "morocco", "code": "MA", "region": "africa", "name": ("Maroc", "Morocco", "المغرب")},
    {"id": "senegal", "code": "SN", "region": "africa", "name": ("Sénégal", "Senegal", "السنغال")},
    {
        "id": "cote-d-ivoire",
        "code": "CI",
        "region": "africa",
        "name": ("Côte d'Ivoire", "Côte d'Ivoire", "كوت ديفوار"),
    },
    {"id": "tunisia", "code": "TN", "region": "africa", "name": ("Tunisie", "Tunisia", "تونس")},
    {
        "id": "cameroon",
        "code": "CM",
        "region": "africa",
        "name": ("Cameroun", "Cameroon", "الكاميرون"),
    },
    {"id": "france", "code": "FR", "region": "europe", "name": ("France", "France", "فرنسا")},
    {"id": "belgium", "code": "BE", "region": "europe", "name": ("Belgique", "Belgium", "بلجيكا")},
    {
        "id": "germany",
        "code": "DE",
        "region": "europe",
        "name": ("Allemagne", "Germany", "ألمانيا"),
    },
    {"id": "spain", "code": "ES", "region": "europe", "name": ("Espagne", "Spain", "إسبانيا")},
    {"id": "italy", "code": "IT", "region": "europe", "name": ("Italie", "Italy", "إيطاليا")},
]

OPERATIONAL, PLANNED = "operational", "planned"

# Cities: the eight Technopark cities (five operational sites, three planned), Marrakech (Gitex
# Africa), the Marseille side, and the cities demo founders live in or target.
CITIES: list[dict[str, Any]] = [
    {
        "id": "casablanca",
        "country": "morocco",
        "technopark": OPERATIONAL,
        "name": ("Casablanca", "Casablanca", "الدار البيضاء"),
    },
    {
        "id": "rabat",
        "country": "morocco",
        "technopark": OPERATIONAL,
        "name": ("Rabat", "Rabat", "الرباط"),
    },
    {
        "id": "tanger",
        "country": "morocco",
        "technopark": OPERATIONAL,
        "name": ("Tanger", "Tangier", "طنجة"),
    },
    {
        "id": "agadir",
        "country": "morocco",
        "technopark": OPERATIONAL,
        "name": ("Agadir", "Agadir", "أكادير"),
    },
    {
        "id": "essaouira",
        "country": "morocco",
        "technopark": OPERATIONAL,
        "name": ("Essaouira", "Essaouira", "الصويرة"),
    },
    {"id": "fes", "country": "morocco", "technopark": PLANNED, "name": ("Fès", "Fez", "فاس")},
    {
        "id": "oujda",
        "country": "morocco",
        "technopark": PLANNED,
        "name": ("Oujda", "Oujda", "وجدة"),
    },
    {
        "id": "tiznit",
        "country": "morocco",
        "technopark": PLANNED,
        "name": ("Tiznit", "Tiznit", "تيزنيت"),
    },
    {"id": "marrakech", "country": "morocco", "name": ("Marrakech", "Marrakesh", "مراكش")},
    {"id": "marseille", "country": "france", "name": ("Marseille", "Marseille", "مرسيليا")},
    {
        "id": "aix-en-provence",
        "country": "france",
        "name": ("Aix-en-Provence", "Aix-en-Provence", "إكس أون بروفانس"),
    },
    {"id": "paris", "country": "france", "name": ("Paris", "Paris", "باريس")},
    {"id": "dakar", "country": "senegal", "name": ("Dakar", "Dakar", "داكار")},
    {"id": "abidjan", "country": "cote-d-ivoire", "name": ("Abidjan", "Abidjan", "أبيدجان")},
    {"id": "tunis", "country": "tunisia", "name": ("Tunis", "Tunis", "تونس العاصمة")},
    {"id": "douala", "country": "cameroon", "name": ("Douala", "Douala", "دوالا")},
    {"id": "brussels", "country": "belgium", "name": ("Bruxelles", "Brussels", "بروكسل")},
    {"id": "berlin", "country": "germany", "name": ("Berlin", "Berlin", "برلين")},
    {"id": "barcelona", "country": "spain", "name": ("Barcelone", "Barcelona", "برشلونة")},
    {"id": "milan", "country": "italy", "name": ("Milan", "Milan", "ميلانو")},
]

# The sectors Technopark names, then the strategic sectors it serves: one shared taxonomy.
SECTORS: list[dict[str, Any]] = [
    {"id": "big-data", "name": ("Big data", "Big data", "البيانات الضخمة")},
    {
        "id": "artificial-intelligence",
        "name": ("Intelligence artificielle", "Artificial intelligence", "الذكاء الاصطناعي"),
    },
    {"id": "virtual-reality", "name": ("Réalité virtuelle", "Virtual reality", "الواقع الافتراضي")},
    {"id": "cloud-computing", "name": ("Cloud computing", "Cloud computing", "الحوسبة السحابية")},
    {
        "id": "digital-marketing",
        "name": ("Marketing digital", "Digital marketing", "التسويق الرقمي"),
    },
    {"id": "cybersecurity", "name": ("Cybersécurité", "Cybersecurity", "الأمن السيبراني")},
    {"id": "telecoms", "name": ("Télécommunications", "Telecoms", "الاتصالات")},
    {"id": "fintech", "name": ("Fintech", "Fintech", "التكنولوجيا المالية")},
    {"id": "e-commerce", "name": ("E-commerce", "E-commerce", "التجارة الإلكترونية")},
    {
        "id": "renewable-energy",
        "name": ("Énergies renouvelables", "Renewable energy", "الطاقات المتجددة"),
    },
    {
        "id": "green-tech",
        "name": (
            "Green tech et développement durable",
            "Green tech and sustainable development",
            "التكنولوجيا الخضراء والتنمية المستدامة",
        ),
    },
    {
        "id": "creative-industries",
        "name": (
            "Industries culturelles et créatives",
            "Creative and cultural industries",
            "الصناعات الثقافية والإبداعية",
        ),
    },
    {"id": "hr-tech", "name": ("Technologies RH", "HR tech", "تكنولوجيا الموارد البشرية")},
    {"id": "e-logistics", "name": ("E-logistique", "E-logistics", "اللوجستيك الإلكتروني")},
    {"id": "e-sport", "name": ("E-sport", "E-sports", "الرياضات الإلكترونية")},
    {"id": "healthtech", "name": ("Santé numérique", "Healthtech", "تكنولوجيا الصحة")},
    {"id": "admin-tech", "name": ("Administration numérique", "Admin tech", "تكنولوجيا الإدارة")},
    {"id": "edtech", "name": ("Edtech", "Edtech", "تكنولوجيا التعليم")},
    {"id": "agriculture", "name": ("Agriculture", "Agriculture", "الفلاحة")},
    {"id": "education", "name": ("Éducation", "Education", "التعليم")},
    {"id": "tourism", "name": ("Tourisme", "Tourism", "السياحة")},
    {"id": "industry", "name": ("Industrie", "Industry", "الصناعة")},
    {"id": "culture", "name": ("Culture", "Culture", "الثقافة")},
    {"id": "health", "name": ("Santé", "Health", "الصحة")},
    {"id": "finance", "name": ("Finance", "Finance", "المالية")},
    {
        "id": "commerce-distribution",
        "name": ("Commerce et distribution", "Commerce and distribution", "التجارة والتوزيع"),
    },
]
