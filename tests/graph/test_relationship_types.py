"""A migrated FalkorDB graph knows every relationship type the hub writes: FalkorDB 4.16 plans
a pattern comprehension over a type it does not know yet as empty and caches that plan, so a
statement first run before the first such relationship existed kept answering nothing."""

from __future__ import annotations

from hub.graph.names import RelType
from hub.graph.store import GraphStore

OFFERS = (
    "MATCH (a:Mentor {id: $a}) MATCH (b:Startup {id: $b}) "
    f"RETURN [(a)-[o:{RelType.OFFERED}]->(b) | o.by] AS offers"
)


async def test_a_statement_planned_before_a_type_was_written_sees_it_after(
    store: GraphStore,
) -> None:
    await store.write("CREATE (:Entity:Mentor {id: 'm'}), (:Entity:Startup {id: 's'})")
    ends = {"a": "m", "b": "s"}
    assert await store.read(OFFERS, ends) == [{"offers": []}]  # planned, and cached
    await store.write(
        f"MATCH (a:Mentor {{id: 'm'}}) MATCH (b:Startup {{id: 's'}}) "
        f"CREATE (a)-[:{RelType.OFFERED} {{by: 'source'}}]->(b)"
    )
    assert await store.read(OFFERS, ends) == [{"offers": ["source"]}]
