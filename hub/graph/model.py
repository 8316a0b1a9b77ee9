"""What the graph must enforce and index, whatever the backend (the dialect says how)."""

from dataclasses import dataclass

from hub.domain.vocabulary import Kind
from hub.graph.names import Label, label_of

# Every domain node also carries :Entity, whose id is unique across the whole graph, so that
# `node(id)` resolves one thing and ids never clash between kinds.
ENTITY = Label.ENTITY
#: The labels of the kinds of things (hub.domain.vocabulary.Kind), one each.
LABELS: tuple[Label, ...] = tuple(label_of(kind) for kind in Kind)


@dataclass(frozen=True)
class Unique:
    label: str
    prop: str


@dataclass(frozen=True)
class Index:
    label: str
    prop: str


UNIQUE: tuple[Unique, ...] = (
    Unique(ENTITY, "id"),
    *(Unique(label, "id") for label in LABELS),
    Unique("ApiKey", "id"),
    # Introductions (hub.graph.queries.introductions): not :Entity, they are private to parties.
    Unique("Introduction", "id"),
    Unique("Introduction", "client_key"),
    Unique("IntroductionEvent", "seq"),
    Unique("IntroductionEvent", "id"),  # bulk loads (hub synth) MERGE events by id
    Unique("Sequence", "id"),
    # Settlement (hub.graph.queries.settlement): journeys and steps are private, not :Entity.
    Unique("TemplateStep", "id"),
    Unique("SettlementJourney", "id"),
    Unique("SettlementStep", "id"),
    Unique("SettlementEvent", "seq"),
    Unique("SettlementJourney", "active_key"),  # startup/destination while active
    Unique("AuditEvent", "id"),  # node(id)
    Unique("LogEvent", "id"),
    Unique("LogEvent", "seq"),
    Unique("Job", "id"),
    Unique("Niche", "id"),  # suggestions' candidate index (hub.graph.queries.match_index)
)

INDEXES: tuple[Index, ...] = (
    Index("Organisation", "kind"),
    Index("Startup", "stage"),
    Index("Startup", "client_key"),
    Index("Introduction", "requester_id"),
    Index("Introduction", "target_id"),
    Index("SettlementTemplate", "key"),
    Index("LogEvent", "actor_id"),  # an erasure scrubs the events its profile made
)

#: Indexes an earlier schema had and `hub migrate` removes: a MERGE key became unique, and on
#: Neo4j its constraint cannot be created beside an index on the same property.
RETIRED: tuple[Index, ...] = (Index("IntroductionEvent", "id"),)
