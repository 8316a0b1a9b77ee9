"""Writes every Cypher statement Neo4j would be sent, for the Neo4j lint gate (docs/neo4j.md).

At the end of the session, if HUB_STATEMENTS_OUT names a file, writes there a JSON list of
`{"query", "params", "source"}`:
- `suite`: each distinct statement the stores sent during the tests (`statement_log`), except
  FalkorDB-only ones (its DDL, `db.idx.*`, `db.indexes()`: `hub.graph.dialect.FALKOR_ONLY`);
- `neo4j-dialect`: every statement of the Neo4j dialect (`Neo4jDialect().catalogue()`: schema
  DDL, full-text, shortest paths…), which do not run here unless a Neo4j server is set.
`params` gives each parameter a sample value so that the linter sees it defined.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from hub.graph.dialect import FALKOR_ONLY, Neo4jDialect
from hub.graph.store import StatementLog, statement_log

OUT_ENV = "HUB_STATEMENTS_OUT"

_INTEGERS = {"skip", "limit", "first", "last", "offset", "size", "count", "year", "since"}


def sample_value(name: str) -> Any:
    """A plausible value for a parameter called `name` (the linter only needs it defined)."""
    lowered = name.lower()
    if lowered in _INTEGERS or lowered.startswith(("max", "min")) or lowered.endswith("_year"):
        return 1
    if lowered in {"props", "properties", "fields", "set", "changes"} or lowered.endswith("props"):
        return {"id": "sample"}
    if lowered in {"rows", "batch", "items"} or lowered.endswith("rows"):
        return [{"id": "sample"}]
    if lowered.endswith(("ids", "keys", "languages")):
        return ["sample"]
    return "sample"


def collected() -> list[dict[str, Any]]:
    """The statements to lint, each with its parameters' sample values, suite ones first."""
    dialect = StatementLog()
    for query in Neo4jDialect().catalogue():
        dialect.record(query, None)
    items: list[dict[str, Any]] = []
    seen = set(FALKOR_ONLY)
    for source, log in (("suite", statement_log), ("neo4j-dialect", dialect)):
        for query in sorted(log.statements):
            if query in seen:
                continue
            seen.add(query)
            names = sorted(log.statements[query])
            params = {name: sample_value(name) for name in names}
            items.append({"query": query, "params": params, "source": source})
    return items


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    out = os.environ.get(OUT_ENV)
    if not out:
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(collected(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
