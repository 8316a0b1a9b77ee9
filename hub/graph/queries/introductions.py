"""Introductions in the graph.

`(:Introduction {id, state, state_at, purpose, …, requester_id, target_id, broker_id})`
`-[:REQUESTED_BY|TARGETS_PARTY|BROKERED_BY]->(party)`; every transition adds
`(:IntroductionEvent {seq, …})-[:OF]->(introduction)`, `seq` from one `(:Sequence)` counter.

Each write is ONE guarded statement. On Neo4j it first writes a throwaway `locked` property on
the nodes its guard reads (the manual's lost-update idiom: the lock is taken before the read), so
two concurrent callers cannot both pass the guard; FalkorDB runs writes one at a time anyway.
No row back means a guard failed; `diagnose` then says which.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.domain.introductions import OPEN, WAITING
from hub.graph.queries import event_log, match_index
from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore, Row

SEQUENCE = "introduction-events"
_WAITING = sorted(WAITING)
_SETTLED_OPEN = sorted(OPEN - WAITING)

PARTY = "(p:Startup OR p:Mentor OR p:Organisation)"
# A waiting introduction is live only while its state is younger than the expiry cutoff.
LIVE = "(NOT {x}.state IN $waiting OR {x}.state_at >= $cutoff)"
HOSTS = "[(i)-[:REQUESTED_BY]->(:Entity)-[:HOSTED_BY]->(h:Organisation) | h.id]"
ROW = f"i {{.*, requester_hosts: {HOSTS}}} AS introduction"
# What a write returns. FalkorDB 4.16 trap: with the comprehension of ROW in the RETURN of a
# guarded CREATE statement, the guard's own comprehensions misfired (a duplicate got through);
# a WITH before the RETURN and a comprehension from the bound requester avoid it.
WRITTEN = (
    "WITH i, r RETURN i {.*, requester_hosts: [(r)-[:HOSTED_BY]->(hw:Organisation) | hw.id]} "
    "AS introduction"
)
# `$created_at` stamps what a statement creates (the demo writes a fixed one).
_NEXT_SEQ = (
    "MERGE (q:Sequence {id: $sequence}) ON CREATE SET q.created_at = $created_at "
    # The counter's write lock before its value is read: concurrent writers queue (Neo4j).
    + write_lock("q")
    + "SET q.value = coalesce(q.value, 0) + 1 "
)
_EVENT = (
    "CREATE (e:IntroductionEvent)-[:OF {created_at: $created_at}]->(i) "
    "SET e = $event, e.seq = q.value, e.created_at = $created_at "
)
# Who reads an introduction's log events: the requester and its hosts, the broker, and the
# target once the introduction was offered to it (as `introduction` itself shows them).
READERS = (
    "[(i)-[:REQUESTED_BY]->(rq) | rq] + [(i)-[:REQUESTED_BY]->()-[:HOSTED_BY]->(rh) | rh] "
    "+ [(i)-[:BROKERED_BY]->(bk) | bk] "
    "+ [(i)-[:TARGETS_PARTY]->(tg) WHERE i.offered_at IS NOT NULL | tg]"
)
_PENDING = (
    "size([(t)<-[:TARGETS_PARTY]-(px:Introduction) "
    "WHERE px.state IN $waiting AND px.state_at >= $cutoff | px])"
)


# FalkorDB 4.16 traps, each reproduced on repeated runs of one statement: (1) two pattern
# comprehensions reusing a variable name give wrong results; (2) a comprehension guard whose
# pattern ends on a bound node, e.g. `size([(r)<-[:A]-(x)-[:B]->(t) | x]) = 0`, or that
# collects ids (`WITH [… | x.id] AS l WHERE size(l) = 0`), let every repeated CREATE through.
# So guards count one hop from one bound node, unique names, and filter on stored ids.


def _room(m: str, s: str) -> str:
    """`m` mentors `s` already, or has room for one more mentee. (Outside WHERE a bare pattern
    is a list on FalkorDB: sizes of comprehensions instead.)"""
    return (
        f"(size([({m})-[:MENTORS]->(y0) WHERE y0.id = {s}.id | y0]) > 0 "
        f"OR coalesce({m}.capacity, 0) > size([({m})-[:MENTORS]->(y1) | y1]))"
    )


def _open(a: str, b: str, what: str = "id") -> str:
    """Open introductions from `a` to `b` for `$purpose`: their ids, or their number."""
    x = f"x{a}{b}"
    value = f"{x}.id" if what == "id" else x
    listed = (
        f"[({b})<-[:TARGETS_PARTY]-({x}:Introduction) WHERE {x}.requester_id = {a}.id "
        f"AND {x}.purpose = $purpose AND ({x}.state IN $settled_open OR "
        f"({x}.state IN $waiting AND {x}.state_at >= $cutoff)) | {value}]"
    )
    return listed if what == "id" else f"size({listed})"


def _params(cutoff: str) -> dict[str, object]:
    return {
        "waiting": _WAITING,
        "settled_open": _SETTLED_OPEN,
        "cutoff": cutoff,
        "sequence": SEQUENCE,
    }


async def parties(store: GraphStore, ids: Sequence[str]) -> dict[str, Row]:
    """What a request needs to know of each party: kind, region, diaspora, hosts."""
    rows = await store.read(
        f"UNWIND $ids AS pid MATCH (p:Entity {{id: pid}}) WHERE {PARTY} "
        "OPTIONAL MATCH (p)-[:LOCATED_IN]->(:City)-[:IN_COUNTRY]->(c:Country) "
        "WITH p, collect(c.region) AS regions "
        "RETURN p.id AS id, labels(p) AS labels, regions, "
        "size([(p)-[:DIASPORA_OF]->(d:Country) | d]) > 0 AS diaspora, "
        "[(p)-[:HOSTED_BY]->(h:Organisation) | h.id] AS hosts, "
        "p.profile_visibility AS seen",
        {"ids": list(ids)},
    )
    return {row["id"]: row for row in rows}


async def by_client_key(store: GraphStore, client_key: str) -> Row | None:
    rows = await store.read(
        f"MATCH (i:Introduction {{client_key: $key}}) RETURN {ROW}", {"key": client_key}
    )
    return rows[0]["introduction"] if rows else None


async def get(store: GraphStore, intro_id: str) -> Row | None:
    rows = await store.read(f"MATCH (i:Introduction {{id: $id}}) RETURN {ROW}", {"id": intro_id})
    return rows[0]["introduction"] if rows else None


async def create(
    store: GraphStore,
    props: Row,
    event: Row,
    logged: Row,
    *,
    broker_id: str | None,
    cutoff: str,
    max_pending: int,
    mentor: str | None,
) -> Row | None:
    """Create the introduction unless the target has too many pending requests, the two parties
    already have an open one for this purpose, or (mentoring) the mentor is full."""
    broker = " MATCH (b:Entity {id: $broker})" if broker_id else ""
    carry = "r, t, b" if broker_id else "r, t"
    room = "true"
    if mentor is not None:  # "r" or "t": which side is the mentor
        room = _room(mentor, "t" if mentor == "r" else "r")
    rows = await store.write(
        f"MATCH (r:Entity {{id: $requester}}) MATCH (t:Entity {{id: $target}}){broker} "
        "SET t.locked = true "
        f"WITH {carry}, {_PENDING} AS pending, "
        f"{_open('r', 't', 'count')} + {_open('t', 'r', 'count')} AS open, {room} AS room "
        "REMOVE t.locked "
        f"WITH {carry}, pending, open, room "
        "WHERE pending < $max_pending AND open = 0 AND room "
        + _NEXT_SEQ
        + "CREATE (i:Introduction) SET i = $props "
        "CREATE (i)-[:REQUESTED_BY {created_at: $created_at}]->(r) "
        "CREATE (i)-[:TARGETS_PARTY {created_at: $created_at}]->(t) "
        + ("CREATE (i)-[:BROKERED_BY {created_at: $created_at}]->(b) " if broker_id else "")
        + _EVENT
        + event_log.recording("i, r", "i", READERS)
        + WRITTEN,
        {
            **_params(cutoff),
            "requester": props["requester_id"],
            "target": props["target_id"],
            "broker": broker_id,
            "purpose": props["purpose"],
            "max_pending": max_pending,
            "props": props,
            "event": event,
            "created_at": props["created_at"],
            **event_log.params(logged),
        },
    )
    return rows[0]["introduction"] if rows else None


async def diagnose(
    store: GraphStore, requester: str, target: str, purpose: str, cutoff: str
) -> Row:
    """Why a request was refused: the target's pending count, the open introductions between
    the two, and the mentor's load (error path only)."""
    rows = await store.read(
        "MATCH (r:Entity {id: $requester}) MATCH (t:Entity {id: $target}) "
        f"RETURN {_PENDING} AS pending, {_open('r', 't')} + {_open('t', 'r')} AS open, "
        "coalesce(r.capacity, 0) - size([(r)-[:MENTORS]->(yr) | yr]) AS requester_room, "
        "coalesce(t.capacity, 0) - size([(t)-[:MENTORS]->(yt) | yt]) AS target_room",
        {**_params(cutoff), "requester": requester, "target": target, "purpose": purpose},
    )
    return rows[0] if rows else {"pending": 0, "open": [], "requester_room": 0, "target_room": 0}


