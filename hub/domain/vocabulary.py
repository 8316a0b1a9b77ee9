"""The hub's controlled vocabularies: the values stored in the graph, in the domain's words."""

from enum import StrEnum


class Language(StrEnum):
    FR = "fr"
    EN = "en"
    AR = "ar"


class Kind(StrEnum):
    """The kinds of things the hub keeps; an id names one thing across all of them."""

    COUNTRY = "Country"
    CITY = "City"
    SECTOR = "Sector"
    ORGANISATION = "Organisation"
    PROGRAMME = "Programme"
    STARTUP = "Startup"
    MENTOR = "Mentor"
    SETTLEMENT_TEMPLATE = "SettlementTemplate"


#: The languages every translatable text can hold, in the default fallback order.
LANGUAGES: tuple[Language, ...] = (Language.FR, Language.EN, Language.AR)


class Region(StrEnum):
    """The two ecosystems a passerelle joins."""

    AFRICA = "africa"
    EUROPE = "europe"


class TechnoparkStatus(StrEnum):
    OPERATIONAL = "operational"
    PLANNED = "planned"


class OrganisationKind(StrEnum):
    TECHNOPARK_SITE = "technopark_site"
    INCUBATOR = "incubator"  # incubators and accelerators
    PUBLIC_BODY = "public_body"
    PROGRAMME_OPERATOR = "programme_operator"
    FUNDER = "funder"
    EVENT = "event"
    COMPANY = "company"
    NETWORK = "network"


class Stage(StrEnum):
    """Technopark's accompaniment path of up to five years."""

    IDEA = "idea"
    CREATION = "creation"
    DEVELOPMENT = "development"
    ACCELERATION = "acceleration"


class Purpose(StrEnum):
    """What a startup seeks or offers, and why an introduction is asked for."""

    MARKET_ACCESS = "market_access"
    PARTNERSHIP = "partnership"
    FUNDING = "funding"
    TALENT = "talent"
    SETTLEMENT_SUPPORT = "settlement_support"
    MENTORING = "mentoring"


class Role(StrEnum):
    ADMIN = "admin"
    PARTNER = "partner"  # belongs to an organisation
    MENTOR = "mentor"  # belongs to a mentor
    STARTUP = "startup"  # belongs to a startup


class Currency(StrEnum):
    """The currencies amounts are given in (ISO 4217); always explicit, never from the locale."""

    MAD = "MAD"
    EUR = "EUR"

    @property
    def minor_units(self) -> int:
        """Decimals an amount in it has (ISO 4217: centimes, cents)."""
        return MINOR_UNITS[self]


MINOR_UNITS = {Currency.MAD: 2, Currency.EUR: 2}
