"""Which record that is not an :Entity holds an id (a journey, a step, an introduction, an
audit or log event), for `node(id)`: one statement, each branch an index seek on its label's unique
id."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from hub.graph.store import GraphStore


class Record(Enum):
    JOURNEY = "journey"
    STEP = "step"
    INTRODUCTION = "introduction"
    AUDIT_EVENT = "audit_event"
    LOG_EVENT = "log_event"


@dataclass(frozen=True)
class Found:
    record: Record
    journey_id: str | None  # a step's journey: who may see the step is who may follow it


FIND = " UNION ALL ".join(
    (
        "MATCH (n:SettlementJourney {id: $id}) RETURN 'journey' AS record, n.id AS journey",
        "MATCH (n:SettlementStep {id: $id})-[:IN_JOURNEY]->(j:SettlementJourney) "
        "RETURN 'step' AS record, j.id AS journey",
        "MATCH (n:Introduction {id: $id}) RETURN 'introduction' AS record, null AS journey",
        "MATCH (n:AuditEvent {id: $id}) RETURN 'audit_event' AS record, null AS journey",
        "MATCH (n:LogEvent {id: $id}) RETURN 'log_event' AS record, null AS journey",
    )
)


async def find(store: GraphStore, record_id: str) -> Found | None:
    rows = await store.read(FIND, {"id": record_id})
    return Found(Record(rows[0]["record"]), rows[0]["journey"]) if rows else None
