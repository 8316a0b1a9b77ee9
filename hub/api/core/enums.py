"""The domain's enums as GraphQL enums, each registered once here under its GraphQL name.

Types annotate with the domain class itself (`Stage`, not an alias); the schema imports this
module, so every enum is registered before strawberry reads an annotation."""

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

import strawberry
from strawberry.types.enum import has_enum_definition

from hub.domain.consent import Visibility
from hub.domain.introduction_stats import GroupBy
from hub.domain.introductions import Direction, Outcome, PartyKind, Side, State
from hub.domain.invitations import LinkKind, LinkState
from hub.domain.invitations import Side as LinkSide
from hub.domain.matching import ReasonCode
from hub.domain.settlement import JourneyStatus, Responsible, StepStatus
from hub.domain.vocabulary import (
    Language,
    OrganisationKind,
    Purpose,
    Region,
    Stage,
    TechnoparkStatus,
)
from hub.i18n import Locale
from hub.i18n.formatting import Currency

E = TypeVar("E", bound=Enum)


def register(cls: type[E], name: str, description: str, values: Mapping[E, str]) -> None:
    """Registers the domain enum `cls` as the GraphQL enum `name`, every value described (a
    value added to the domain without a description fails here, at import)."""
    registered = strawberry.enum(cls, name=name, description=description)
    assert has_enum_definition(registered)
    definition = registered.__strawberry_definition__
    assert set(cls) == set(values), f"{name}: describe every value"
    for value in definition.values:
        value.description = values[cls[value.name]]


