"""Morocco / a Technopark city: a Marseille, European or diaspora firm settling in Morocco.

Written from OMPIC and DirectEntreprise, the Regional Investment Centres (CRI), the DGI, the
CNSS and the Office des Changes. Durations are typical, not legal guarantees.
"""

from hub.domain.settlement import Responsible, TemplateSpec
from hub.domain.templates.build import step

R = Responsible

STEPS = (
    step(
        "certificat-negatif",
        fr=(
            "Certificat négatif (OMPIC)",
            "Demander à l'OMPIC, via DirectEntreprise ou le Centre régional d'investissement "
            "(CRI), le certificat négatif qui réserve la dénomination ; il porte l'identifiant "
            "commun de l'entreprise (ICE). Valable 3 mois (1 an selon d'anciennes sources) : à "
            "renouveler s'il expire avant l'immatriculation.",
        ),
        en=(
            "Certificat négatif (name clearance, OMPIC)",
            "Ask OMPIC, through DirectEntreprise or the Regional Investment Centre (CRI), for "
            "the certificat négatif that reserves the company name; it carries the company's "
            "common identifier (ICE). Valid 3 months (1 year in older sources): renew it if it "
            "expires before registration.",
        ),
        ar=(
            "الشهادة السلبية (OMPIC)",
            "طلب الشهادة السلبية التي تحجز التسمية من المكتب المغربي للملكية الصناعية "
            "والتجارية (OMPIC) عبر منصة DirectEntreprise أو المركز الجهوي للاستثمار (CRI)، "
            "وتحمل المعرّف الموحد للمقاولة (ICE). صالحة لمدة 3 أشهر (سنة حسب مصادر أقدم)، "
            "وتُجدَّد إذا انتهت صلاحيتها قبل التسجيل.",
        ),
        responsible=R.STARTUP,
        days=2,
        documents=("proposed company names", "applicant's ID"),
        validity_days=90,
    ),
    step(
        "registered-office",
        fr=(
            "Siège social ou domiciliation en Technopark",
            "Signer un bail ou un contrat de domiciliation agréé ; les sites Technopark "
            "hébergent et domicilient des entreprises.",
        ),
        en=(
            "Registered office or Technopark domiciliation",
            "Sign a lease or an approved domiciliation contract; Technopark sites host and "
            "domicile companies.",
        ),
        ar=(
            "المقر الاجتماعي أو التوطين في Technopark",
            "توقيع عقد كراء أو عقد توطين معتمد؛ إذ تحتضن مواقع Technopark الشركات وتوفر لها "
            "التوطين.",
        ),
        responsible=R.HOST_ORGANISATION,
        days=7,
        documents=("lease or domiciliation contract",),
    ),
    step(
        "statutes",
        fr=(
            "Statuts",
            "Rédiger et signer les statuts (SARL, SA…) : dénomination du certificat négatif, "
            "siège, capital, gérant.",
        ),
        en=(
            "Articles of association",
            "Draft and sign the statutes (SARL, SA…): the name on the certificat négatif, "
            "registered office, capital, manager.",
        ),
        ar=(
            "النظام الأساسي",
            "تحرير النظام الأساسي وتوقيعه (SARL أو SA…): التسمية الواردة في الشهادة السلبية "
            "والمقر ورأس المال والمسيّر.",
        ),
        responsible=R.STARTUP,
        days=5,
        documents=("certificat négatif", "lease or domiciliation contract", "partners' IDs"),
        requires=("certificat-negatif", "registered-office"),
    ),
    step(
        "subscription",
        fr=(
            "Bulletins et déclaration de souscription",
            "Faire signer les bulletins de souscription et établir la déclaration de "
            "souscription et de versement.",
        ),
        en=(
            "Subscription forms and declaration",
            "Have the subscription forms signed and draw up the declaration of subscription "
            "and payment.",
        ),
        ar=(
            "بطاقات الاكتتاب والتصريح بالاكتتاب",
            "توقيع بطاقات الاكتتاب وإعداد التصريح بالاكتتاب والدفع.",
        ),
        responsible=R.STARTUP,
        days=2,
        documents=("signed statutes", "subscription forms"),
        requires=("statutes",),
    ),
    step(
        "capital-blocked",
        fr=(
            "Blocage du capital",
            "Verser le capital sur un compte bloqué dans les 8 jours et obtenir l'attestation "
            "de blocage. Un apport en devises garde le droit de transférer revenus et produits "
            "de cession à l'étranger (Office des Changes) : conserver l'attestation bancaire.",
        ),
        en=(
            "Capital blocked at a bank",
            "Pay the capital into a blocked account within 8 days and get the bank's "
            "certificate. Capital brought in foreign currency keeps the right to transfer "
            "income and sale proceeds abroad (Office des Changes): keep the bank's attestation.",
        ),
        ar=(
            "تجميد رأس المال",
            "إيداع رأس المال في حساب مجمّد داخل أجل 8 أيام والحصول على شهادة التجميد. ويحتفظ "
            "الاستثمار بالعملة الأجنبية بحق تحويل المداخيل وعائدات التفويت إلى الخارج (مكتب "
            "الصرف)، لذا يجب الاحتفاظ بشهادة البنك.",
        ),
        responsible=R.BANK,
        days=3,
        documents=("signed statutes", "subscription forms", "partners' IDs"),
        requires=("subscription",),
    ),
    step(
        "tax-registration",
        fr=(
            "Enregistrement des actes à la DRI",
            "Faire enregistrer les statuts et actes constitutifs à la direction régionale des "
            "impôts (DRI, DGI) et payer les droits d'enregistrement.",
        ),
        en=(
            "Registration of the deeds at the tax office",
            "Register the statutes and incorporation deeds at the regional tax office (DRI, "
            "DGI) and pay the registration duties.",
        ),
        ar=(
            "تسجيل العقود لدى المديرية الجهوية للضرائب",
            "تسجيل النظام الأساسي وعقود التأسيس لدى المديرية الجهوية للضرائب (المديرية العامة "
            "للضرائب) وأداء واجبات التسجيل.",
        ),
        responsible=R.PUBLIC_BODY,
        days=3,
        documents=(
            "signed statutes",
            "declaration of subscription",
            "bank certificate",
            "lease or domiciliation contract",
        ),
        requires=("capital-blocked",),
    ),
    step(
        "patente-if",
        fr=(
            "Taxe professionnelle (ex-patente) et identifiant fiscal",
            "S'inscrire à la taxe professionnelle et obtenir l'identifiant fiscal (IF) auprès "
            "de la DGI ; le formulaire unique du CRI regroupe taxe professionnelle, RC, IF et "
            "CNSS.",
        ),
        en=(
            "Business tax (ex-patente) and tax ID",
            "Register for the business tax (taxe professionnelle) and get the tax identifier "
            "(IF) from the DGI; the CRI's single form bundles business tax, trade register, IF "
            "and CNSS.",
        ),
        ar=(
            "الرسم المهني (الباتنتا سابقاً) والتعريف الضريبي",
            "التسجيل في الرسم المهني والحصول على رقم التعريف الضريبي (IF) لدى المديرية العامة "
            "للضرائب؛ وتجمع الاستمارة الموحدة للمركز الجهوي للاستثمار الرسم المهني والسجل "
            "التجاري والتعريف الضريبي والضمان الاجتماعي.",
        ),
        responsible=R.PUBLIC_BODY,
        days=5,
        documents=("registered statutes", "lease or domiciliation contract"),
        requires=("tax-registration",),
    ),
    step(
        "trade-register",
        fr=(
            "Registre du commerce (RC)",
            "Immatriculer la société au registre du commerce du tribunal de commerce dans les "
            "3 mois suivant sa constitution, avec un certificat négatif encore valable.",
        ),
        en=(
            "Trade register (RC)",
            "Register the company in the commercial court's trade register within 3 months of "
            "incorporation, with a certificat négatif that is still valid.",
        ),
        ar=(
            "التسجيل في السجل التجاري",
            "تسجيل الشركة في السجل التجاري لدى المحكمة التجارية داخل أجل 3 أشهر من تأسيسها، "
            "بشهادة سلبية لا تزال صالحة.",
        ),
        responsible=R.PUBLIC_BODY,
        days=7,
        documents=(
            "certificat négatif",
            "registered statutes",
            "bank certificate",
            "business tax registration",
            "manager's ID",
        ),
        requires=("certificat-negatif", "patente-if"),
    ),
    step(
        "cnss",
        fr=(
            "Affiliation à la CNSS",
            "Affilier l'entreprise à la Caisse nationale de sécurité sociale comme employeur, "
            "puis déclarer les salariés (Technopark Casablanca accueille des guichets OMPIC, "
            "légalisation et CNSS).",
        ),
        en=(
            "CNSS affiliation",
            "Register the company with the National Social Security Fund (CNSS) as an "
            "employer, then declare employees (Technopark Casablanca hosts OMPIC, legalisation "
            "and CNSS desks).",
        ),
        ar=(
            "الانخراط في الصندوق الوطني للضمان الاجتماعي",
            "تسجيل المقاولة كمشغّل لدى الصندوق الوطني للضمان الاجتماعي (CNSS) ثم التصريح "
            "بالأجراء (يحتضن Technopark الدار البيضاء شبابيك OMPIC والمصادقة على التوقيعات "
            "والضمان الاجتماعي).",
        ),
        responsible=R.PUBLIC_BODY,
        days=10,
        documents=("trade register extract", "tax ID (IF)", "registered statutes"),
        requires=("trade-register",),
    ),
    step(
        "residence-permit",
        fr=(
            "Carte de séjour d'un gérant étranger",
            "Un gérant étranger qui vit au Maroc demande au service des étrangers de la Sûreté "
            "nationale (DGSN) une carte de séjour portant la mention « travail ».",
        ),
        en=(
            "Residence permit for a foreign manager",
            "A foreign manager living in Morocco applies to the foreigners' department of the "
            "national police (DGSN) for a residence card marked “travail” (work).",
        ),
        ar=(
            "بطاقة الإقامة لمسيّر أجنبي",
            "يقدّم المسيّر الأجنبي المقيم في المغرب طلب بطاقة إقامة تحمل عبارة «عمل» لدى مصلحة "
            "الأجانب التابعة للمديرية العامة للأمن الوطني.",
        ),
        responsible=R.STARTUP,
        days=30,
        documents=(
            "passport",
            "trade register extract",
            "statutes naming the manager",
            "proof of address",
            "photographs",
        ),
        requires=("trade-register",),
    ),
)

MOROCCO_TECHNOPARK = TemplateSpec(
    key="morocco-technopark",
    country="morocco",
    city=None,
    version=1,
    steps=STEPS,
    sources=(
        "https://www.ompic.ma",
        "https://www.directentreprise.ma",
        "Centres régionaux d'investissement (CRI), one per region",
        "https://www.tax.gov.ma",
        "https://www.cnss.ma",
        "https://www.oc.gov.ma",
    ),
)
