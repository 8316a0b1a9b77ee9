"""`hub demo`: load the reference data and the fictional profiles, idempotently.

`load` runs the steps of `LOADERS` in order; other features append their own demo steps
(`LOADERS.append(my_step)`), each `async (store) -> {kind: count}`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from hub.demo.build_profiles import profile_rows
from hub.demo.build_reference import reference_rows
from hub.demo.graph import GraphRows
from hub.demo.introductions import load_introductions
from hub.demo.settlement import load_settlement
from hub.graph.queries import bulk, event_log, match_index
from hub.graph.store import GraphStore

Step = Callable[[GraphStore], Awaitable[dict[str, int]]]

#: How each label is counted in the report.
KINDS = {
    "Country": "countries",
    "City": "cities",
    "Sector": "sectors",
    "Organisation": "organisations",
    "Programme": "programmes",
    "Startup": "startups",
    "Mentor": "mentors",
}


async def write(store: GraphStore, rows: GraphRows) -> dict[str, int]:
    """Nodes first (every label), then relationships; returns counts per kind."""
    counts: dict[str, int] = {}
    for label, nodes in rows.nodes.items():
        kind = KINDS[label]
        counts[kind] = counts.get(kind, 0) + await bulk.upsert_nodes(store, label, nodes)
    links = 0
    for (rel_type, source, target), rels in rows.links.items():
        links += await bulk.upsert_relationships(store, rel_type, source, target, rels)
    counts["relationships"] = links
    return counts


async def load_reference(store: GraphStore) -> dict[str, int]:
    return await write(store, reference_rows())


async def load_profiles(store: GraphStore) -> dict[str, int]:
    return await write(store, profile_rows())


async def report_log(store: GraphStore) -> dict[str, int]:
    """What the journeys and introductions replayed wrote to the event log."""
    return await event_log.footprint(store)


LOADERS: list[Step] = [
    load_reference,
    load_profiles,
    load_settlement,
    load_introductions,
    report_log,
]


async def load(store: GraphStore) -> dict[str, int]:
    """Run every step of LOADERS; counts per kind, relationships last."""
    counts = dict.fromkeys(KINDS.values(), 0)
    for step in LOADERS:
        for kind, n in (await step(store)).items():
            counts[kind] = counts.get(kind, 0) + n
    await match_index.refresh_all(store)
    counts["relationships"] = counts.pop("relationships", 0)
    return counts
