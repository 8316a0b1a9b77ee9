"""Settlement journeys, steps and their events in the graph (templates: settlement_templates).

(:SettlementJourney)-[:FOR_STARTUP]->(:Startup), -[:TO]->(:City|:Country), -[:USES]->(template);
(:SettlementStep)-[:IN_JOURNEY]->(journey), -[:INSTANCE_OF]->(:TemplateStep),
-[:ASSIGNED_TO]->(party), -[:HELPED_BY]->(:Organisation|:Introduction);
(:SettlementEvent)-[:OF]->(step). Every read-check-write is one statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.graph.queries import event_log
from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore, Row

FINISHED = "['done', 'skipped']"
PREREQUISITES = (
    "[(s)-[:INSTANCE_OF]->(:TemplateStep)-[:REQUIRES]->(:TemplateStep)"
    "<-[:INSTANCE_OF]-(q:SettlementStep)-[:IN_JOURNEY]->(j) | q.status]"
)


async def start_context(store: GraphStore, startup: str, destination: str) -> Row:
    """The startup (and its hosts) and the destination (with its country), None when absent."""
    rows = await store.read(
        "OPTIONAL MATCH (s:Startup {id: $startup}) "
        "WITH s OPTIONAL MATCH (d:Entity {id: $destination}) WHERE d:City OR d:Country "
        "WITH s, d OPTIONAL MATCH (d)-[:IN_COUNTRY]->(c:Country) "
        "RETURN s.id AS startup, [(s)-[:HOSTED_BY]->(h:Organisation) | h.id] AS hosts, "
        "       d.id AS destination, c.id AS country_of_city",
        {"startup": startup, "destination": destination},
    )
    return rows[0]


async def start_journey(
    store: GraphStore,
    journey: Row,
    startup: str,
    destination: str,
    template: str,
    steps: list[Row],
    logged: Row,
) -> Row | None:
    """The journey with one step per template step; None if something is missing or the startup
    already has an active journey to that destination (`active_key`, unique, guards that under
    concurrency on Neo4j too: UniqueViolation)."""
    rows = await store.write(
        "MATCH (s:Startup {id: $startup}) MATCH (d:Entity {id: $destination}) "
        "MATCH (t:SettlementTemplate {id: $template}) "
        "WHERE (d:City OR d:Country) "
        "  AND NOT (s)<-[:FOR_STARTUP]-(:SettlementJourney {status: 'active'})-[:TO]->(d) "
        "CREATE (j:SettlementJourney) SET j = $journey, j.template_version = t.version, "
        "       j.active_key = s.id + '/' + d.id "
        "CREATE (j)-[:FOR_STARTUP {created_at: j.created_at}]->(s) "
        "CREATE (j)-[:TO {created_at: j.created_at}]->(d) "
        "CREATE (j)-[:USES {created_at: j.created_at}]->(t) "
        + event_log.recording("j, t", "j", FOLLOWERS)
        + "WITH j, t UNWIND $steps AS p "
        "MATCH (t)-[:HAS_STEP]->(ts:TemplateStep {key: p.key}) "
        "CREATE (x:SettlementStep) SET x = p "
        "CREATE (x)-[:IN_JOURNEY {created_at: j.created_at}]->(j) "
        "CREATE (x)-[:INSTANCE_OF {created_at: j.created_at}]->(ts) "
        "RETURN j {.*} AS journey, count(x) AS steps",
        {
            "journey": journey,
            "startup": startup,
            "destination": destination,
            "template": template,
            "steps": steps,
            **event_log.params(logged),
        },
    )
    return rows[0]["journey"] if rows else None


async def active_journey(store: GraphStore, startup: str, destination: str) -> str | None:
    rows = await store.read(
        "MATCH (:Startup {id: $startup})<-[:FOR_STARTUP]-(j:SettlementJourney {status: 'active'})"
        "-[:TO]->(:Entity {id: $destination}) RETURN j.id AS id",
        {"startup": startup, "destination": destination},
    )
    return rows[0]["id"] if rows else None


async def step_context(
    store: GraphStore, step: str, assignee: str | None = None, helper: str | None = None
) -> Row | None:
    """What an update needs to decide: the step, its journey's startup and hosts, assignees,
    the template step, prerequisite statuses, and whether the assignee / helper exist."""
    rows = await store.read(
        "MATCH (s:SettlementStep {id: $id})-[:IN_JOURNEY]->(j:SettlementJourney)"
        "-[:FOR_STARTUP]->(st:Startup), (s)-[:INSTANCE_OF]->(ts:TemplateStep) "
        f"WITH s, j, st, ts, {PREREQUISITES} AS prerequisites "
        "OPTIONAL MATCH (a:Entity {id: $assignee}) WHERE a:Mentor OR a:Organisation OR a:Startup "
        "WITH s, j, st, ts, prerequisites, a "
        "OPTIONAL MATCH (ho:Organisation {id: $helper}) "
        "WITH s, j, st, ts, prerequisites, a, ho "
        "OPTIONAL MATCH (hi:Introduction {id: $helper}) "
        "RETURN s {.*} AS step, j.id AS journey, st.id AS startup, "
        "       [(st)-[:HOSTED_BY]->(o:Organisation) | o.id] AS hosts, "
        "       [(s)-[:ASSIGNED_TO]->(x) | x.id] AS assignees, "
        "       ts.validity_days AS validity_days, prerequisites, "
        "       a.id AS assignee_found, coalesce(ho.id, hi.id) AS helper_found",
        {"id": step, "assignee": assignee, "helper": helper},
    )
    return rows[0] if rows else None


# Who reads a journey's log events: those who follow it (its startup, the startup's hosts
# and mentors), as `settlementJourney` shows it to them.
FOLLOWERS = (
    "[(j)-[:FOR_STARTUP]->(fs) | fs] + [(j)-[:FOR_STARTUP]->()-[:HOSTED_BY]->(fh) | fh] "
    "+ [(j)-[:FOR_STARTUP]->()<-[:MENTORS]-(fm) | fm]"
)
UPDATE_STEP = (
    "MATCH (s:SettlementStep {id: $id})-[:IN_JOURNEY]->(j:SettlementJourney) "
    + write_lock("s", "j")
    + "WITH s, j "
    "OPTIONAL MATCH (a:Entity {id: $assignee}) WHERE a:Mentor OR a:Organisation OR a:Startup "
    "WITH s, j, a "
    "OPTIONAL MATCH (ho:Organisation {id: $helper}) "
    "WITH s, j, a, ho "
    "OPTIONAL MATCH (hi:Introduction {id: $helper}) "
    f"WITH s, j, a, coalesce(ho, hi) AS h, {PREREQUISITES} AS prerequisites "
    "WHERE s.version = $expected AND s.status = $from "
    "  AND ($assignee IS NULL OR a IS NOT NULL) AND ($helper IS NULL OR h IS NOT NULL) "
    f"  AND (NOT $needs_prerequisites OR all(p IN prerequisites WHERE p IN {FINISHED})) "
    "SET s.status = $to, s.version = s.version + 1, s.updated_at = $now, s.reason = $reason, "
    "    s.note = coalesce($note, s.note), "
    "    s.evidence_url = coalesce($evidence_url, s.evidence_url), "
    "    s.due_date = coalesce($due_date, s.due_date), "
    "    s.started_at = CASE WHEN $to IN ['in_progress', 'done'] AND s.started_at IS NULL "
    "                   THEN $now ELSE s.started_at END, "
    "    s.done_at = CASE WHEN $to = 'done' AND $from <> 'done' THEN $now ELSE s.done_at END, "
    "    s.expires_at = coalesce($expires_at, s.expires_at), "
    "    s.times_blocked = coalesce(s.times_blocked, 0) "
    "                      + CASE WHEN $to = 'blocked' AND $from <> 'blocked' THEN 1 ELSE 0 END "
    "CREATE (e:SettlementEvent) SET e = $event "
    "CREATE (e)-[:OF {created_at: e.created_at}]->(s) "
    + event_log.recording("s, j, a, h", "s", FOLLOWERS)
    + "WITH s, j, a, h "
    "OPTIONAL MATCH (s)-[old:ASSIGNED_TO]->(o) WHERE a IS NOT NULL AND o.id <> a.id "
    "DELETE old "
    "WITH DISTINCT s, j, a, h "
    "FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | "
    "  MERGE (s)-[r:ASSIGNED_TO]->(x) ON CREATE SET r.created_at = $event.created_at) "
    "FOREACH (x IN CASE WHEN h IS NULL THEN [] ELSE [h] END | "
    "  MERGE (s)-[r:HELPED_BY]->(x) ON CREATE SET r.created_at = $event.created_at) "
    "WITH s, j, all(x IN [(j)<-[:IN_JOURNEY]-(t:SettlementStep) | t.status] "
    f"              WHERE x IN {FINISHED}) AS complete "
    "SET j.status = CASE WHEN complete THEN 'completed' ELSE 'active' END, "
    "    j.completed_at = CASE WHEN complete THEN coalesce(j.completed_at, $now) ELSE null END, "
    "    j.active_key = CASE WHEN complete THEN null ELSE j.active_key END, "
    "    j.updated_at = $now "
    "RETURN s {.*} AS step, j {.*} AS journey"
)


async def update_step(store: GraphStore, params: dict[str, Any], logged: Row) -> Row | None:
    """Apply one checked change (see UPDATE_STEP), logging `logged`; None when a precondition
    failed."""
    rows = await store.write(UPDATE_STEP, {**params, **event_log.params(logged)})
    return rows[0] if rows else None


JOURNEY = (
    "j {.*, startup_id: s.id, destination_id: d.id, template_id: t.id, "
    "host_ids: [(s)-[:HOSTED_BY]->(h:Organisation) | h.id], "
    "mentor_ids: [(s)<-[:MENTORS]-(m:Mentor) | m.id]}"
)
JOURNEY_MATCH = (
    "MATCH (j:SettlementJourney)-[:FOR_STARTUP]->(s:Startup), (j)-[:TO]->(d:Entity), "
    "(j)-[:USES]->(t:SettlementTemplate) "
)


async def journeys_by_ids(store: GraphStore, ids: Sequence[str]) -> dict[str, Row]:
    rows = await store.read(
        f"{JOURNEY_MATCH} WHERE j.id IN $ids RETURN {JOURNEY} AS journey", {"ids": list(ids)}
    )
    return {row["journey"]["id"]: row["journey"] for row in rows}


def journeys_statement(ids: str = "ids", part: int | None = None) -> str:
    """The journeys of the startups whose ids are in `$<ids>`, newest first: `source` (the
    startup's id) and `targets`; with `part`, each row says it (relations.neighbours_of_many)."""
    head = "" if part is None else f"{int(part)} AS part, "
    return (
        f"MATCH (s:Startup) WHERE s.id IN ${ids} WITH s "
        "MATCH (j:SettlementJourney)-[:FOR_STARTUP]->(s), (j)-[:TO]->(d:Entity), "
        "(j)-[:USES]->(t:SettlementTemplate) WITH s, j, d, t ORDER BY j.started_at DESC, j.id "
        f"RETURN {head}s.id AS source, collect({JOURNEY}) AS targets"
    )


def steps_statement(ids: str = "ids", part: int | None = None) -> str:
    """The steps of the journeys whose ids are in `$<ids>`, in template order, each with its
    template step under `template`: `source` (the journey's id) and `targets`."""
    head = "" if part is None else f"{int(part)} AS part, "
    return (
        f"MATCH (j:SettlementJourney) WHERE j.id IN ${ids} WITH j "
        "MATCH (x:SettlementStep)-[:IN_JOURNEY]->(j), (x)-[:INSTANCE_OF]->(ts:TemplateStep) "
        f"WITH j, x, ts ORDER BY ts.position RETURN {head}j.id AS source, "
        "collect(x {.*, template: ts {.*}, assignee_ids: [(x)-[:ASSIGNED_TO]->(a) | a.id], "
        "helper_ids: [(x)-[:HELPED_BY]->(h) | h.id]}) AS targets"
    )


async def _collected(store: GraphStore, statement: str, ids: Sequence[str]) -> dict[str, list[Row]]:
    found: dict[str, list[Row]] = {i: [] for i in ids}
    for row in await store.read(statement, {"ids": list(ids)}):
        found[row["source"]] = row["targets"]
    return found


async def journeys_of_startups(store: GraphStore, ids: Sequence[str]) -> dict[str, list[Row]]:
    return await _collected(store, journeys_statement(), ids)


async def steps_of_journeys(store: GraphStore, ids: Sequence[str]) -> dict[str, list[Row]]:
    """Each journey's steps in template order, each with its template step under `template`."""
    return await _collected(store, steps_statement(), ids)


async def events_of_steps(store: GraphStore, ids: Sequence[str]) -> dict[str, list[Row]]:
    rows = await store.read(
        "MATCH (e:SettlementEvent)-[:OF]->(x:SettlementStep) WHERE x.id IN $ids "
        "RETURN x.id AS step, e {.*} AS event ORDER BY e.at, e.seq",
        {"ids": list(ids)},
    )
    found: dict[str, list[Row]] = {i: [] for i in ids}
    for row in rows:
        found[row["step"]].append(row["event"])
    return found


async def stats_rows(
    store: GraphStore, destination: str | None, since: str | None, until: str | None
) -> list[Row]:
    """Journeys started in [since, until) to the destination (a country includes its cities),
    with the startup's hosts and programmes and each step's timing."""
    rows = await store.read(
        # (s) unlabelled: an erased startup is an anonymous placeholder, still counted
        "MATCH (j:SettlementJourney)-[:TO]->(d:Entity), (j)-[:FOR_STARTUP]->(s) "
        "WHERE ($destination IS NULL OR d.id = $destination "
        "       OR (d)-[:IN_COUNTRY]->(:Country {id: $destination})) "
        "  AND ($since IS NULL OR j.started_at >= $since) "
        "  AND ($until IS NULL OR j.started_at < $until) "
        "RETURN j {.id, .status, .started_at, .completed_at, destination: d.id, "
        "       startup: s.id, seen: coalesce(s.profile_visibility, 'public'), "
        "       hosts: [(s)-[:HOSTED_BY]->(h:Organisation) | h.id], "
        "       programmes: [(s)-[:IN_PROGRAMME]->(p:Programme) | p.id], "
        "       steps: [(j)<-[:IN_JOURNEY]-(x:SettlementStep) | "
        "               x {.key, .status, .started_at, .done_at, .times_blocked}]} AS journey "
        "ORDER BY j.started_at, j.id",
        {"destination": destination, "since": since, "until": until},
    )
    return [row["journey"] for row in rows]
