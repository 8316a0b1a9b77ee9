"""Display labels of the controlled vocabularies, as gettext messages.

`N_` only marks a message for extraction (a default `pybabel extract` keyword); `label()`
translates. A vocabulary added elsewhere gets its labels here, so that every label is in the
catalogs. No msgctxt: Babel 2.18's `update --check` never matches messages with a context, so
labels are worded to be unambiguous on their own.
"""

from __future__ import annotations

from enum import Enum

from hub.domain.consent import Visibility
from hub.domain.introductions import Action, Direction, Outcome, State
from hub.domain.matching import ReasonCode
from hub.domain.settlement import JourneyStatus, Responsible, StepStatus
from hub.domain.vocabulary import (
    Language,
    OrganisationKind,
    Purpose,
    Region,
    Role,
    Stage,
    TechnoparkStatus,
)
from hub.i18n import translate


def N_(message: str) -> str:  # the gettext marker convention: extracted, not translated here
    return message


LABELS: dict[type[Enum], dict[str, str]] = {
    Stage: {
        Stage.IDEA: N_("Idea"),
        Stage.CREATION: N_("Creation"),
        Stage.DEVELOPMENT: N_("Development"),
        Stage.ACCELERATION: N_("Acceleration"),
    },
    Purpose: {
        Purpose.MARKET_ACCESS: N_("Market access"),
        Purpose.PARTNERSHIP: N_("Partnership"),
        Purpose.FUNDING: N_("Funding"),
        Purpose.TALENT: N_("Talent"),
        Purpose.SETTLEMENT_SUPPORT: N_("Settlement support"),
        Purpose.MENTORING: N_("Mentoring"),
    },
    OrganisationKind: {
        OrganisationKind.TECHNOPARK_SITE: N_("Technopark site"),
        OrganisationKind.INCUBATOR: N_("Incubator or accelerator"),
        OrganisationKind.PUBLIC_BODY: N_("Public body"),
        OrganisationKind.PROGRAMME_OPERATOR: N_("Programme operator"),
        OrganisationKind.FUNDER: N_("Funder"),
        OrganisationKind.EVENT: N_("Event"),
        OrganisationKind.COMPANY: N_("Company"),
        OrganisationKind.NETWORK: N_("Network"),
    },
    TechnoparkStatus: {
        TechnoparkStatus.OPERATIONAL: N_("Operational"),
        TechnoparkStatus.PLANNED: N_("Planned"),
    },
    Region: {
        Region.AFRICA: N_("Africa"),
        Region.EUROPE: N_("Europe"),
    },
    Role: {
        Role.ADMIN: N_("admin"),
        Role.PARTNER: N_("partner"),
        Role.MENTOR: N_("mentor"),
        Role.STARTUP: N_("startup"),
    },
    Language: {
        Language.FR: N_("French"),
        Language.EN: N_("English"),
        Language.AR: N_("Arabic"),
    },
    State: {
        State.REQUESTED: N_("requested, waiting for the broker"),
        State.BROKER_DECLINED: N_("declined by the broker"),
        State.OFFERED: N_("offered, waiting for the target"),
        State.ACCEPTED: N_("accepted"),
        State.DECLINED: N_("declined"),
        State.MET: N_("met"),
        State.CONCLUDED: N_("concluded"),
        State.EXPIRED: N_("expired"),
        State.WITHDRAWN: N_("withdrawn"),
    },
    Action: {
        Action.REQUEST: N_("request"),
        Action.APPROVE: N_("approve"),
        Action.REJECT: N_("reject"),
        Action.ACCEPT: N_("accept"),
        Action.DECLINE: N_("decline"),
        Action.MEET: N_("record the meeting of"),
        Action.RECORD_OUTCOME: N_("record the outcome of"),
        Action.WITHDRAW: N_("withdraw"),
        Action.EXPIRE: N_("expire"),
    },
    Outcome: {
        Outcome.PARTNERSHIP: N_("Partnership agreed"),
        Outcome.CONTRACT: N_("Contract signed"),
        Outcome.INVESTMENT: N_("Investment"),
        Outcome.HIRE: N_("Hire"),
        Outcome.SETTLED: N_("Settled in"),
        Outcome.NO_FOLLOW_UP: N_("No follow-up"),
    },
    Direction: {
        Direction.MOROCCO_TO_EUROPE: N_("Morocco to Europe"),
        Direction.EUROPE_TO_AFRICA: N_("Europe to Africa"),
        Direction.DIASPORA: N_("Diaspora"),
        Direction.DOMESTIC: N_("Domestic"),
    },
    StepStatus: {
        StepStatus.TODO: N_("to do"),
        StepStatus.IN_PROGRESS: N_("in progress"),
        StepStatus.BLOCKED: N_("blocked"),
        StepStatus.DONE: N_("done"),
        StepStatus.SKIPPED: N_("skipped"),
    },
    Responsible: {
        Responsible.STARTUP: N_("The startup"),
        Responsible.HOST_ORGANISATION: N_("The host organisation"),
        Responsible.MENTOR: N_("The mentor"),
        Responsible.PUBLIC_BODY: N_("A public body"),
        Responsible.BANK: N_("The bank"),
    },
    ReasonCode: {
        ReasonCode.SHARED_SECTOR: N_("Sector in common"),
        ReasonCode.COMMON_LANGUAGE: N_("Language in common"),
        ReasonCode.TARGET_MARKET: N_("Targets the market"),
        ReasonCode.SHARED_PROGRAMME: N_("Programme in common"),
        ReasonCode.FREE_CAPACITY: N_("Free mentoring capacity"),
        ReasonCode.BROKER_PATH: N_("An organisation can vouch"),
        ReasonCode.PAST_OUTCOMES: N_("Introductions that led somewhere"),
        ReasonCode.PURPOSE_FIT: N_("Offers what is sought"),
    },
    Visibility: {
        Visibility.PUBLIC: N_("public"),
        Visibility.PARTNERS: N_("partners only"),
        Visibility.PRIVATE: N_("private"),
    },
    JourneyStatus: {
        JourneyStatus.ACTIVE: N_("under way"),
        JourneyStatus.COMPLETED: N_("completed"),
    },
}


def label(value: Enum, language: Language) -> str | None:
    """The translated label of a vocabulary value; None for a value without one."""
    message = LABELS.get(type(value), {}).get(value.value)
    return translate(message, language) if message else None