async def transition(
    store: GraphStore,
    intro_id: str,
    sources: Sequence[str],
    changes: Row,
    event: Row,
    logged: Row,
    *,
    cutoff: str,
    mentoring: tuple[str, str] | None = None,
    created_at: str | None = None,
) -> Row | None:
    """Move the introduction if it is (still, effectively) in one of `sources`. With
    `mentoring=(mentor side, mentee side)` ("r"/"t"), also link mentor and mentee, only if the
    mentor has room."""
    room, link = "true", ""
    if mentoring is not None:
        m, s = mentoring
        room = _room(m, s)
        link = (
            f"MERGE ({m})-[k:MENTORS]->({s}) "
            "ON CREATE SET k.since = $year, k.created_at = $created_at, "
            "k.updated_at = $created_at, k.introduction_id = $id "
        )
    # The parties' stored matching profiles count mentees and past outcomes.
    changes_profiles = mentoring is not None or changes.get("state") == "concluded"
    reindex = "WITH i, r, t " + match_index.refreshing("r", "t") if changes_profiles else ""
    rows = await store.write(
        "MATCH (i:Introduction {id: $id})-[:TARGETS_PARTY]->(t) MATCH (i)-[:REQUESTED_BY]->(r) "
        "SET i.locked = true, r.locked = true, t.locked = true "
        f"WITH i, r, t, i.state IN $sources AND {LIVE.format(x='i')} AND {room} AS ok "
        "REMOVE i.locked, r.locked, t.locked "
        "WITH i, r, t, ok WHERE ok "
        + _NEXT_SEQ
        + "SET i += $changes "
        + _EVENT
        + link
        + event_log.recording("i, r, t", "i", READERS)
        + reindex
        + WRITTEN,
        {
            **_params(cutoff),
            "id": intro_id,
            "sources": list(sources),
            "changes": changes,
            "event": event,
            "created_at": created_at or changes["updated_at"],
            "year": int(changes["updated_at"][:4]),
            **event_log.params(logged),
        },
    )
    return rows[0]["introduction"] if rows else None


