"""The per-backend statements (the schema's DDL): the Neo4j ones pass Neo4j's linter, and each
dialect calls only its own procedures (the linter does not check procedure names)."""

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
    Neo4jDialect,
    statement_methods,
)
from hub.graph.store import StatementLog
from tests.statements_plugin import collected, sample_value

ROOT = Path(__file__).resolve().parents[2]
_PROCEDURE = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)\s*\(")

FALKOR = FalkorDialect("test")
NEO4J = Neo4jDialect()


def procedures(statements: list[str]) -> set[str]:
    return {name for s in statements for name in _PROCEDURE.findall(s)}


def test_neo4j_calls_only_neo4j_procedures() -> None:
    called = procedures(NEO4J.catalogue())
    assert not {p for p in called if p.startswith("db.idx.")}
    # db.indexes()/db.constraints() are gone from Neo4j 5 (SHOW INDEXES replaces them).
    assert not called & {"db.indexes", "db.constraints"}


def test_falkordb_calls_only_falkordb_procedures() -> None:
    called = procedures([*FALKOR.catalogue(), FALKOR_INDEXES, FALKOR_CONSTRAINTS])
    assert {"db.indexes", "db.constraints"} <= called
    assert not {p for p in called if p.startswith("db.index.")}
    assert not called & {"db.awaitIndexes"}


def test_every_statement_method_is_in_the_catalogue() -> None:
    methods = statement_methods()
    assert {"unique", "index"} <= set(methods)
    assert set(methods) <= set(SAMPLES), "add sample arguments for new methods to SAMPLES"
    for dialect in (FALKOR, NEO4J):
        catalogue = dialect.catalogue()
        assert all(s in catalogue for s in dialect.schema() if isinstance(s, str))


def test_only_falkordb_statements_are_left_out_of_the_neo4j_lint() -> None:
    assert set(FALKOR.catalogue()) <= FALKOR_ONLY
    assert {FALKOR_INDEXES, FALKOR_CONSTRAINTS} <= FALKOR_ONLY
    assert not set(NEO4J.catalogue()) & FALKOR_ONLY
    linted = {item["query"] for item in collected()}
    assert set(NEO4J.catalogue()) <= linted
    assert not linted & FALKOR_ONLY


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
