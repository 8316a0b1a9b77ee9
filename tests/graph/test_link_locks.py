"""Links guard both ends' versions and a mentor's capacity in one statement; on Neo4j, where
writers run concurrently, the statement locks both ends before it reads what it checks."""

from __future__ import annotations

import asyncio

from hub.graph.queries import links
from hub.graph.queries.links import MENTORS, End
from hub.graph.store import GraphStore

NOW = "2026-01-15T09:00:00.000Z"


async def _mentor_and_startups(store: GraphStore, capacity: int, startups: int) -> str:
    await store.write(
        "CREATE (:Entity:Mentor {id: 'ana', name: 'Ana', search: 'ana', capacity: $capacity, "
        "updated_at: 'v0'}) WITH 1 AS one UNWIND range(1, $n) AS i "
        "CREATE (:Entity:Startup {id: 's' + toString(i), name: 'S', stage: 'idea', search: 's'})",
        {"capacity": capacity, "n": startups},
    )
    return "v0"


async def test_one_version_read_lets_one_concurrent_link_through(store: GraphStore) -> None:
    version = await _mentor_and_startups(store, capacity=10, startups=12)
    mentor = End("Mentor", "ana", version)
    done = await asyncio.gather(
        *(
            links.connect(store, mentor, MENTORS, End("Startup", f"s{i}"), {}, NOW)
            for i in range(1, 13)
        )
    )
    # Each link moves the mentor's version: only the first one still matched what was read.
    assert sum(1 for d in done if d is not None) == 1
    rows = await store.read("MATCH (:Mentor)-[r:MENTORS]->() RETURN count(r) AS n")
    assert rows[0]["n"] == 1


async def test_concurrent_links_never_take_more_than_the_capacity(store: GraphStore) -> None:
    await _mentor_and_startups(store, capacity=2, startups=12)
    mentor = End("Mentor", "ana")  # no version: only the capacity guards
    done = await asyncio.gather(
        *(
            links.connect(store, mentor, MENTORS, End("Startup", f"s{i}"), {}, NOW)
            for i in range(1, 13)
        )
    )
    assert sum(1 for d in done if d is not None) == 2
    rows = await store.read("MATCH (:Mentor)-[r:MENTORS]->() RETURN count(r) AS n")
    assert rows[0]["n"] == 2
