"""Shared by the importer and synth tests: a digest of the whole graph, fixture files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from hub.graph.store import GraphStore
from hub.importer import files


async def digest(store: GraphStore) -> str:
    """Every node (labels, properties) and relationship (ends, type, properties), sorted."""
    nodes = await store.read("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props", {})
    rels = await store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r {.*} AS props", {}
    )
    items = sorted(json.dumps([sorted(r["labels"]), r["props"]], sort_keys=True) for r in nodes)
    items += sorted(
        json.dumps([r["a"], r["type"], r["b"], r["props"]], sort_keys=True) for r in rels
    )
    return hashlib.sha256("\n".join(items).encode()).hexdigest()


COLUMNS = [
    "id",
    "name",
    "stage",
    "founded_year",
    "description_fr",
    "languages",
    "seeks",
    "city",
    "sectors",
    "targets",
    "email",
]


def startups(n: int = 3) -> list[dict[str, Any]]:
    cities = ["casablanca", "rabat", "marseille"]
    return [
        {
            "id": f"imp-{i}",
            "name": f"Importée {i}",
            "stage": "creation",
            "founded_year": 2020 + i,
            "description_fr": f"Startup importée numéro {i}",
            "languages": ["fr", "ar"],
            "seeks": ["funding", "market_access"],
            "city": cities[i % 3],
            "sectors": ["fintech", "e-commerce"][: 1 + i % 2],
            "targets": ["france"],
            "email": f"contact@imp-{i}.example.org",
        }
        for i in range(n)
    ]


def write(tmp: Path, name: str, rows: list[dict[str, Any]], columns: list[str] = COLUMNS) -> Path:
    path = tmp / name
    files.write(path, columns, rows)
    return path
