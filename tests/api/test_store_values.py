"""The store's rows are plain values, and on FalkorDB the store's own reading of the compact
reply gives exactly what the falkordb client's parser (then `plain`) gives, for every type."""

from __future__ import annotations

import pytest

from hub.graph.falkor import FalkorStore, _value
from hub.graph.store import GraphStore, StoreError, statement_log

SEED = (
    "CREATE (:Probe {id: 'p1', name: $name, n: -42, big: 9007199254740993, f: 2.5, "
    "t: true, no: false, tags: ['a', 'é', ''], nums: [1, 2, 3], ratio: 0.1})"
)
VALUES = (
    "MATCH (p:Probe {id: 'p1'}) RETURN p {.*} AS node, p {.id, .name} AS some, "
    "null AS nothing, [] AS empty, {} AS empty_map, [[1, 'x'], [true, null]] AS nested, "
    "{a: {b: [1.5, {c: 'd'}]}, e: null} AS maps, 'quote \" and \\\\ back' AS text, "
    "1.0 / 3 AS third, -0.0 AS negative_zero, 1e300 AS huge"
)
NAME = 'Dar "Al" Bayda – الدار البيضاء 🌍'


async def test_values_are_plain(store: GraphStore) -> None:
    await store.write(SEED, {"name": NAME})
    (row,) = await store.read(VALUES)
    assert row["node"] == {
        "id": "p1",
        "name": NAME,
        "n": -42,
        "big": 9007199254740993,
        "f": 2.5,
        "t": True,
        "no": False,
        "tags": ["a", "é", ""],
        "nums": [1, 2, 3],
        "ratio": 0.1,
    }
    assert row["some"] == {"id": "p1", "name": NAME}
    assert row["nothing"] is None and row["empty"] == [] and row["empty_map"] == {}
    assert row["nested"] == [[1, "x"], [True, None]]
    assert row["maps"] == {"a": {"b": [1.5, {"c": "d"}]}, "e": None}
    assert row["text"] == 'quote " and \\ back'
    assert row["third"] == pytest.approx(1 / 3) and row["huge"] == 1e300
    assert type(row["node"]) is dict and type(row["nested"]) is list


async def test_falkordb_reading_matches_the_client(store: GraphStore) -> None:
    if not isinstance(store, FalkorStore):
        pytest.skip("FalkorDB's reply format")
    await store.write(SEED, {"name": NAME})
    client = await store.graph.ro_query(VALUES)
    names = [column[1] for column in client.header]
    expected = [{n: _value(v) for n, v in zip(names, r, strict=True)} for r in client.result_set]
    assert await store.read(VALUES) == expected
    # A node object (never returned by the hub's statements) still comes back as its properties.
    (row,) = await store.read("MATCH (p:Probe) RETURN p AS node, 1 AS one")
    assert row == {"node": expected[0]["node"], "one": 1}


async def test_writes_without_return_and_errors(store: GraphStore) -> None:
    assert await store.write(SEED, {"name": "x"}) == []
    broken = "MATCH (p:Probe) RETURN p.id AS id ORDER BY BROKEN"
    with pytest.raises(StoreError):
        await store.read(broken)
    statement_log.statements.pop(broken)  # not the hub's: the Neo4j gate lints the hub's only
    with pytest.raises(StoreError):  # a runtime error
        await store.read("UNWIND [1, 0] AS d RETURN 1 / d AS q")
