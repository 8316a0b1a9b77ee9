"""Lists over introductions: filtered pages, the event feed, the rows statistics are made of.

Every list applies the caller's visibility in the statement itself (`VISIBLE`): admins see all;
others see what they request (or their organisation's hosted startups request), broker, or are
offered."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.domain.introductions import WAITING, State
from hub.domain.keys import Caller
from hub.graph.queries import keyset
from hub.graph.queries.introductions import LIVE, ROW
from hub.graph.queries.visibility import seen_by
from hub.graph.store import GraphStore, Row

_WAITING = sorted(WAITING)

VISIBLE = (
    "($v_admin OR i.requester_id = $v_me OR i.broker_id = $v_me "
    "OR (i.target_id = $v_me AND i.offered_at IS NOT NULL) "
    "OR ($v_partner AND (i)-[:REQUESTED_BY]->(:Entity)-[:HOSTED_BY]->(:Organisation {id: $v_me})))"
)

FILTERS = {
    "party": "(i.requester_id = $party OR i.target_id = $party)",
    "broker": "i.broker_id = $broker",
    "direction": "i.direction = $direction",
    "purpose": "i.purpose = $purpose",
}
# Expired: stored so by the worker's expiry, or still waiting past the cutoff until it runs.
EXPIRED = "(i.state = 'expired' OR (i.state IN $waiting AND i.state_at < $cutoff))"
IN_STATE = f"(i.state = $state AND {LIVE.format(x='i')})"


def _where(filters: Mapping[str, Any], viewer: Caller, cutoff: str) -> tuple[str, Row]:
    clauses = [VISIBLE]
    params: Row = {**seen_by(viewer), "cutoff": cutoff, "waiting": _WAITING}
    for name, value in filters.items():
        if value is None:
            continue
        if name == "state":
            clauses.append(EXPIRED if value == State.EXPIRED else IN_STATE)
        else:
            clauses.append(FILTERS[name])
        params[name] = value
    return " WHERE " + " AND ".join(clauses), params


async def page(
    store: GraphStore,
    filters: Mapping[str, Any],
    viewer: Caller,
    cutoff: str,
    window: keyset.Window,
) -> list[Row]:
    """Newest first (then by id) inside `window` (places: `requested_at`, `id`)."""
    where, params = _where(filters, viewer, cutoff)
    newest = keyset.between("i", "i.requested_at", window, newest_first=True)
    rows = await store.read(
        f"MATCH (i:Introduction){where} {newest}LIMIT $limit RETURN {ROW}",
        {**params, **keyset.params(window)},
    )
    return [row["introduction"] for row in rows]


async def count(store: GraphStore, filters: Mapping[str, Any], viewer: Caller, cutoff: str) -> int:
    where, params = _where(filters, viewer, cutoff)
    rows = await store.read(f"MATCH (i:Introduction){where} RETURN count(i) AS total", params)
    return int(rows[0]["total"])


async def events(
    store: GraphStore, viewer: Caller, after: int, before: int | None, limit: int, from_end: bool
) -> list[Row]:
    """Events with sequence numbers between `after` and `before` (None: no end), oldest first,
    or newest first when `from_end` (a backward page)."""
    rows = await store.read(
        "MATCH (e:IntroductionEvent)-[:OF]->(i:Introduction) "
        f"WHERE e.seq > $after AND ($before IS NULL OR e.seq < $before) AND {VISIBLE} "
        f"RETURN e {{.*}} AS event ORDER BY e.seq{' DESC' if from_end else ''} LIMIT $limit",
        {**seen_by(viewer), "after": after, "before": before, "limit": limit},
    )
    return [row["event"] for row in rows]


async def stats_rows(store: GraphStore, start: str | None, end: str | None) -> list[Row]:
    """One row per introduction created in [start, end): what every grouping needs."""
    rows = await store.read(
        # (r) unlabelled: an erased party is an anonymous placeholder, still counted
        "MATCH (i:Introduction)-[:REQUESTED_BY]->(r) "
        "WHERE ($start IS NULL OR i.requested_at >= $start) "
        "AND ($end IS NULL OR i.requested_at < $end) "
        "RETURN i {.id, .state, .state_at, .purpose, .direction, .broker_id, .requested_at, "
        ".offered_at, .accepted_at, .answered_at, .met_at, .concluded_at, .requester_id, "
        ".target_id} AS introduction, "
        "[(r)-[:HOSTED_BY]->(h:Organisation) | h.id] AS hosts, "
        "[(r)-[:LOCATED_IN]->(c:City) | c.id] AS cities, "
        "[(r)-[:IN_PROGRAMME]->(g:Programme) | g.id] AS programmes, "
        # each party's profile visibility, so statistics can withhold what consent hides
        "[(i)-[:REQUESTED_BY|TARGETS_PARTY|BROKERED_BY]->(pv) "
        "| [pv.id, coalesce(pv.profile_visibility, 'public')]] AS seen",
        {"start": start, "end": end},
    )
    return [
        {
            **row["introduction"],
            "hosts": row["hosts"],
            "cities": row["cities"],
            "programmes": row["programmes"],
            "seen": row["seen"],
        }
        for row in rows
    ]
