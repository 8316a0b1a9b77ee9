"""GDPR in the graph: export everything about one entity, erase one startup or mentor; each
in ONE statement that also writes its `(:AuditEvent)` (`hub.domain.gdpr`)."""

from __future__ import annotations

from typing import Any

from hub.domain.keys import Caller
from hub.graph.queries import event_log, keyset, match_index
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row

_PARTY = "REQUESTED_BY|TARGETS_PARTY|BROKERED_BY"
_KEY = "{.id, .role, .label, .created_at, .revoked_at, .expires_at, .last_used_at}"

EXPORT = (
    "MATCH (n:Entity {id: $id}) WHERE n:Startup OR n:Mentor OR n:Organisation "
    "CREATE (audit:AuditEvent) SET audit = $audit "
    + event_log.recording("n", "n", "[n]")
    + "RETURN n {.*} AS profile, labels(n) AS labels, "
    # relationships to profiles the caller may not see are theirs to keep private (consent)
    f"[(n)-[r1]->(o1:Entity) WHERE {visible('o1')} | {{type: type(r1), direction: 'out', "
    " id: o1.id, properties: r1 {.*}}] "
    f"+ [(n)<-[r2]-(o2:Entity) WHERE {visible('o2')} | {{type: type(r2), direction: 'in', "
    " id: o2.id, properties: r2 {.*}}] AS relationships, "
    f"[(n)<-[:{_PARTY}]-(i1:Introduction) | i1 {{.*}}] AS introductions, "
    f"[(n)<-[:{_PARTY}]-(:Introduction)<-[:OF]-(e1:IntroductionEvent) | e1 {{.*}}] "
    "AS introduction_events, "
    "[(n)<-[:FOR_STARTUP]-(j1:SettlementJourney) | j1 {.*}] AS journeys, "
    "[(n)<-[:FOR_STARTUP]-(j2:SettlementJourney)<-[:IN_JOURNEY]-(x2:SettlementStep) "
    " | x2 {.*, journey_id: j2.id}] AS steps, "
    "[(n)<-[:FOR_STARTUP]-(:SettlementJourney)<-[:IN_JOURNEY]-(x3:SettlementStep)"
    "<-[:OF]-(e3:SettlementEvent) | e3 {.*, step_id: x3.id}] AS step_events, "
    f"[(n)<-[:BELONGS_TO]-(k1:ApiKey) | k1 {_KEY}] AS keys, "
    "[(n)<-[:ABOUT]-(l1:LogEvent) | l1 {.*}] AS log_events"
)


async def export(
    store: GraphStore, entity_id: str, audit: Row, logged: Row, viewer: Caller
) -> Row | None:
    """Everything about the entity (None if it does not exist: nothing is audited then)."""
    params = {**seen_by(viewer), "id": entity_id, "audit": audit, **event_log.params(logged)}
    rows = await store.write(EXPORT, params)
    return rows[0] if rows else None


