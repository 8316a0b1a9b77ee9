"""Links guard both ends' versions, and mentoring a mentor's capacity, in one statement; on
Neo4j, where writers run concurrently, the statement locks both ends before it reads what it
checks."""

from __future__ import annotations

import asyncio

from hub.graph.queries import links, offers
from hub.graph.queries.links import IN_PROGRAMME, End
from hub.graph.store import GraphStore

NOW = "2026-01-15T09:00:00.000Z"


async def test_one_version_read_lets_one_concurrent_link_through(store: GraphStore) -> None:
    await store.write(
        "CREATE (:Entity:Startup {id: 'sun', name: 'Sun', stage: 'idea', search: 'sun', "
        "updated_at: 'v0'}) WITH 1 AS one UNWIND range(1, 12) AS i "
        "CREATE (:Entity:Programme {id: 'p' + toString(i), name_fr: 'P'})"
    )
    startup = End("Startup", "sun", "v0")
    done = await asyncio.gather(
        *(
            links.connect(store, startup, IN_PROGRAMME, End("Programme", f"p{i}"), {}, NOW)
            for i in range(1, 13)
        )
    )
    # Each link moves the startup's version: only the first one still matched what was read.
    assert sum(1 for d in done if d is not None) == 1
    rows = await store.read("MATCH (:Startup)-[r:IN_PROGRAMME]->() RETURN count(r) AS n")
    assert rows[0]["n"] == 1


async def test_concurrent_links_never_take_more_than_the_capacity(store: GraphStore) -> None:
    await store.write(
        "CREATE (:Entity:Mentor {id: 'ana', name: 'Ana', search: 'ana', capacity: 2}) "
        "WITH 1 AS one UNWIND range(1, 12) AS i "
        "CREATE (:Entity:Startup {id: 's' + toString(i), name: 'S', stage: 'idea', search: 's'})"
    )
    done = await asyncio.gather(
        *(
            offers.accept(
                store,
                offers.MENTORING,
                "ana",
                f"s{i}",
                {},
                {"id": f"audit-{i}"},
                {"id": f"log-{i}", "at": NOW, "created_at": NOW},
                NOW,
                offered_by=None,
            )
            for i in range(1, 13)
        )
    )
    assert sum(1 for d in done if d is not None) == 2
    rows = await store.read("MATCH (:Mentor)-[r:MENTORS]->() RETURN count(r) AS n")
    assert rows[0]["n"] == 2
    logged = await store.read("MATCH (e:LogEvent) RETURN count(e) AS n")
    assert logged[0]["n"] == 2  # a link refused writes no event
