"""France / Marseille: a Moroccan or African startup settling in Marseille (SAS/SASU).

Written from service-public.fr (entreprendre.service-public.fr), welcometofrance.com, La French
Tech and INPI (formalites.entreprises.gouv.fr). Durations are typical, not legal guarantees.
"""

from hub.domain.settlement import Responsible, TemplateSpec
from hub.domain.templates.build import step

R = Responsible

VISA_TRACK = (
    step(
        "ftv-eligibility",
        fr=(
            "Éligibilité au French Tech Visa (fondateurs)",
            "Être admis dans un incubateur ou accélérateur partenaire (par ex. Marseille "
            "Innovation) ou soutenu par un acteur reconnu de l'écosystème, et justifier de "
            "ressources d'au moins un an de SMIC. Sources : welcometofrance.com, "
            "service-public.fr.",
        ),
        en=(
            "French Tech Visa eligibility (founders)",
            "Be admitted to a partner incubator or accelerator (e.g. Marseille Innovation) or "
            "backed by a recognised ecosystem actor, and show resources of at least one year of "
            "the French minimum wage (SMIC). Sources: welcometofrance.com, service-public.fr.",
        ),
        ar=(
            "الأهلية لتأشيرة French Tech للمؤسسين",
            "الحصول على القبول في حاضنة أو مسرّعة أعمال شريكة (مثل Marseille Innovation) أو على "
            "دعم فاعل معترف به في المنظومة، وإثبات موارد لا تقل عن الحد الأدنى للأجور (SMIC) "
            "لمدة سنة. المصادر: welcometofrance.com وservice-public.fr.",
        ),
        responsible=R.HOST_ORGANISATION,
        days=21,
        documents=(
            "admission letter from a partner incubator or accelerator",
            "proof of resources (at least 12 months of SMIC)",
            "passport",
        ),
    ),
    step(
        "innovation-attestation",
        fr=(
            "Attestation de projet innovant",
            "Demander en ligne, via le programme French Tech, l'attestation reconnaissant le "
            "caractère innovant du projet ; l'incubateur partenaire appuie la demande.",
        ),
        en=(
            "Innovative project attestation",
            "Apply online, through the French Tech programme, for the attestation that the "
            "project is innovative; the partner incubator supports the application.",
        ),
        ar=(
            "شهادة المشروع المبتكر",
            "تقديم طلب إلكتروني عبر برنامج French Tech للحصول على الشهادة التي تعترف بالطابع "
            "المبتكر للمشروع، بدعم من الحاضنة الشريكة.",
        ),
        responsible=R.STARTUP,
        days=14,
        documents=("admission letter", "project description", "passport"),
        requires=("ftv-eligibility",),
    ),
    step(
        "talent-passport",
        fr=(
            "Visa long séjour « passeport talent »",
            "Demander au consulat le visa long séjour puis la carte de séjour pluriannuelle "
            "« passeport talent » (jusqu'à 4 ans, renouvelable, famille incluse). Nécessaire "
            "pour vivre et travailler en France ; un non-résident peut présider une SAS sans "
            "titre de séjour.",
        ),
        en=(
            "Long-stay visa “talent passport”",
            "Apply at the consulate for the long-stay visa, then the multi-year “passeport "
            "talent” residence permit (up to 4 years, renewable, covers family). Needed to live "
            "and work in France; a non-resident can preside over a SAS without a residence "
            "permit.",
        ),
        ar=(
            "تأشيرة الإقامة الطويلة «جواز المواهب»",
            "تقديم طلب تأشيرة الإقامة الطويلة لدى القنصلية ثم بطاقة الإقامة متعددة السنوات "
            "«جواز المواهب» (passeport talent) لمدة تصل إلى 4 سنوات، قابلة للتجديد وتشمل "
            "الأسرة. ضرورية للعيش والعمل في فرنسا، ويمكن لغير المقيم أن يرأس شركة SAS دون "
            "بطاقة إقامة.",
        ),
        responsible=R.PUBLIC_BODY,
        days=30,
        documents=(
            "passport",
            "innovative project attestation",
            "proof of resources",
            "proof of accommodation",
            "photographs",
        ),
        requires=("innovation-attestation",),
    ),
)

