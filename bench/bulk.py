"""Bulk import rows/s (the whole `hub import` path: checks, one lookup, batched upserts) next to
the same UNWIND statements sent straight to the database."""

from __future__ import annotations

import time
from typing import Any

from hub.domain.ids import now_iso
from hub.graph.queries import bulk
from hub.graph.store import GraphStore
from hub.importer.kinds import STARTUPS
from hub.importer.validate import check_rows
from hub.services.imports import _links, _row, import_rows
from hub.synth.profiles import Sizes, org_id
from hub.synth.profiles import city_ids as cities

COLUMNS = [
    "id",
    "name",
    "stage",
    "founded_year",
    "languages",
    "seeks",
    "city",
    "hosts",
    "sectors",
    "targets",
    "email",
]


def rows(prefix: str, n: int, sizes: Sizes) -> list[tuple[int, dict[str, Any]]]:
    places = cities()
    return [
        (
            i + 2,
            {
                "id": f"{prefix}-{i:06d}",
                "name": f"Import {prefix} {i}",
                "stage": "creation",
                "founded_year": 2020 + i % 6,
                "languages": "fr;ar",
                "seeks": "funding",
                "city": places[i % len(places)],
                "hosts": org_id(i % sizes.organisations),
                "sectors": "fintech;e-commerce",
                "targets": "france;marseille",
                "email": f"c@{prefix}-{i}.example.org",
            },
        )
        for i in range(n)
    ]


async def raw(store: GraphStore, n: int, sizes: Sizes) -> float:
    """Rows/s of the prepared statements alone (rows checked beforehand, not timed)."""
    checked = check_rows(STARTUPS, rows("raw", n, sizes), None)
    prepared = [_row(c, []) for c in checked.rows]
    statement = bulk.profile_statement("Startup", STARTUPS.link_specs(_links(prepared)))
    now = now_iso()
    start = time.perf_counter()
    await store.write(statement, {"rows": prepared, "now": now})
    return n / (time.perf_counter() - start)


async def imported(store: GraphStore, n: int, sizes: Sizes) -> tuple[float, float]:
    """Rows/s of `import_rows` creating the rows, then re-importing them (all unchanged)."""
    data = rows("imp", n, sizes)
    rates = []
    for _ in range(2):
        start = time.perf_counter()
        report = await import_rows(store, STARTUPS, COLUMNS, data)
        rates.append(n / (time.perf_counter() - start))
        assert report.ok, report.problems[:3]
    return rates[0], rates[1]
