"""Display labels of the controlled vocabularies, as gettext messages (context = vocabulary).

`NC_` only marks a message for extraction (`pybabel extract -k NC_:1c,2`); `label()` translates.
A vocabulary added elsewhere gets its labels here, so that every label is in the catalogs.
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
from hub.i18n import pgettext


def NC_(context: str, message: str) -> tuple[str, str]:  # the gettext marker convention
    return context, message


LABELS: dict[type[Enum], dict[str, tuple[str, str]]] = {
    Stage: {
        Stage.IDEA: NC_("stage", "Idea"),
        Stage.CREATION: NC_("stage", "Creation"),
        Stage.DEVELOPMENT: NC_("stage", "Development"),
        Stage.ACCELERATION: NC_("stage", "Acceleration"),
    },
    Purpose: {
        Purpose.MARKET_ACCESS: NC_("purpose", "Market access"),
        Purpose.PARTNERSHIP: NC_("purpose", "Partnership"),
        Purpose.FUNDING: NC_("purpose", "Funding"),
        Purpose.TALENT: NC_("purpose", "Talent"),
        Purpose.SETTLEMENT_SUPPORT: NC_("purpose", "Settlement support"),
        Purpose.MENTORING: NC_("purpose", "Mentoring"),
    },
    OrganisationKind: {
        OrganisationKind.TECHNOPARK_SITE: NC_("organisation kind", "Technopark site"),
        OrganisationKind.INCUBATOR: NC_("organisation kind", "Incubator or accelerator"),
        OrganisationKind.PUBLIC_BODY: NC_("organisation kind", "Public body"),
        OrganisationKind.PROGRAMME_OPERATOR: NC_("organisation kind", "Programme operator"),
        OrganisationKind.FUNDER: NC_("organisation kind", "Funder"),
        OrganisationKind.EVENT: NC_("organisation kind", "Event"),
        OrganisationKind.COMPANY: NC_("organisation kind", "Company"),
        OrganisationKind.NETWORK: NC_("organisation kind", "Network"),
    },
    TechnoparkStatus: {
        TechnoparkStatus.OPERATIONAL: NC_("technopark status", "Operational"),
        TechnoparkStatus.PLANNED: NC_("technopark status", "Planned"),
    },
    Region: {
        Region.AFRICA: NC_("region", "Africa"),
        Region.EUROPE: NC_("region", "Europe"),
    },
    Role: {
        Role.ADMIN: NC_("role", "admin"),
        Role.PARTNER: NC_("role", "partner"),
        Role.MENTOR: NC_("role", "mentor"),
        Role.STARTUP: NC_("role", "startup"),
    },
    Language: {
        Language.FR: NC_("language", "French"),
        Language.EN: NC_("language", "English"),
        Language.AR: NC_("language", "Arabic"),
    },
}


def label(value: Enum, language: Language) -> str | None:
    """The translated label of a vocabulary value; None for a value without one."""
    message = LABELS.get(type(value), {}).get(value.value)
    return pgettext(*message, language) if message else None
