"""The graph's vocabulary, declared once: node labels and relationship types.

Statements name them in their Cypher text (readable, and what Neo4j's linter checks); a test
reads every statement in hub/graph and refuses a label or type not declared here, and refuses
them outside hub/graph. Code that builds a pattern takes them from here."""

from enum import StrEnum

from hub.domain.vocabulary import Kind


class Label(StrEnum):
    # Every domain node also carries ENTITY (ids unique across kinds: `node(id)`).
    ENTITY = "Entity"
    COUNTRY = "Country"
    CITY = "City"
    SECTOR = "Sector"
    ORGANISATION = "Organisation"
    PROGRAMME = "Programme"
    STARTUP = "Startup"
    MENTOR = "Mentor"
    SETTLEMENT_TEMPLATE = "SettlementTemplate"
    TEMPLATE_STEP = "TemplateStep"
    SETTLEMENT_JOURNEY = "SettlementJourney"
    SETTLEMENT_STEP = "SettlementStep"
    SETTLEMENT_EVENT = "SettlementEvent"
    INTRODUCTION = "Introduction"
    INTRODUCTION_EVENT = "IntroductionEvent"
    ERASED_PARTY = "ErasedParty"
    API_KEY = "ApiKey"
    AUDIT_EVENT = "AuditEvent"
    LOG_EVENT = "LogEvent"  # the event log (graph/queries/event_log.py)
    JOB = "Job"  # due work and its lease (graph/queries/jobs.py)
    SEQUENCE = "Sequence"
    NICHE = "Niche"


def label_of(kind: Kind) -> Label:
    """The label a kind of thing is stored under (each kind has its own)."""
    return Label(kind.value)


class RelType(StrEnum):
    # places
    IN_COUNTRY = "IN_COUNTRY"
    LOCATED_IN = "LOCATED_IN"
    # profiles
    HOSTED_BY = "HOSTED_BY"
    IN_SECTOR = "IN_SECTOR"
    IN_PROGRAMME = "IN_PROGRAMME"
    TARGETS = "TARGETS"
    DIASPORA_OF = "DIASPORA_OF"
    MENTORS = "MENTORS"
    EXPERT_IN = "EXPERT_IN"
    AFFILIATED_WITH = "AFFILIATED_WITH"
    PARTNERS_WITH = "PARTNERS_WITH"
    RUN_BY = "RUN_BY"
    BELONGS_TO = "BELONGS_TO"
    OFFERED = "OFFERED"  # a mentoring or hosting link offered by one end (graph/queries/offers)
    # introductions
    REQUESTED_BY = "REQUESTED_BY"
    TARGETS_PARTY = "TARGETS_PARTY"
    BROKERED_BY = "BROKERED_BY"
    OF = "OF"
    # settlement
    FOR_STARTUP = "FOR_STARTUP"
    IN_JOURNEY = "IN_JOURNEY"
    INSTANCE_OF = "INSTANCE_OF"
    HAS_STEP = "HAS_STEP"
    USES = "USES"
    REQUIRES = "REQUIRES"
    ASSIGNED_TO = "ASSIGNED_TO"
    HELPED_BY = "HELPED_BY"
    TO = "TO"  # a journey's destination
    # suggestions' candidate index
    IN_NICHE = "IN_NICHE"
    # the event log: an event to the entity it is about, and to each whose keys may read it
    ABOUT = "ABOUT"
    SHOWN_TO = "SHOWN_TO"