ERASE = (
    "MATCH (n:Entity {id: $id}) WHERE n:Startup OR n:Mentor "
    "CREATE (x:ErasedParty) SET x = $placeholder "
    "CREATE (audit:AuditEvent) SET audit = $audit "
    # Admins read that an erasure happened, about the placeholder, by no one named.
    + event_log.recording("n, x", "x", "[]")
    + "WITH n, x, "
    "[(n)-[:HOSTED_BY]->(h1:Organisation) | h1] AS hosts, "
    "[(n)-[:LOCATED_IN]->(c1:City) | c1] AS cities, "
    "[(n)-[:IN_PROGRAMME]->(g1:Programme) | g1] AS programmes, "
    "[(n)<-[:REQUESTED_BY]-(i1:Introduction) | i1] AS asked, "
    "[(n)<-[:TARGETS_PARTY]-(i2:Introduction) | i2] AS targeted, "
    "[(n)<-[:BROKERED_BY]-(i3:Introduction) | i3] AS brokered, "
    f"[(n)<-[:{_PARTY}]-(:Introduction)<-[:OF]-(e1:IntroductionEvent) "
    " WHERE e1.actor_id = $id | e1] AS acts, "
    "[(n)<-[:FOR_STARTUP]-(j1:SettlementJourney) | j1] AS journeys, "
    "[(n)<-[:FOR_STARTUP]-(:SettlementJourney)<-[:IN_JOURNEY]-(:SettlementStep)"
    "<-[:OF]-(e2:SettlementEvent) WHERE e2.by_id = $id | e2] AS moves, "
    "[(n)<-[:BELONGS_TO]-(k1:ApiKey) | k1] AS keys "
    "FOREACH (h IN hosts | CREATE (x)-[:HOSTED_BY {created_at: $now}]->(h)) "
    "FOREACH (c IN cities | CREATE (x)-[:LOCATED_IN {created_at: $now}]->(c)) "
    "FOREACH (g IN programmes | CREATE (x)-[:IN_PROGRAMME {created_at: $now}]->(g)) "
    "FOREACH (i IN asked | CREATE (i)-[:REQUESTED_BY {created_at: $now}]->(x) "
    " SET i.requester_id = x.id, i.message = '') "
    "FOREACH (i IN targeted | CREATE (i)-[:TARGETS_PARTY {created_at: $now}]->(x) "
    " SET i.target_id = x.id) "
    "FOREACH (i IN brokered | CREATE (i)-[:BROKERED_BY {created_at: $now}]->(x) "
    " SET i.broker_id = x.id) "
    "FOREACH (e IN acts | SET e.actor_id = x.id, e.note = null) "
    "FOREACH (j IN journeys | CREATE (j)-[:FOR_STARTUP {created_at: $now}]->(x) "
    " SET j.active_key = null) "
    "FOREACH (e IN moves | SET e.by_id = x.id, e.note = null) "
    "FOREACH (k IN keys | SET k.revoked_at = coalesce(k.revoked_at, $now), k.hash = null, "
    " k.entity_id = x.id) "
    "WITH n, x, size(keys) AS revoked, size(asked) + size(targeted) + size(brokered) AS intros, "
    "size(journeys) AS kept "
    "OPTIONAL MATCH (old:AuditEvent {subject_id: $id}) "
    "WITH n, x, revoked, intros, kept, collect(old) AS olds "
    "FOREACH (o IN olds | SET o.subject_id = $hashed) "
    # The event log keeps that changes happened, not to whom nor what they held.
    "WITH n, x, revoked, intros, kept "
    "OPTIONAL MATCH (acted:LogEvent {actor_id: $id}) "
    "WITH n, x, revoked, intros, kept, collect(acted) AS acts_logged "
    "FOREACH (e IN acts_logged | SET e.actor_id = x.id) "
    "WITH n, x, revoked, intros, kept, [(n)<-[:ABOUT]-(lb:LogEvent) | lb] AS logged, "
    "[(n)<-[:BELONGS_TO]-(:ApiKey)<-[:ABOUT]-(lk:LogEvent) | lk] AS keys_logged "
    "FOREACH (e IN logged | SET e.entity_id = x.id, e.changes = '[]' "
    " CREATE (e)-[:ABOUT {created_at: $now}]->(x)) "
    "FOREACH (e IN keys_logged | SET e.changes = '[]') "
    # Its neighbours' stored matching profiles change (its mentors lose a mentee).
    "WITH n, x, revoked, intros, kept, [(n)--(nb:Entity) | nb] AS neighbours "
    "DETACH DELETE n "
    "WITH x, revoked, intros, kept, neighbours "
    + match_index.refreshing("neighbours", each="neighbours")
    + "RETURN x.id AS placeholder, revoked, intros AS introductions, kept AS journeys"
)


async def erase(
    store: GraphStore,
    entity_id: str,
    placeholder: Row,
    audit: Row,
    logged: Row,
    hashed: str,
    now: str,
) -> Row | None:
    """None when there is no such startup or mentor (nothing written)."""
    params: dict[str, Any] = {
        "id": entity_id,
        "placeholder": placeholder,
        "audit": audit,
        "hashed": hashed,
        "now": now,
        **event_log.params(logged),
    }
    rows = await store.write(ERASE, params)
    return rows[0] if rows else None


async def audit_page(store: GraphStore, window: keyset.Window) -> list[Row]:
    """Newest first (then by id) inside `window` (places: `at`, `id`)."""
    rows = await store.read(
        f"MATCH (a:AuditEvent) {keyset.between('a', 'a.at', window, newest_first=True)}"
        "LIMIT $limit RETURN a {.*} AS event",
        keyset.params(window),
    )
    return [row["event"] for row in rows]


async def audit_count(store: GraphStore) -> int:
    rows = await store.read("MATCH (a:AuditEvent) RETURN count(a) AS total")
    return int(rows[0]["total"])


async def audit_event(store: GraphStore, event_id: str) -> Row | None:
    rows = await store.read(
        "MATCH (a:AuditEvent {id: $id}) RETURN a {.*} AS event", {"id": event_id}
    )
    return rows[0]["event"] if rows else None
