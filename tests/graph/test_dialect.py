"""The per-backend statements: full-text search and shortest paths run on the embedded FalkorDB
(and Neo4j when set), the Neo4j ones pass Neo4j's linter, and each dialect calls only its own
procedures (the linter does not check procedure names)."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from hub.graph.dialect import (
    FALKOR_CONSTRAINTS,
    FALKOR_INDEXES,
    FALKOR_ONLY,
    SAMPLES,
    FalkorDialect,
    FullText,
    Neo4jDialect,
    statement_methods,
)
from hub.graph.migrate import await_indexes, dialect_for
from hub.graph.store import GraphStore, StatementLog
from tests.bolt_gaps import Gap
from tests.statements_plugin import collected, sample_value

ROOT = Path(__file__).resolve().parents[2]
_PROCEDURE = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)\s*\(")

FALKOR = FalkorDialect("test")
NEO4J = Neo4jDialect()


def procedures(statements: list[str]) -> set[str]:
    return {name for s in statements for name in _PROCEDURE.findall(s)}


def test_neo4j_calls_only_neo4j_procedures() -> None:
    called = procedures(NEO4J.catalogue())
    assert "db.index.fulltext.queryNodes" in called
    assert not {p for p in called if p.startswith("db.idx.")}
    # db.indexes()/db.constraints() are gone from Neo4j 5 (SHOW INDEXES replaces them).
    assert not called & {"db.indexes", "db.constraints"}


def test_falkordb_calls_only_falkordb_procedures() -> None:
    called = procedures([*FALKOR.catalogue(), FALKOR_INDEXES, FALKOR_CONSTRAINTS])
    assert "db.idx.fulltext.queryNodes" in called
    assert not {p for p in called if p.startswith("db.index.")}
    assert not called & {"db.awaitIndexes"}


def test_every_statement_method_is_in_the_catalogue() -> None:
    methods = statement_methods()
    assert {"fulltext_index", "fulltext_query", "shortest_path", "shortest_paths"} <= set(methods)
    assert set(methods) <= set(SAMPLES), "add sample arguments for new methods to SAMPLES"
    for dialect in (FALKOR, NEO4J):
        catalogue = dialect.catalogue()
        assert all(s in catalogue for s in dialect.schema() if isinstance(s, str))
        assert dialect.shortest_paths(*SAMPLES["shortest_paths"]) in catalogue  # type: ignore[arg-type]


def test_only_falkordb_statements_are_left_out_of_the_neo4j_lint() -> None:
    assert set(FALKOR.catalogue()) <= FALKOR_ONLY
    assert {FALKOR_INDEXES, FALKOR_CONSTRAINTS} <= FALKOR_ONLY
    assert not set(NEO4J.catalogue()) & FALKOR_ONLY
    linted = {item["query"] for item in collected()}
    assert set(NEO4J.catalogue()) <= linted
    assert not linted & FALKOR_ONLY


@pytest.mark.parametrize(
    ("types", "hops"),
    [
        ([], 2),
        ("MENTORS", 2),
        (["mentors"], 2),
        (["MENTORS]->(x"], 2),
        (["MENTORS"], 0),
        (["MENTORS"], 11),
        (["MENTORS"], True),
    ],
)
def test_path_statements_refuse_what_cannot_be_spliced(types: list[str], hops: int) -> None:
    for dialect in (FALKOR, NEO4J):
        with pytest.raises(ValueError):
            dialect.shortest_paths(types, hops)
        with pytest.raises(ValueError):
            dialect.shortest_path(types, hops)


def test_fulltext_rules_take_identifiers_only() -> None:
    with pytest.raises(ValueError):
        FullText("Startup) DETACH DELETE (n", ("search",))
    with pytest.raises(ValueError):
        FullText("Startup", ())
    with pytest.raises(ValueError):
        FullText("Startup", ("search",), analyzer="x'}")


STARTUPS = FullText("Startup", ("search",))


@pytest.mark.needs(Gap.FULLTEXT, Gap.AWAIT_INDEXES)
async def test_fulltext_finds_the_matching_nodes_best_first(store: GraphStore) -> None:
    dialect = dialect_for(store)
    await store.write(
        "UNWIND $rows AS row CREATE (n:Entity:Startup) SET n = row",
        {
            "rows": [
                {"id": "s-agri", "search": "startup agritech maroc irrigation"},
                {"id": "s-fin", "search": "startup fintech marseille paiement"},
                {"id": "s-both", "search": "startup marseille marseille logistique"},
            ]
        },
    )
    await store.write("CREATE (:Entity:Mentor {id: 'm-1', search: 'marseille'})")  # not indexed
    for step in dialect.fulltext_index(STARTUPS):
        assert isinstance(step, str)
        await store.write_ddl(step)
    await await_indexes(store)
    query = dialect.fulltext_query(STARTUPS)

    rows = await store.read(query, {"query": "marseille", "limit": 10})
    assert sorted(r["node"]["id"] for r in rows) == ["s-both", "s-fin"]
    assert rows[0]["node"]["search"].startswith("startup")
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)

    assert [
        r["node"]["id"] for r in await store.read(query, {"query": "irrigation", "limit": 10})
    ] == ["s-agri"]
    assert len(await store.read(query, {"query": "startup", "limit": 2})) == 2
    assert await store.read(query, {"query": "tanger", "limit": 10}) == []


async def _people(store: GraphStore) -> None:
    """m1 mentors s1 and s3, both hosted by o1, where m2 is affiliated; s2 stands alone."""
    await store.write(
        "CREATE (m1:Entity:Mentor {id: 'm1'}), (m2:Entity:Mentor {id: 'm2'}), "
        "(s1:Entity:Startup {id: 's1'}), (s2:Entity:Startup {id: 's2'}), "
        "(s3:Entity:Startup {id: 's3'}), (o1:Entity:Organisation {id: 'o1'}), "
        "(m1)-[:MENTORS]->(s1), (m1)-[:MENTORS]->(s3), (s1)-[:HOSTED_BY]->(o1), "
        "(s3)-[:HOSTED_BY]->(o1), (m2)-[:AFFILIATED_WITH]->(o1)"
    )


async def test_shortest_path_follows_the_direction_and_the_bound(store: GraphStore) -> None:
    await _people(store)
    dialect = dialect_for(store)
    query = dialect.shortest_path(["MENTORS", "HOSTED_BY"], 4)

    rows = await store.read(query, {"source": "m1", "target": "o1"})
    assert len(rows) == 1
    assert rows[0]["ids"][0] == "m1" and rows[0]["ids"][-1] == "o1"
    assert rows[0]["ids"][1] in {"s1", "s3"}
    assert rows[0]["types"] == ["MENTORS", "HOSTED_BY"] and rows[0]["hops"] == 2

    assert await store.read(query, {"source": "o1", "target": "m1"}) == []  # directed
    assert await store.read(query, {"source": "m1", "target": "m1"}) == []
    assert await store.read(query, {"source": "m1", "target": "s2"}) == []
    assert await store.read(query, {"source": "m1", "target": "nobody"}) == []
    too_short = dialect.shortest_path(["MENTORS", "HOSTED_BY"], 1)
    assert await store.read(too_short, {"source": "m1", "target": "o1"}) == []


async def test_shortest_paths_between_two_people_in_either_direction(store: GraphStore) -> None:
    await _people(store)
    dialect = dialect_for(store)
    query = dialect.shortest_paths(["MENTORS", "HOSTED_BY", "AFFILIATED_WITH"], 4)

    rows = await store.read(query, {"source": "m1", "target": "m2", "limit": 10})
    assert sorted(r["ids"] for r in rows) == [["m1", "s1", "o1", "m2"], ["m1", "s3", "o1", "m2"]]
    assert all(r["types"] == ["MENTORS", "HOSTED_BY", "AFFILIATED_WITH"] for r in rows)
    assert {r["hops"] for r in rows} == {3}

    back = await store.read(query, {"source": "m2", "target": "m1", "limit": 10})
    assert sorted(r["ids"] for r in back) == [["m2", "o1", "s1", "m1"], ["m2", "o1", "s3", "m1"]]
    assert len(await store.read(query, {"source": "m1", "target": "m2", "limit": 1})) == 1
    assert await store.read(query, {"source": "m1", "target": "s2", "limit": 10}) == []
    assert await store.read(query, {"source": "m1", "target": "m1", "limit": 10}) == []

    no_affiliations = dialect.shortest_paths(["MENTORS", "HOSTED_BY"], 4)
    assert await store.read(no_affiliations, {"source": "m1", "target": "m2", "limit": 10}) == []
    too_short = dialect.shortest_paths(["MENTORS", "HOSTED_BY", "AFFILIATED_WITH"], 2)
    assert await store.read(too_short, {"source": "m1", "target": "m2", "limit": 10}) == []


def _gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("neo4j_gate", ROOT / ".ci" / "neo4j_gate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_neo4j_dialect_passes_the_neo4j_linter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gate = _gate()
    if not (gate.shared_dir() / gate.TOOL).is_file() or not shutil.which("node"):
        pytest.skip("the Neo4j linter (shared/tools/neo4j-lint, Node) is not available here")
    log = StatementLog()
    for query in NEO4J.catalogue():
        log.record(query, None)
    items = [
        {"query": query, "params": {name: sample_value(name) for name in sorted(names)}}
        for query, names in log.statements.items()
    ]
    statements = tmp_path / "statements.json"
    statements.write_text(json.dumps(items))
    assert gate.gate(statements, gate.ALLOWLIST, gate.shared_dir()) == 0, capsys.readouterr().out
    assert f"{len(items)} distinct statements" in capsys.readouterr().out
