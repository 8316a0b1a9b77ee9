"""Offered links (`hub.domain.invitations`) in the graph.

An offer is `(a)-[:OFFERED {link, by, offered_at, …}]->(b)`, in the direction of the link it
would become. Accepting it replaces it with that link in one statement. Every other statement
reads only the accepted relationships (`MENTORS`, `HOSTED_BY`), so an offer opens nothing.
Each transition writes its `(:AuditEvent)` in the same statement. Both ends are locked before
what is checked is read (Neo4j's lost updates, see `locks`).
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.domain.keys import Caller
from hub.graph.names import Label, RelType
from hub.graph.queries import event_log, match_index
from hub.graph.queries.locks import write_lock
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row


@dataclass(frozen=True)
class Link:
    kind: str  # hub.domain.invitations.LinkKind
    source: Label
    target: Label
    rel: RelType
    bounded: bool = False  # a new link needs room: size((a)-[:rel]->()) < a.capacity
    directed: bool = True  # False: the link counts in either direction (partnerships)

    @property
    def arrow(self) -> str:
        return "->" if self.directed else "-"


MENTORING = Link("mentoring", Label.MENTOR, Label.STARTUP, RelType.MENTORS, bounded=True)
HOSTING = Link("hosting", Label.STARTUP, Label.ORGANISATION, RelType.HOSTED_BY)
#: Offered from one organisation to another, in the order of their ids (an offer is the pair's).
PARTNERSHIP = Link(
    "partnership", Label.ORGANISATION, Label.ORGANISATION, RelType.PARTNERS_WITH, directed=False
)

OFFERED = RelType.OFFERED


@dataclass(frozen=True)
class State:
    linked: bool
    offered_by: str | None
    offered_at: str | None


def _ends(link: Link) -> str:
    return (
        f"MATCH (a:{link.source} {{id: $a}}) MATCH (b:{link.target} {{id: $b}}) "
        + write_lock("a", "b")
        + f"WITH a, b OPTIONAL MATCH (a)-[o:{OFFERED}]->(b) WHERE o.link = $kind "
        "WITH a, b, collect(o) AS os "
        f"WITH a, b, os, size([(a)-[l:{link.rel}]{link.arrow}(b) | l]) AS linked "
    )


_AUDIT = "CREATE (audit:AuditEvent) SET audit = $audit "
# Who reads a link's log events: both ends and the organisations stewarding either.
_READERS = (
    "[a, b] + [(a)-[:HOSTED_BY|AFFILIATED_WITH]->(sa:Organisation) | sa] "
    "+ [(b)-[:HOSTED_BY|AFFILIATED_WITH]->(sb:Organisation) | sb]"
)


def _logged(link: Link, carry: str) -> str:
    """Logs `$log_event` about the link's subject: the startup (a mentee, a hosted one), or a
    partnership's first organisation."""
    return event_log.recording(carry, "b" if link is MENTORING else "a", _READERS)


_RETURN = "WITH a, b " + match_index.refreshing("a", "b") + "RETURN a {.*} AS a, b {.*} AS b"


async def state(store: GraphStore, link: Link, a: str, b: str) -> State:
    rows = await store.read(
        f"MATCH (a:{link.source} {{id: $a}}) MATCH (b:{link.target} {{id: $b}}) "
        f"RETURN size([(a)-[l:{link.rel}]{link.arrow}(b) | l]) > 0 AS linked, "
        f"[(a)-[o:{OFFERED}]->(b) WHERE o.link = $kind | o {{.by, .offered_at}}] AS offers",
        {"a": a, "b": b, "kind": link.kind},
    )
    offers = rows[0]["offers"] if rows else []
    first = offers[0] if offers else {}
    return State(bool(rows and rows[0]["linked"]), first.get("by"), first.get("offered_at"))


async def offer(
    store: GraphStore,
    link: Link,
    a: str,
    b: str,
    by: str,
    props: Row,
    audit: Row,
    logged: Row,
    now: str,
) -> bool:
    """Offer the link from end `by` (or renew this end's offer); False when it exists by now
    or the other end offered it meanwhile (read again and accept)."""
    values = {k: v for k, v in props.items() if v is not None}
    rows = await store.write(
        _ends(link) + "WHERE linked = 0 AND all(x IN os WHERE x.by = $by) "
        f"FOREACH (_ IN CASE WHEN size(os) = 0 THEN [1] ELSE [] END | "
        f"CREATE (a)-[n:{OFFERED}]->(b) SET n = $offer) "
        "FOREACH (x IN os | SET x += $renewed) "
        + _AUDIT
        + _logged(link, "a, b")
        + "RETURN a.id AS a",
        {
            "a": a,
            "b": b,
            "kind": link.kind,
            "by": by,
            "offer": {**values, "link": link.kind, "by": by, "offered_at": now},
            "renewed": {**values, "offered_at": now},
            "audit": audit,
            **event_log.params(logged),
        },
    )
    return bool(rows)


