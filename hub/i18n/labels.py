"""Display labels of the controlled vocabularies, as gettext messages.

`N_` only marks a message for extraction (a default `pybabel extract` keyword); `label()`
translates. A vocabulary added elsewhere gets its labels here, so that every label is in the
catalogs. No msgctxt: Babel 2.18's `update --check` never matches messages with a context, so
labels are worded to be unambiguous on their own.
"""

from __future__ import annotations

from enum import Enum

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
}


def label(value: Enum, language: Language) -> str | None:
    """The translated label of a vocabulary value; None for a value without one."""
    message = LABELS.get(type(value), {}).get(value.value)
    return translate(message, language) if message else None