COMPANY_TRACK = (
    step(
        "domiciliation",
        fr=(
            "Domiciliation du siège social",
            "Choisir l'adresse du siège : bail, ou contrat de domiciliation (les incubateurs "
            "comme Marseille Innovation en proposent souvent).",
        ),
        en=(
            "Registered office (domiciliation)",
            "Choose the registered office: a lease, or a domiciliation contract (incubators "
            "such as Marseille Innovation often provide one).",
        ),
        ar=(
            "توطين المقر الاجتماعي",
            "اختيار عنوان المقر الاجتماعي: عقد كراء أو عقد توطين (كثيراً ما توفره الحاضنات مثل "
            "Marseille Innovation).",
        ),
        responsible=R.HOST_ORGANISATION,
        days=5,
        documents=("domiciliation contract or lease",),
    ),
    step(
        "statutes",
        fr=(
            "Statuts de la SAS / SASU",
            "Rédiger et signer les statuts : dénomination, objet, siège, capital, président, "
            "règles de décision.",
        ),
        en=(
            "Articles of association (SAS / SASU)",
            "Draft and sign the statutes: name, purpose, registered office, share capital, "
            "president, decision rules.",
        ),
        ar=(
            "النظام الأساسي لشركة SAS / SASU",
            "تحرير النظام الأساسي وتوقيعه: التسمية والغرض والمقر ورأس المال والرئيس وقواعد "
            "اتخاذ القرار.",
        ),
        responsible=R.STARTUP,
        days=7,
        documents=("founders' IDs", "proof of registered office"),
        requires=("domiciliation",),
    ),
    step(
        "capital-deposit",
        fr=(
            "Dépôt du capital",
            "Déposer les apports en numéraire auprès d'une banque, d'un notaire ou de la Caisse "
            "des dépôts, qui délivre l'attestation de dépôt des fonds.",
        ),
        en=(
            "Capital deposit",
            "Deposit the cash contributions with a bank, a notary or the Caisse des dépôts, "
            "which issues the deposit certificate.",
        ),
        ar=(
            "إيداع رأس المال",
            "إيداع الحصص النقدية لدى بنك أو موثق أو صندوق الودائع (Caisse des dépôts) الذي "
            "يسلّم شهادة إيداع الأموال.",
        ),
        responsible=R.BANK,
        days=5,
        documents=("draft statutes", "list of subscribers", "founders' IDs"),
        requires=("statutes",),
    ),
    step(
        "legal-notice",
        fr=(
            "Annonce légale",
            "Publier l'avis de constitution dans un support habilité à recevoir les annonces "
            "légales et garder l'attestation de parution.",
        ),
        en=(
            "Legal notice",
            "Publish the notice of incorporation in a journal authorised for legal "
            "announcements and keep the publication certificate.",
        ),
        ar=(
            "الإعلان القانوني",
            "نشر إعلان التأسيس في جريدة مؤهلة لنشر الإعلانات القانونية والاحتفاظ بشهادة النشر.",
        ),
        responsible=R.STARTUP,
        days=2,
        documents=("signed statutes",),
        requires=("statutes",),
    ),
    step(
        "inpi-filing",
        fr=(
            "Dépôt sur le guichet unique de l'INPI",
            "Déclarer la création en ligne sur le guichet unique de l'INPI (obligatoire depuis "
            "le 1er janvier 2023) avec la déclaration des bénéficiaires effectifs, une pièce "
            "d'identité et une déclaration sur l'honneur de non-condamnation.",
        ),
        en=(
            "INPI single-window filing",
            "File the creation online on the INPI single window (guichet unique, mandatory "
            "since 1 January 2023) with the beneficial-owner declaration, an ID and a sworn "
            "statement of no criminal conviction.",
        ),
        ar=(
            "التصريح عبر الشباك الموحد للمعهد الوطني للملكية الصناعية (INPI)",
            "التصريح بإحداث الشركة إلكترونياً عبر الشباك الموحد للمعهد (guichet unique)، "
            "الإلزامي منذ 1 يناير 2023، مع التصريح بالمستفيدين الفعليين ووثيقة هوية وتصريح "
            "بالشرف بعدم صدور أي إدانة.",
        ),
        responsible=R.STARTUP,
        days=2,
        documents=(
            "signed statutes",
            "deposit certificate",
            "legal notice certificate",
            "proof of registered office",
            "beneficial-owner declaration",
            "president's ID",
            "sworn statement of no criminal conviction",
        ),
        requires=("domiciliation", "capital-deposit", "legal-notice"),
    ),
    step(
        "kbis-siren",
        fr=(
            "Immatriculation : Kbis et SIREN",
            "Le greffe immatricule la société au registre national : numéro SIREN et extrait "
            "Kbis (environ 10 à 15 jours). Le guichet unique transmet les données à l'URSSAF et "
            "au service des impôts.",
        ),
        en=(
            "Registration: Kbis and SIREN",
            "The court registry enters the company in the national register: SIREN number and "
            "Kbis extract (about 10–15 days). The single window forwards the data to URSSAF and "
            "the tax office.",
        ),
        ar=(
            "التسجيل: مستخرج Kbis ورقم SIREN",
            "تقيّد كتابة الضبط الشركة في السجل الوطني: رقم SIREN ومستخرج Kbis (حوالي 10 إلى 15 "
            "يوماً). ويحيل الشباك الموحد المعطيات إلى URSSAF وإلى مصلحة الضرائب.",
        ),
        responsible=R.PUBLIC_BODY,
        days=12,
        requires=("inpi-filing",),
    ),
    step(
        "capital-release",
        fr=(
            "Déblocage du capital",
            "Présenter l'extrait Kbis à la banque, qui libère le capital déposé au profit de la "
            "société.",
        ),
        en=(
            "Capital release",
            "Show the Kbis extract to the bank, which releases the deposited capital to the "
            "company.",
        ),
        ar=(
            "الإفراج عن رأس المال",
            "تقديم مستخرج Kbis إلى البنك الذي يحرّر رأس المال المودع لفائدة الشركة.",
        ),
        responsible=R.BANK,
        days=3,
        documents=("Kbis extract",),
        requires=("kbis-siren",),
    ),
    step(
        "vat-urssaf",
        fr=(
            "TVA, URSSAF et premières embauches",
            "Obtenir le numéro de TVA intracommunautaire, vérifier l'affiliation à l'URSSAF "
            "(sécurité sociale) et préparer les premières embauches (déclaration préalable à "
            "l'embauche).",
        ),
        en=(
            "VAT, URSSAF and first hires",
            "Get the intra-EU VAT number, check the URSSAF (social security) registration and "
            "prepare the first hires (pre-hiring declaration).",
        ),
        ar=(
            "الضريبة على القيمة المضافة وURSSAF وأول توظيف",
            "الحصول على رقم الضريبة على القيمة المضافة داخل الاتحاد الأوروبي، والتحقق من "
            "التسجيل لدى URSSAF (الضمان الاجتماعي)، والتحضير لأول توظيف (التصريح المسبق "
            "بالتوظيف).",
        ),
        responsible=R.PUBLIC_BODY,
        days=14,
        documents=("Kbis extract", "company bank details (RIB)"),
        requires=("kbis-siren",),
    ),
)

FRANCE_MARSEILLE = TemplateSpec(
    key="france-marseille",
    country="france",
    city="marseille",
    version=1,
    steps=VISA_TRACK + COMPANY_TRACK,
    sources=(
        "https://entreprendre.service-public.fr",
        "https://www.welcometofrance.com",
        "https://lafrenchtech.gouv.fr",
        "https://formalites.entreprises.gouv.fr",
        "https://www.inpi.fr",
    ),
)
