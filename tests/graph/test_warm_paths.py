"""Warm paths, searched from both ends and joined in the middle, are every simple chain of
trusted relationships up to the hop bound: compared with a search over the graph's edges."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from hub.domain.matching import rank_paths
from hub.graph.queries import suggestions as queries
from hub.graph.store import GraphStore
from hub.synth.load import synthesize
from hub.synth.profiles import mentor_id, org_id, startup_id

Path = tuple[tuple[str, ...], tuple[str, ...]]


def _simple(
    adjacent: dict[str, list[tuple[str, str]]], source: str, target: str, hops: int
) -> set[Path]:
    found: set[Path] = set()

    def walk(ids: tuple[str, ...], kinds: tuple[str, ...]) -> None:
        if ids[-1] == target and kinds:
            found.add((ids, kinds))
            return
        if len(kinds) == hops:
            return
        for other, kind in adjacent[ids[-1]]:
            if other not in ids:
                walk((*ids, other), (*kinds, kind))

    walk((source,), ())
    return found


async def test_both_ends_find_every_simple_path(store: GraphStore) -> None:
    await synthesize(store, 200, seed=7, today=datetime(2026, 11, 23, tzinfo=UTC))
    edges = await store.read(
        "MATCH (x:Entity)-[r]->(y:Entity) WHERE type(r) IN $kinds "
        "RETURN x.id AS x, type(r) AS kind, y.id AS y",
        {"kinds": list(queries.TRUSTED)},
    )
    adjacent: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in edges:
        adjacent[e["x"]].append((e["y"], e["kind"]))
        adjacent[e["y"]].append((e["x"], e["kind"]))
    pairs = [(startup_id(k), mentor_id(k)) for k in range(3)] + [(startup_id(4), org_id(1))]
    compared = 0
    for hops in (1, 2, 3, 4):
        for source, target in pairs:
            rows = await queries.paths(store, source, target, hops, limit=100_000)
            found = [(tuple(n["id"] for n in r["nodes"]), tuple(r["kinds"])) for r in rows]
            got = set(rank_paths(found, 100_000))
            assert got == _simple(adjacent, source, target, hops), (source, target, hops)
            compared += len(got)
    assert compared > 20
