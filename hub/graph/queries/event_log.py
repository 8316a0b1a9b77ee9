"""The event log in the graph: `(:LogEvent {id, seq, kind, at, …})-[:ABOUT]->(entity)` and
`-[:SHOWN_TO]->(reader)` for each entity whose keys may read it (admins read them all).

An event is written by the statement that makes the change (`recording`), so the change and
its event commit or fail together; `seq` comes from one `(:Sequence)` counter, so the log has
one total order."""

from __future__ import annotations

from typing import Any

from hub.domain.keys import Caller
from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore, Row

SEQUENCE = "log-events"


def recording(carry: str, about: str | None, readers: str) -> str:
    """Cypher that writes `$log_event` as the next log event, about the bound node `about` (None:
    an entity the statement deleted) and shown to each node of the list expression `readers`;
    `carry` (a WITH list) is what the statement keeps after it. Its own variables (`log_q`,
    `log_e`, `log_r`, `log_readers`, `once`) must not be the statement's. Its parameters:
    `params`."""
    link = f"CREATE (log_e)-[:ABOUT {{created_at: log_e.created_at}}]->({about}) " if about else ""
    return (
        # Each reader once, though it may stand on several sides (a host of both ends).
        f"WITH {carry}, reduce(once = [], log_r IN {readers} | "
        "CASE WHEN log_r IN once THEN once ELSE once + [log_r] END) AS log_readers "
        "MERGE (log_q:Sequence {id: $log_sequence}) "
        "ON CREATE SET log_q.created_at = $log_event.created_at "
        # The counter's write lock before its value is read: concurrent writers queue (Neo4j).
        + write_lock("log_q")
        + "SET log_q.value = coalesce(log_q.value, 0) + 1 "
        "CREATE (log_e:LogEvent) SET log_e = $log_event, log_e.seq = log_q.value "
        f"{link}"
        "FOREACH (log_r IN log_readers | "
        "CREATE (log_e)-[:SHOWN_TO {created_at: log_e.created_at}]->(log_r)) "
        f"WITH {carry} "
    )


def params(event: Row) -> dict[str, Any]:
    return {"log_event": event, "log_sequence": SEQUENCE}


async def page(
    store: GraphStore,
    viewer: Caller,
    after: int,
    before: int | None,
    limit: int,
    from_end: bool,
    kinds: list[str] | None,
) -> list[Row]:
    """Events the viewer may read with sequence numbers between `after` and `before` (None:
    no end), of `kinds` (None: all), oldest first or, `from_end`, newest first."""
    start = (
        "MATCH (e:LogEvent) "
        if viewer.is_admin
        else "MATCH (:Entity {id: $me})<-[:SHOWN_TO]-(e:LogEvent) "
    )
    rows = await store.read(
        f"{start}WHERE e.seq > $after AND ($before IS NULL OR e.seq < $before) "
        "AND ($kinds IS NULL OR e.kind IN $kinds) "
        f"RETURN e {{.*}} AS event ORDER BY e.seq{' DESC' if from_end else ''} LIMIT $limit",
        {
            "me": viewer.entity_id,
            "after": after,
            "before": before,
            "limit": limit,
            "kinds": kinds,
        },
    )
    return [row["event"] for row in rows]


async def readable(store: GraphStore, viewer: Caller, event_id: str) -> Row | None:
    """One event, if the viewer may read it."""
    rows = await store.read(
        "MATCH (e:LogEvent {id: $id}) OPTIONAL MATCH (e)-[:SHOWN_TO]->(r:Entity {id: $me}) "
        "WITH e, r WHERE $admin OR r IS NOT NULL RETURN e {.*} AS event",
        {"id": event_id, "admin": viewer.is_admin, "me": viewer.entity_id},
    )
    return rows[0]["event"] if rows else None


async def footprint(store: GraphStore) -> dict[str, int]:
    """How many events the log holds, and their relationships (to what they are about, to
    their readers)."""
    rows = await store.read(
        "MATCH (e:LogEvent) RETURN count(e) AS events, "
        "sum(size([(e)-[r1:ABOUT|SHOWN_TO]->() | r1])) AS relationships"
    )
    return {"log_events": int(rows[0]["events"]), "relationships": int(rows[0]["relationships"])}
