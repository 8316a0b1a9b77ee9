"""The checked-in schemas (schema/) must match the code: clients and reviewers read those files."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from hub.api.schema import build_schema
from hub.cli import DIALECTS, graph_schema

SCHEMA = Path(__file__).resolve().parents[2] / "schema"


def drift(path: Path, current: str, command: str) -> str | None:
    checked_in = path.read_text(encoding="utf-8") if path.exists() else ""
    if checked_in == current:
        return None
    diff = difflib.unified_diff(
        checked_in.splitlines(), current.splitlines(), "checked in", "from the code", lineterm=""
    )
    shown = "\n".join(list(diff)[:40])
    return f"schema/{path.name} is out of date: run `{command}` and commit it.\n{shown}"


def test_the_graphql_schema_file_matches_the_code() -> None:
    problem = drift(
        SCHEMA / "hub.graphql",
        build_schema().as_str() + "\n",
        "hub export-schema --output schema/hub.graphql",
    )
    assert problem is None, problem


@pytest.mark.parametrize("backend", sorted(DIALECTS))
def test_the_graph_schema_files_match_the_model(backend: str) -> None:
    name = f"graph-{backend}.cypher"
    problem = drift(
        SCHEMA / name,
        graph_schema(DIALECTS[backend]()),
        f"hub export-graph-schema --backend {backend} --output schema/{name}",
    )
    assert problem is None, problem


def test_a_drift_message_says_how_to_fix_it(tmp_path: Path) -> None:
    stale = tmp_path / "hub.graphql"
    stale.write_text("type Query { old: Int }\n", encoding="utf-8")
    problem = drift(stale, "type Query { new: Int }\n", "hub export-schema --output x")
    assert problem is not None
    assert "run `hub export-schema --output x`" in problem and "+type Query { new: Int }" in problem
