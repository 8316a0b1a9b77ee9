"""`hub export`: every startup, mentor or organisation as rows of the import's own columns, so
that exporting then importing the file changes nothing."""

from __future__ import annotations

from typing import Any

from hub.graph.queries import bulk
from hub.graph.store import GraphStore
from hub.importer.kinds import LINK_COLUMNS, LIST, Sheet


async def export_rows(store: GraphStore, kind: Sheet) -> list[dict[str, Any]]:
    specs = kind.link_specs(list(kind.profile.links))
    by_column = {LINK_COLUMNS[spec.name]: spec.name for spec in specs}
    rows = []
    for found in await bulk.export_profiles(store, kind.label, specs):
        node, row = found["node"], {}
        for column in kind.columns:
            if column.name in by_column:
                ids = sorted(found[f"l_{by_column[column.name]}"])
                row[column.name] = (ids[0] if ids else None) if column.cell != LIST else ids
            elif column.language:
                row[column.name] = node.get(f"{column.given}_{column.language}")
            else:
                row[column.name] = node.get(column.given)
        rows.append(row)
    return rows
