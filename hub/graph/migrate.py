"""`hub migrate`: create the graph's constraints and indexes (and, on FalkorDB, make its
relationship types known), idempotently."""

from __future__ import annotations

import asyncio

from hub.graph.dialect import (
    FALKOR_CONSTRAINTS,
    FALKOR_INDEXES,
    FALKOR_TYPES,
    Command,
    Dialect,
    FalkorDialect,
    Neo4jDialect,
    Step,
    falkor_existing,
)
from hub.graph.falkor import FalkorStore
from hub.graph.queries import match_index
from hub.graph.store import GraphStore, StoreError


def dialect_for(store: GraphStore) -> Dialect:
    if isinstance(store, FalkorStore):
        return FalkorDialect(store.graph_name)
    return Neo4jDialect()


async def _existing(store: GraphStore) -> set[Step]:
    if not isinstance(store, FalkorStore):
        return set()  # Neo4j's DDL says IF NOT EXISTS itself
    # Sent as writes: a read-only query on a graph that does not exist yet is an error.
    indexes = await store.write(FALKOR_INDEXES)
    constraints = await store.write(FALKOR_CONSTRAINTS)
    types = await store.write(FALKOR_TYPES)
    return falkor_existing(indexes, constraints, types, store.graph_name)


async def migrate(store: GraphStore) -> int:
    """Apply what is missing; return how many steps were applied."""
    done = await _existing(store)
    applied = 0
    for step in dialect_for(store).schema():
        if step in done:
            continue
        if isinstance(step, Command):
            assert isinstance(store, FalkorStore)
            await store.command(*step.args)
        else:
            await store.write_ddl(step)
        applied += 1
    if applied and isinstance(store, FalkorStore):
        await _await_constraints(store)
    # Parties written before the matching profiles existed, by hand, or indexed by an older
    # version of the index get theirs.
    await match_index.refresh_all(store, stale_only=True)
    return applied


async def _await_constraints(store: FalkorStore, seconds: float = 10.0) -> None:
    """FalkorDB builds unique constraints asynchronously; writes must wait until they hold."""
    for _ in range(int(seconds / 0.02)):
        rows = await store.read(FALKOR_CONSTRAINTS)
        if any(row["status"] == "FAILED" for row in rows):
            raise StoreError("a unique constraint failed: the graph holds duplicate ids")
        if all(row["status"] == "OPERATIONAL" for row in rows):
            return
        await asyncio.sleep(0.02)
    raise StoreError("unique constraints were not operational in time")
