"""Writing a synthetic network: reference data, profiles, then activity, all through the bulk
upserts (nodes before relationships, batches of `bulk.BATCH`). Same seed, same graph."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from hub.demo.build_reference import reference_rows
from hub.demo.graph import REFERENCE_AT
from hub.graph.names import Label
from hub.graph.queries import bulk, match_index
from hub.graph.queries import settlement_templates as template_queries
from hub.graph.store import GraphStore
from hub.services.settlement import install_templates
from hub.synth.activity import activity_rows
from hub.synth.profiles import Sizes, profile_rows

Nodes = dict[str, list[dict[str, Any]]]
Links = dict[tuple[str, str, str], list[dict[str, Any]]]
SEQUENCE = "introduction-events"


async def _write(
    store: GraphStore, nodes: Nodes, links: Links, progress: Callable[[int], None] | None
) -> dict[str, int]:
    counts: dict[str, int] = {}
    for label, rows in nodes.items():
        counts[label] = await bulk.upsert_nodes(store, label, rows)
        if progress:
            progress(len(rows))
    for (rel, source, target), rows in links.items():
        counts["relationships"] = counts.get("relationships", 0) + await bulk.upsert_relationships(
            store, rel, source, target, rows
        )
        if progress:
            progress(len(rows))
    return counts


async def _templates(store: GraphStore) -> list[tuple[dict[str, Any], list[Any]]]:
    await install_templates(store, created_at=REFERENCE_AT)
    found = {t["key"]: t for t in await template_queries.templates(store)}  # newest first
    steps = await template_queries.template_steps(store, [t["id"] for t in found.values()])
    return [(t, steps[t["id"]]) for _, t in sorted(found.items())]


def size_of(startups: int) -> int:
    """Rows a synth writes (nodes and relationships), roughly, for a progress bar."""
    return startups * 12


async def _numbered(store: GraphStore, events: list[dict[str, Any]]) -> int:
    """Event rows (`{"id", "props"}`) keep the number they already have (a rerun changes
    nothing); new ones number after every event in the graph (the demo's, the API's); the
    highest number used."""
    known, last = await bulk.sequenced(
        store, Label.INTRODUCTION_EVENT, SEQUENCE, [e["id"] for e in events]
    )
    for event in events:  # in the order they happened
        if event["id"] in known:
            event["props"]["seq"] = known[event["id"]]
        else:
            last += 1
            event["props"]["seq"] = last
    return max([last, *known.values()])


async def synthesize(
    store: GraphStore,
    startups: int,
    seed: int = 1,
    today: datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Counts per label and `relationships`. `today` dates the introductions still waiting
    (default: today at 09:00 UTC, so that they are not expired)."""
    day = (today or datetime.now(UTC)).replace(hour=9, minute=0, second=0, microsecond=0)
    sizes = Sizes(startups)
    counts: dict[str, int] = {}
    reference = reference_rows()
    profiles = profile_rows(sizes, seed)
    for label, rows in reference.nodes.items():
        profiles.nodes.setdefault(label, [])[:0] = rows
    for key, rels in reference.links.items():
        profiles.links.setdefault(key, [])[:0] = rels
    for label, n in (await _write(store, profiles.nodes, profiles.links, progress)).items():
        counts[label] = counts.get(label, 0) + n
    activity = activity_rows(sizes, seed, day, await _templates(store))
    last = await _numbered(store, activity.nodes.get(Label.INTRODUCTION_EVENT, []))
    for label, n in (await _write(store, activity.nodes, activity.links, progress)).items():
        counts[label] = counts.get(label, 0) + n
    await bulk.advance_sequence(store, SEQUENCE, last)
    await match_index.refresh_all(store)
    return counts
