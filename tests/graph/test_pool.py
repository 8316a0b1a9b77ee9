"""More concurrent statements than pooled connections wait for one instead of failing."""

import asyncio

from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore


async def test_a_burst_beyond_the_pool_waits_for_connections(embedded: EmbeddedFalkor) -> None:
    store = FalkorStore.connect(
        graph="pool_burst",
        backend="falkordb-embedded",
        unix_socket=str(embedded.socket),
        pool_size=2,
    )
    try:
        await store.write("UNWIND range(1, 2000) AS i CREATE (:Item {i: i})")
        counts = await asyncio.gather(
            *(
                store.read("MATCH (n:Item) WHERE n.i % 3 = 1 RETURN count(n) AS c")
                for _ in range(40)
            )
        )
        assert {rows[0]["c"] for rows in counts} == {667}
    finally:
        await store.drop()
        await store.close()
