"""The domain's enums as GraphQL enums, each registered once here under its GraphQL name.

Types annotate with the domain class itself (`Stage`, not an alias); the schema imports this
module, so every enum is registered before strawberry reads an annotation."""

import strawberry

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

strawberry.enum(Stage, name="Stage", description="Technopark's five-year path.")
strawberry.enum(Purpose, name="Purpose")
strawberry.enum(
    Visibility, name="Visibility", description="Who may see a profile, or its contact details."
)
strawberry.enum(OrganisationKind, name="OrganisationKind")
strawberry.enum(Region, name="Region", description="Which ecosystem a place is in.")
strawberry.enum(TechnoparkStatus, name="TechnoparkStatus")
strawberry.enum(Language, name="LanguageCode", description="fr, en or ar")
strawberry.enum(
    Locale,
    name="Locale",
    description="A language, with its regional formatting where it matters (dates, money): "
    "FR formats as FR_MA, AR as AR_MA. Texts fall back ar → fr → en, fr → en → ar, en → fr → ar.",
)
strawberry.enum(Currency, name="Currency", description="ISO 4217: MAD or EUR.")
strawberry.enum(State, name="IntroductionState")
strawberry.enum(Outcome, name="IntroductionOutcome")
strawberry.enum(Direction, name="IntroductionDirection")
strawberry.enum(Side, name="IntroductionSide")
strawberry.enum(PartyKind, name="PartyKind")
strawberry.enum(GroupBy, name="IntroductionGroupBy")
strawberry.enum(ReasonCode, name="SuggestionReasonCode")
strawberry.enum(StepStatus, name="SettlementStepStatus")
strawberry.enum(JourneyStatus, name="SettlementJourneyStatus")
strawberry.enum(Responsible, name="SettlementResponsible")
strawberry.enum(
    LinkKind,
    name="LinkKind",
    description="MENTORING: a mentor and a startup; HOSTING: a startup and its host "
    "organisation; PARTNERSHIP: two organisations.",
)
strawberry.enum(
    LinkState,
    name="LinkState",
    description="OFFERED by one end, ACCEPTED by both (the link exists), or ENDED.",
)
strawberry.enum(
    LinkSide,
    name="LinkSide",
    description="SOURCE: the mentor, the startup hosted, or the partner whose id comes first; "
    "TARGET: the startup mentored, the host organisation, or the other partner.",
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
