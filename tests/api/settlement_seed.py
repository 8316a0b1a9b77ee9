"""A small graph for the settlement tests: places, organisations, startups, a mentor, and the
shipped templates installed through the application's own code path."""

from __future__ import annotations

from typing import Any

from hub.graph.store import GraphStore
from hub.services.settlement import install_templates
from tests.conftest import Api

SEED = """
CREATE (ma:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc',
        search: 'maroc'}),
       (fr:Entity:Country {id: 'france', code: 'FR', region: 'europe', name_fr: 'France',
        search: 'france'}),
       (tn:Entity:Country {id: 'tunisia', code: 'TN', region: 'africa', name_fr: 'Tunisie',
        search: 'tunisie'}),
       (casa:Entity:City {id: 'casablanca', name_fr: 'Casablanca', technopark: 'operational',
        search: 'casablanca'})-[:IN_COUNTRY]->(ma),
       (rabat:Entity:City {id: 'rabat', name_fr: 'Rabat', technopark: 'operational',
        search: 'rabat'})-[:IN_COUNTRY]->(ma),
       (mrs:Entity:City {id: 'marseille', name_fr: 'Marseille', search: 'marseille'})
        -[:IN_COUNTRY]->(fr),
       (mi:Entity:Organisation {id: 'marseille-innovation', kind: 'incubator',
        name_fr: 'Marseille Innovation', search: 'marseille innovation'})-[:LOCATED_IN]->(mrs),
       (tp:Entity:Organisation {id: 'technopark-casablanca', kind: 'technopark_site',
        name_fr: 'Technopark Casablanca', search: 'technopark casablanca'})-[:LOCATED_IN]->(casa),
       (other:Entity:Organisation {id: 'other-org', kind: 'funder', name_fr: 'Autre',
        search: 'autre'}),
       (prog:Entity:Programme {id: 'soft-landing', name_fr: 'Soft landing',
        search: 'soft landing'})-[:RUN_BY]->(mi),
       (a:Entity:Startup {id: 'atlas-ai', name: 'Atlas AI', stage: 'development',
        search: 'atlas ai'})-[:HOSTED_BY {since: 2022}]->(tp),
       (a)-[:LOCATED_IN]->(casa), (a)-[:IN_PROGRAMME {year: 2025}]->(prog),
       (b:Entity:Startup {id: 'calanques', name: 'Calanques', stage: 'creation',
        search: 'calanques'})-[:HOSTED_BY {since: 2021}]->(mi),
       (b)-[:LOCATED_IN]->(mrs),
       (m:Entity:Mentor {id: 'mentor-leila', name: 'Leila', search: 'leila'})-[:MENTORS]->(a),
       (:Entity:Mentor {id: 'mentor-other', name: 'Other', search: 'other'})
"""

JOURNEY = """
id status templateVersion startedAt completedAt
template { id key version }
startup { id }
city { id }
steps { id key status version reason note evidenceUrl dueDate expiresOn assigneeId
        template { requires typicalDays validityDays title { text } }
        helpedBy { organisation { id } introductionId }
        events { byRole byId fromStatus toStatus version reason } }
"""

START = f"""
mutation($s: ID!, $d: ID!, $t: ID) {{
  startSettlement(startupId: $s, destinationId: $d, templateId: $t) {{ {JOURNEY} }}
}}"""

UPDATE = """
mutation($id: ID!, $v: Int!, $status: SettlementStepStatus, $reason: String, $note: String,
         $evidence: String, $assignee: ID, $due: Date, $helper: ID) {
  updateSettlementStep(stepId: $id, expectedVersion: $v, status: $status, reason: $reason,
                       note: $note, evidenceUrl: $evidence, assigneeId: $assignee,
                       dueDate: $due, helpedById: $helper) {
    id key status version reason note evidenceUrl dueDate startedAt doneAt expiresOn assigneeId
    helpedBy { organisation { id } introductionId }
    events { byRole byId fromStatus toStatus version reason }
  }
}"""

PROGRESS = """
query($id: ID!, $asOf: Date) {
  settlementJourney(id: $id) {
    status
    progress(asOf: $asOf) {
      asOf percentDone remainingDays estimatedCompletion
      workableNow { key } blocked { key } overdue { key } criticalPath { key }
      expiring { step { key } expiresOn daysLeft }
    }
  }
}"""


async def seed(store: GraphStore) -> None:
    await store.write(SEED)
    await install_templates(store)


async def start(api: Api, key: str, startup: str, destination: str) -> dict[str, Any]:
    data = await api.data(START, {"s": startup, "d": destination}, key=key)
    journey: dict[str, Any] = data["startSettlement"]
    return journey


def step_of(journey: dict[str, Any], key: str) -> dict[str, Any]:
    return next(s for s in journey["steps"] if s["key"] == key)


async def move(api: Api, token: str, step: dict[str, Any], status: str, **kw: Any) -> Any:
    """Update a step from its version as last read; returns the updated step."""
    data = await api.data(
        UPDATE, {"id": step["id"], "v": step["version"], "status": status, **kw}, key=token
    )
    return data["updateSettlementStep"]
