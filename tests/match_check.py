"""Checks on the suggestions' stored matching profiles and niches (hub.graph.queries.match_index),
shared by the tests that write through the hub."""

from __future__ import annotations

import json

from hub.graph.queries import match_index
from hub.graph.store import GraphStore

SNAPSHOT = (
    f"MATCH (p:Entity) WHERE {match_index.PARTY} "
    f"RETURN {match_index.STORED}, [(p)-[:IN_NICHE]->(n:Niche) | n.id] AS niches"
)


async def snapshot(store: GraphStore) -> dict[str, str]:
    rows = await store.read(SNAPSHOT)
    # Lists compare as sets: their order follows the storage, not the data.
    return {
        row["id"]: json.dumps(
            {k: sorted(v) if isinstance(v, list) else v for k, v in row.items()}, sort_keys=True
        )
        for row in rows
    }


async def assert_index_is_fresh(store: GraphStore) -> None:
    """What the hub's writes left equals a rebuild from scratch, party by party."""
    kept = await snapshot(store)
    await match_index.refresh_all(store)
    rebuilt = await snapshot(store)
    stale = sorted(k for k in kept.keys() | rebuilt.keys() if kept.get(k) != rebuilt.get(k))
    assert not stale, [(k, kept.get(k), rebuilt.get(k)) for k in stale[:3]]