async def expiring(store: GraphStore, cutoff: str, limit: int) -> list[Row]:
    """Waiting introductions whose state began before `cutoff`, oldest first: their id and
    state."""
    return await store.read(
        "MATCH (i:Introduction) WHERE i.state IN $waiting AND i.state_at < $cutoff "
        "RETURN i.id AS id, i.state AS state ORDER BY i.state_at, i.id LIMIT $limit",
        {"waiting": _WAITING, "cutoff": cutoff, "limit": limit},
    )


async def expire(
    store: GraphStore, intro_id: str, state: str, cutoff: str, changes: Row, event: Row, logged: Row
) -> bool:
    """Expire the introduction if it is still `state` (a waiting one) from before `cutoff`:
    its change, its event and its log event in one guarded statement."""
    rows = await store.write(
        "MATCH (i:Introduction {id: $id})-[:TARGETS_PARTY]->(t) MATCH (i)-[:REQUESTED_BY]->(r) "
        f"{write_lock('i')}"
        "WITH i, r, t WHERE i.state = $state AND i.state_at < $cutoff "
        + _NEXT_SEQ
        + "SET i += $changes "
        + _EVENT
        + event_log.recording("i, r, t", "i", READERS)
        + WRITTEN,
        {
            **_params(cutoff),
            "id": intro_id,
            "state": state,
            "changes": changes,
            "event": event,
            "created_at": changes["updated_at"],
            **event_log.params(logged),
        },
    )
    return bool(rows)


async def footprint(store: GraphStore, ids: Sequence[str]) -> dict[str, int]:
    """What these introductions hold: how many exist, their events, and every relationship
    they made (to their parties, of their events, mentoring links they created)."""
    rows = await store.read(
        "MATCH (i:Introduction) WHERE i.id IN $ids "
        "RETURN count(i) AS introductions, "
        "sum(size([(i)-[p1]->(:Entity) | p1])) AS parties, "
        "sum(size([(i)<-[o1:OF]-(:IntroductionEvent) | o1])) AS events",
        {"ids": list(ids)},
    )
    mentoring = await store.read(
        "MATCH (:Mentor)-[k:MENTORS]->(:Startup) WHERE k.introduction_id IN $ids "
        "RETURN count(k) AS n",
        {"ids": list(ids)},
    )
    found, links = rows[0], int(mentoring[0]["n"])
    events = int(found["events"])
    return {
        "introductions": int(found["introductions"]),
        "events": events,
        "relationships": int(found["parties"]) + events + links,
    }