async def accept(
    store: GraphStore,
    link: Link,
    a: str,
    b: str,
    props: Row,
    audit: Row,
    logged: Row,
    now: str,
    *,
    offered_by: str | None,
) -> tuple[Row, Row] | None:
    """Link a and b: accept the other end's offer (`offered_by`: the end that must have
    offered), or link at once (None: the caller acts for both). None when that offer is gone,
    or (mentoring) the mentor has no room left."""
    values = {k: v for k, v in props.items() if v is not None}
    wanted = "any(x IN os WHERE x.by = $offered_by)" if offered_by else "true"
    room = (
        f"WITH a, b, os, linked, size([(a)-[:{link.rel}]->(held) | held]) AS taken "
        "WHERE linked > 0 OR taken < coalesce(a.capacity, 0) "
        if link.bounded
        else ""
    )
    rows = await store.write(
        _ends(link) + f"WHERE {wanted} " + room + "WITH a, b, os, [x IN os | x.since] AS offered "
        "FOREACH (x IN os | DELETE x) "
        f"WITH a, b, offered OPTIONAL MATCH (a)-[l:{link.rel}]{link.arrow}(b) "
        "WITH a, b, offered, collect(l) AS ls "
        "FOREACH (_ IN CASE WHEN size(ls) = 0 THEN [1] ELSE [] END | "
        f"CREATE (a)-[n:{link.rel}]->(b) "
        "SET n = $created, n.since = coalesce($since, head(offered))) "
        "FOREACH (x IN ls | SET x += $updated) "
        "SET a.updated_at = $now, b.updated_at = $now " + _AUDIT + _logged(link, "a, b") + _RETURN,
        {
            "a": a,
            "b": b,
            "kind": link.kind,
            "offered_by": offered_by,
            "since": values.get("since"),  # else the offer's (a mentor's first year)
            "created": {**values, "created_at": now, "updated_at": now},
            "updated": {**values, "updated_at": now},
            "audit": audit,
            "now": now,
            **event_log.params(logged),
        },
    )
    return (rows[0]["a"], rows[0]["b"]) if rows else None


async def end(
    store: GraphStore, link: Link, a: str, b: str, audit: Row, logged: Row, now: str
) -> tuple[bool, bool]:
    """Withdraw or decline the offer and end the link, whichever exists: (was offered, was
    linked). Nothing to end writes nothing."""
    rows = await store.write(
        _ends(link) + f"OPTIONAL MATCH (a)-[l:{link.rel}]{link.arrow}(b) "
        "WITH a, b, os, collect(l) AS ls "
        "WITH a, b, os, ls, size(os) > 0 AS offered, size(ls) > 0 AS linked "
        "FOREACH (x IN os | DELETE x) FOREACH (x IN ls | DELETE x) "
        "FOREACH (_ IN CASE WHEN linked THEN [1] ELSE [] END | "
        "SET a.updated_at = $now, b.updated_at = $now) "
        # Nothing to end: no row goes on, so nothing is written.
        "WITH a, b, offered, linked WHERE offered OR linked "
        + _AUDIT
        + _logged(link, "a, b, offered, linked")
        + "WITH a, b, offered, linked "
        + match_index.refreshing("a", "b")
        + "RETURN offered, linked",
        {
            "a": a,
            "b": b,
            "kind": link.kind,
            "audit": audit,
            "now": now,
            **event_log.params(logged),
        },
    )
    return (bool(rows[0]["offered"]), bool(rows[0]["linked"])) if rows else (False, False)


async def pending(store: GraphStore, caller: Caller, limit: int) -> list[Row]:
    """The offers awaiting an answer that involve the caller: its own entity, or (a partner)
    what its organisation stewards; every offer for an admin. Both ends must be visible to it."""
    return await store.read(
        f"MATCH (a:Entity)-[o:{OFFERED}]->(b:Entity) "
        f"WHERE {visible('a')} AND {visible('b')} "
        f"WITH a, o, b, [(a)-[:{RelType.AFFILIATED_WITH}|{RelType.HOSTED_BY}]->(s:Organisation)"
        f" | s.id] AS source_stewards, [(b)-[:{RelType.HOSTED_BY}]->(t:Organisation) | t.id] "
        "AS target_stewards "
        "WHERE $v_admin OR $v_me IN [a.id, b.id] "
        "OR ($v_partner AND ($v_me IN source_stewards OR $v_me IN target_stewards)) "
        "RETURN o {.link, .by, .offered_at, source: a.id, target: b.id} AS offer "
        "ORDER BY offer.offered_at DESC, offer.source, offer.target LIMIT $limit",
        {**seen_by(caller), "limit": limit},
    )


async def has_room(store: GraphStore, link: Link, a: str) -> bool:
    """On the error path of a bounded link: whether its source still has room for one more."""
    rows = await store.read(
        f"MATCH (a:{link.source} {{id: $a}}) "
        f"RETURN size([(a)-[:{link.rel}]->(held) | held]) < coalesce(a.capacity, 0) AS room",
        {"a": a},
    )
    return bool(rows and rows[0]["room"])