register(
    Stage,
    "Stage",
    "Where a startup is on Technopark's path, from the idea to scaling up.",
    {
        Stage.IDEA: "A project not yet incorporated.",
        Stage.CREATION: "Being incorporated, or just incorporated.",
        Stage.DEVELOPMENT: "A product and first customers.",
        Stage.ACCELERATION: "Growing: raising funds, new markets, hiring.",
    },
)
register(
    Purpose,
    "Purpose",
    "What a party seeks or offers, and what an introduction is for.",
    {
        Purpose.MARKET_ACCESS: "Customers, distributors or prospects in another market.",
        Purpose.PARTNERSHIP: "A business or technology partner.",
        Purpose.FUNDING: "Investors, grants or loans.",
        Purpose.TALENT: "Engineers and graduates to hire.",
        Purpose.SETTLEMENT_SUPPORT: (
            "Help with landing in another country: company, bank, visas, domiciliation."
        ),
        Purpose.MENTORING: "A mentor's advice and follow-up.",
    },
)
register(
    Visibility,
    "Visibility",
    "Who may see a profile, or its contact details. Admins and the profile's own keys always "
    "see it.",
    {
        Visibility.PUBLIC: "Anyone, without a key.",
        Visibility.PARTNERS: (
            "Partner keys (Technopark sites, Marseille Innovation and other partners' staff)."
        ),
        Visibility.PRIVATE: (
            "Nobody else: the profile is absent from every list, search and suggestion."
        ),
    },
)
register(
    OrganisationKind,
    "OrganisationKind",
    "What kind of organisation this is.",
    {
        OrganisationKind.TECHNOPARK_SITE: (
            "A Technopark Maroc site (Casablanca, Rabat, Tanger, Agadir, Essaouira, and planned "
            "ones)."
        ),
        OrganisationKind.INCUBATOR: "An incubator or accelerator, such as Marseille Innovation.",
        OrganisationKind.PUBLIC_BODY: (
            "A public authority or agency (a city, a region, an investment agency)."
        ),
        OrganisationKind.PROGRAMME_OPERATOR: (
            "An organisation that runs programmes (such as MIT Africa)."
        ),
        OrganisationKind.FUNDER: "An investor, bank or funding agency.",
        OrganisationKind.EVENT: "The organiser of an event (Emerging Valley, Gitex Africa).",
        OrganisationKind.COMPANY: "A company that buys from, partners with or invests in startups.",
        OrganisationKind.NETWORK: "A network or association (diaspora, founders, sector).",
    },
)
register(
    Region,
    "Region",
    "Which ecosystem a place is in.",
    {
        Region.AFRICA: "Morocco and the rest of Africa.",
        Region.EUROPE: "France and the rest of Europe.",
    },
)
register(
    TechnoparkStatus,
    "TechnoparkStatus",
    "Whether a Technopark city has its site yet.",
    {
        TechnoparkStatus.OPERATIONAL: "The site is open.",
        TechnoparkStatus.PLANNED: "Announced, not yet open (Fès, Oujda, Tiznit).",
    },
)
register(
    Language,
    "LanguageCode",
    "A language the hub speaks: fr, en or ar.",
    {
        Language.FR: "French.",
        Language.EN: "English.",
        Language.AR: "Arabic (written right to left).",
    },
)
register(
    Locale,
    "Locale",
    "A language, with its regional formatting where it matters (dates, money): FR formats as "
    "FR_MA, AR as AR_MA. Texts fall back ar → fr → en, fr → en → ar, en → fr → ar.",
    {
        Locale.FR: "French, formatted as in Morocco.",
        Locale.EN: "English.",
        Locale.AR: "Arabic, formatted as in Morocco (Latin digits, right to left).",
        Locale.FR_MA: "French as written in Morocco (dirham amounts, dates).",
        Locale.AR_MA: "Arabic as written in Morocco.",
        Locale.FR_FR: "French as written in France (euro amounts, dates).",
    },
)
register(
    Currency,
    "Currency",
    "An ISO 4217 currency the hub handles.",
    {Currency.MAD: "The Moroccan dirham (2 decimals).", Currency.EUR: "The euro (2 decimals)."},
)
register(
    State,
    "IntroductionState",
    "Where an introduction stands. REQUESTED and OFFERED wait for an answer and expire after "
    "the hub's expiry period (21 days unless configured).",
    {
        State.REQUESTED: "Waiting for the broker named in the request to review it.",
        State.BROKER_DECLINED: "The broker declined to pass it on (final).",
        State.OFFERED: "Passed on: waiting for the target's answer.",
        State.ACCEPTED: "The target said yes: both parties see each other's shared contacts.",
        State.DECLINED: "The target said no (final).",
        State.MET: "The parties met.",
        State.CONCLUDED: "An outcome is recorded (final).",
        State.EXPIRED: "Nobody answered in time (final).",
        State.WITHDRAWN: "The requester withdrew it (final).",
    },
)
register(
    Outcome,
    "IntroductionOutcome",
    "What an introduction led to.",
    {
        Outcome.PARTNERSHIP: "A partnership was signed.",
        Outcome.CONTRACT: "A contract: a sale, a pilot, a purchase order.",
        Outcome.INVESTMENT: "An investment or a loan.",
        Outcome.HIRE: "Someone was hired.",
        Outcome.SETTLED: "The startup settled in the other country with this help.",
        Outcome.NO_FOLLOW_UP: "Nothing came of it.",
    },
)
register(
    Direction,
    "IntroductionDirection",
    "Which way an introduction crosses the Mediterranean, from the parties' countries.",
    {
        Direction.MOROCCO_TO_EUROPE: "An African (Moroccan) requester, a European target.",
        Direction.EUROPE_TO_AFRICA: "A European (Marseille) requester, an African target.",
        Direction.DIASPORA: "A party founded by the diaspora, whatever the places.",
        Direction.DOMESTIC: "Both parties in the same ecosystem.",
    },
)
register(
    Side,
    "IntroductionSide",
    "A part the caller plays in an introduction.",
    {
        Side.REQUESTER: "The requester, or a partner of the requester's host organisation.",
        Side.BROKER: "The organisation asked to pass the request on.",
        Side.TARGET: "The party the request is for.",
        Side.ADMIN: "An admin key, which sees every introduction.",
    },
)
register(
    PartyKind,
    "PartyKind",
    "What kind of profile a party is.",
    {
        PartyKind.STARTUP: "A startup.",
        PartyKind.MENTOR: "A mentor.",
        PartyKind.ORGANISATION: "A partner organisation.",
    },
)
register(
    GroupBy,
    "IntroductionGroupBy",
    "How introduction statistics are grouped.",
    {
        GroupBy.DIRECTION: "By direction across the Mediterranean.",
        GroupBy.PURPOSE: "By purpose.",
        GroupBy.BROKER: "By the organisation that brokered them.",
        GroupBy.HOST: (
            "By the requester's host organisations (one introduction may count in several)."
        ),
        GroupBy.CITY: "By the requester's city.",
        GroupBy.PROGRAMME: "By the requester's programmes and event cohorts.",
    },
)
register(
    ReasonCode,
    "SuggestionReasonCode",
    "Why a party is suggested; each reason adds its weight to the score.",
    {
        ReasonCode.SHARED_SECTOR: (
            "They work in the same sector (weight 3 per sector, at most two)."
        ),
        ReasonCode.COMMON_LANGUAGE: "They speak a common language.",
        ReasonCode.TARGET_MARKET: "One targets the other's city or country.",
        ReasonCode.SHARED_PROGRAMME: "Same programme or event cohort.",
        ReasonCode.FREE_CAPACITY: "A mentor who can take one more mentee.",
        ReasonCode.BROKER_PATH: (
            "An organisation of the seeker's side can vouch for the introduction."
        ),
        ReasonCode.PAST_OUTCOMES: "Introductions with this party led somewhere before.",
        ReasonCode.PURPOSE_FIT: "The candidate offers what is sought.",
    },
)
register(
    StepStatus,
    "SettlementStepStatus",
    "Where a settlement step stands.",
    {
        StepStatus.TODO: "Not started.",
        StepStatus.IN_PROGRESS: "Started.",
        StepStatus.BLOCKED: "Cannot go on; `reason` says why.",
        StepStatus.DONE: "Done; what depends on it may start.",
        StepStatus.SKIPPED: "Not needed for this startup; counts as finished, `reason` says why.",
    },
)
register(
    JourneyStatus,
    "SettlementJourneyStatus",
    "Whether a startup's landing is under way.",
    {JourneyStatus.ACTIVE: "Under way.", JourneyStatus.COMPLETED: "Every step is done or skipped."},
)
register(
    Responsible,
    "SettlementResponsible",
    "The kind of party that carries a settlement step out.",
    {
        Responsible.STARTUP: "The startup itself.",
        Responsible.HOST_ORGANISATION: (
            "The organisation hosting the startup (a Technopark site, an incubator)."
        ),
        Responsible.MENTOR: "A mentor.",
        Responsible.PUBLIC_BODY: "An administration (registry, tax office, prefecture, CRI).",
        Responsible.BANK: "A bank.",
    },
)
register(
    LinkKind,
    "LinkKind",
    "A relationship both ends must accept.",
    {
        LinkKind.MENTORING: "A mentor mentors a startup.",
        LinkKind.HOSTING: "An organisation hosts a startup.",
        LinkKind.PARTNERSHIP: "Two organisations are partners.",
    },
)
register(
    LinkState,
    "LinkState",
    "Where an offer of a relationship stands.",
    {
        LinkState.OFFERED: "Offered by one end, waiting for the other.",
        LinkState.ACCEPTED: "Accepted by both: the relationship exists.",
        LinkState.ENDED: "Ended by either end, or the offer was withdrawn or declined.",
    },
)
register(
    LinkSide,
    "LinkSide",
    "The ends of a relationship.",
    {
        LinkSide.SOURCE: "The mentor, the startup hosted, or the partner whose id comes first.",
        LinkSide.TARGET: "The startup mentored, the host organisation, or the other partner.",
    },
)

__all__ = [
    "Currency",
    "Direction",
    "GroupBy",
    "JourneyStatus",
    "Language",
    "LinkKind",
    "LinkSide",
    "LinkState",
    "Locale",
    "OrganisationKind",
    "Outcome",
    "PartyKind",
    "Purpose",
    "ReasonCode",
    "Region",
    "Responsible",
    "Side",
    "Stage",
    "State",
    "StepStatus",
    "TechnoparkStatus",
    "Visibility",
]
