"""Filtered, paged lists of one label. Filters are fixed fragments chosen by name; their values
travel only as parameters, so no caller text ever becomes Cypher. Every list applies the
caller's consent (`visibility.visible`), so pages and counts agree with what it may see."""

from collections.abc import Mapping
from typing import Any

from hub.domain.text import fold
from hub.graph.model import LABELS
from hub.graph.queries.visibility import visible
from hub.graph.store import GraphStore, Row

# The free-text fragment every listable label shares (`search` holds its folded names).
TEXT = "n.search CONTAINS $text"


def _where(
    fragments: Mapping[str, str], filters: Mapping[str, Any], viewer: Mapping[str, Any]
) -> tuple[str, dict[str, Any]]:
    clauses, params = [visible("n")], dict(viewer)
    for name, value in filters.items():
        if value is None:
            continue
        clauses.append(fragments[name])
        params[name] = fold(value) if name == "text" else value
    return " WHERE " + " AND ".join(clauses), params


async def page(
    store: GraphStore,
    label: str,
    fragments: Mapping[str, str],
    filters: Mapping[str, Any],
    viewer: Mapping[str, Any],
    offset: int,
    limit: int,
) -> list[Row]:
    assert label in LABELS
    where, params = _where(fragments, filters, viewer)
    rows = await store.read(
        f"MATCH (n:{label}){where} "
        "RETURN n {.*} AS node ORDER BY n.search, n.id SKIP $offset LIMIT $limit",
        {**params, "offset": offset, "limit": limit},
    )
    return [row["node"] for row in rows]


async def count(
    store: GraphStore,
    label: str,
    fragments: Mapping[str, str],
    filters: Mapping[str, Any],
    viewer: Mapping[str, Any],
) -> int:
    assert label in LABELS
    where, params = _where(fragments, filters, viewer)
    rows = await store.read(f"MATCH (n:{label}){where} RETURN count(n) AS total", params)
    return int(rows[0]["total"])
