"""Real programmes and the organisations that run them. Texts are (fr, en, ar)."""

from typing import Any

PROGRAMMES: list[dict[str, Any]] = [
    {
        "id": "mit-africa-2",
        "run_by": ["marseille-innovation", "mitc"],
        "name": ("MIT Africa 2", "MIT Africa 2", "برنامج MIT Africa 2"),
        "description": (
            "Co-accompagnement par Marseille Innovation et Technopark de startups de la diaspora"
            " marocaine et africaine : cadre juridique marocain de création d'entreprise, mise en"
            " relation avec les partenaires stratégiques, base physique dans un Technopark.",
            "Marseille Innovation and Technopark co-accompany startups of the Moroccan and"
            " African diaspora: Morocco's legal framework for creating a company, introductions"
            " to strategic partners, a physical base in a Technopark.",
            "مواكبة مشتركة بين مرسيليا إينوفاسيون وتكنوبارك لشركات ناشئة أسسها مغاربة وأفارقة"
            " المهجر: الإطار القانوني المغربي لإحداث المقاولات، والتعريف بالشركاء"
            " الاستراتيجيين، ومقرّ فعلي داخل أحد مواقع تكنوبارك.",
        ),
    },
    {
        "id": "boost-up-lab",
        "run_by": ["mitc"],
        "name": ("Boost Up Lab", "Boost Up Lab", "بوست أب لاب"),
        "description": (
            "Incubation Technopark : 6 mois de bootcamps intensifs (définition du besoin,"
            " prototypage, business model, pitch) et Demo Day de clôture à Casablanca. Le premier"
            " appel a attiré 330 porteurs de projet ; 25 ont été incubés.",
            "Technopark incubation: 6 months of intensive bootcamps (needs definition,"
            " prototyping, business model, pitch) and a closing Demo Day in Casablanca. The first"
            " call drew 330 project holders; 25 were incubated.",
            "احتضان تكنوبارك: ستة أشهر من المعسكرات التدريبية المكثفة (تحديد الحاجة، والنموذج"
            " الأولي، ونموذج العمل، والعرض التقديمي) ويوم عرض ختامي بالدار البيضاء. استقطب"
            " النداء الأول 330 حاملا لمشروع، احتُضن منهم 25.",
        ),
    },
    {
        "id": "emerging-valley-delegation",
        "run_by": ["mitc"],
        "name": (
            "Délégation Technopark à Emerging Valley",
            "Technopark delegation to Emerging Valley",
            "وفد تكنوبارك إلى إيمرجينغ فالي",
        ),
        "description": (
            "Technopark conduit une délégation de startups de ses sites à Emerging Valley, en"
            " Provence, à la rencontre d'investisseurs et d'écosystèmes africains.",
            "Technopark brings a delegation of startups from its sites to Emerging Valley in"
            " Provence, to meet investors and African ecosystems.",
            "يقود تكنوبارك وفدا من الشركات الناشئة بمواقعه إلى ملتقى إيمرجينغ فالي في بروفانس"
            " للقاء المستثمرين والمنظومات الإفريقية.",
        ),
    },
    {
        "id": "marseille-innovation-soft-landing",
        "run_by": ["marseille-innovation"],
        "name": (
            "Soft landing Marseille Innovation",
            "Marseille Innovation soft landing",
            "برنامج الاستقرار السلس لمرسيليا إينوفاسيون",
        ),
        "description": (
            "Séjours tests courts et bureaux partagés à Marseille pour les startups marocaines et"
            " africaines qui visent l'Europe ; appui aux entreprises marseillaises qui prospectent"
            " le Maroc et l'Afrique.",
            "Short testing stays and shared offices in Marseille for Moroccan and African startups"
            " aiming at Europe; support for Marseille firms prospecting Morocco and Africa.",
            "إقامات تجريبية قصيرة ومكاتب مشتركة بمرسيليا للشركات الناشئة المغربية والإفريقية"
            " التي تستهدف أوروبا، ودعم للشركات المرسيلية التي تستكشف المغرب وإفريقيا.",
        ),
    },
    {
        "id": "innov-invest",
        "run_by": ["ccg"],
        "name": ("Innov Invest", "Innov Invest", "إنوف إنفست"),
        "description": (
            "Fonds public de soutien aux startups innovantes, géré par la CCG ; Technopark y"
            " oriente ses startups.",
            "Public fund supporting innovative startups, managed by CCG; Technopark steers its"
            " startups to it.",
            "صندوق عمومي لدعم الشركات الناشئة المبتكرة يسيّره صندوق الضمان المركزي، ويوجّه"
            " تكنوبارك شركاته الناشئة إليه.",
        ),
    },
    {
        "id": "intelaka",
        "run_by": ["ccg"],
        "name": ("Intelaka", "Intelaka", "انطلاقة"),
        "description": (
            "Programme intégré d'appui et de financement des entreprises : crédits garantis pour"
            " les jeunes entrepreneurs et les très petites entreprises.",
            "Integrated programme of support and financing for businesses: guaranteed loans for"
            " young entrepreneurs and very small firms.",
            "البرنامج المندمج لدعم وتمويل المقاولات: قروض مضمونة لفائدة المقاولين الشباب"
            " والمقاولات الصغيرة جدا.",
        ),
    },
    {
        "id": "damane-oxygene",
        "run_by": ["ccg"],
        "name": ("Damane Oxygène", "Damane Oxygène", "ضمان أوكسجين"),
        "description": (
            "Garantie de la CCG de la période Covid, sur les crédits de trésorerie des"
            " entreprises.",
            "CCG's Covid-era guarantee on companies' cash-flow loans.",
            "ضمان أطلقه صندوق الضمان المركزي خلال جائحة كوفيد لقروض خزينة المقاولات.",
        ),
    },
    {
        "id": "damane-relance",
        "run_by": ["ccg"],
        "name": ("Damane Relance", "Damane Relance", "ضمان إقلاع"),
        "description": (
            "Garantie de la CCG pour la relance après le Covid, sur les crédits de fonds de"
            " roulement.",
            "CCG's post-Covid recovery guarantee on working-capital loans.",
            "ضمان من صندوق الضمان المركزي لإقلاع المقاولات بعد كوفيد، يشمل قروض رأس المال العامل.",
        ),
    },
    {
        "id": "tpe-relance",
        "run_by": ["ccg"],
        "name": ("TPE Relance", "TPE Relance", "إقلاع المقاولات الصغيرة جدا"),
        "description": (
            "Dispositif de relance de la période Covid pour les très petites entreprises, garanti"
            " par la CCG.",
            "Covid-era recovery scheme for very small firms, guaranteed by CCG.",
            "آلية لإقلاع المقاولات الصغيرة جدا خلال فترة كوفيد، بضمان من صندوق الضمان المركزي.",
        ),
    },
]
