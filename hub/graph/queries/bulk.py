"""Bulk upserts (demo and reference data): batched `UNWIND $rows … MERGE … SET += props`.

Idempotent: running the same rows again changes nothing. Labels and relationship types are never
parameters: they come from the fixed whitelists below. Load nodes before relationships.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from hub.graph.model import ENTITY, LABELS
from hub.graph.store import GraphStore, StoreError

#: Rows per statement (portable-cypher.md: batches of 1k-5k).
BATCH = 1_000

#: The relationship types of the graph model (conventions.md) a bulk load may write.
RELATIONSHIP_TYPES = (
    "IN_COUNTRY",
    "LOCATED_IN",
    "PARTNERS_WITH",
    "RUN_BY",
    "HOSTED_BY",
    "IN_SECTOR",
    "TARGETS",
    "IN_PROGRAMME",
    "DIASPORA_OF",
    "EXPERT_IN",
    "AFFILIATED_WITH",
    "MENTORS",
)

NodeRow = dict[str, Any]  # {"id": str, "props": {...}} (props include the id)
RelationshipRow = dict[str, Any]  # {"source": id, "target": id, "props": {...}}


def _label(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return label


def _type(rel_type: str) -> str:
    if rel_type not in RELATIONSHIP_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type


def _batches(rows: Sequence[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield list(rows[start : start + size])


def node_statement(label: str) -> str:
    return (
        f"UNWIND $rows AS row MERGE (n:{ENTITY}:{_label(label)} {{id: row.id}}) "
        "SET n += row.props RETURN count(n) AS written"
    )


def relationship_statement(rel_type: str, source: str, target: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{_label(source)} {{id: row.source}}) "
        f"MATCH (b:{_label(target)} {{id: row.target}}) "
        f"MERGE (a)-[r:{_type(rel_type)}]->(b) SET r += row.props RETURN count(r) AS written"
    )


async def upsert_nodes(
    store: GraphStore, label: str, rows: Sequence[NodeRow], batch: int = BATCH
) -> int:
    """Create or update nodes `:Entity:<label>` by id; returns how many rows were written."""
    statement = node_statement(label)
    written = 0
    for chunk in _batches(rows, batch):
        result = await store.write(statement, {"rows": chunk})
        written += int(result[0]["written"])
    return written


async def upsert_relationships(
    store: GraphStore,
    rel_type: str,
    source: str,
    target: str,
    rows: Sequence[RelationshipRow],
    batch: int = BATCH,
) -> int:
    """Create or update `(source)-[:rel_type]->(target)` by the two ends' ids.

    Raises StoreError when an end is missing (a row would otherwise be silently skipped); the
    batches before it stay written, which a rerun completes (upserts are idempotent)."""
    statement = relationship_statement(rel_type, source, target)
    written = 0
    for chunk in _batches(rows, batch):
        result = await store.write(statement, {"rows": chunk})
        count = int(result[0]["written"]) if result else 0
        if count != len(chunk):
            raise StoreError(
                f"{rel_type} {source}->{target}: {len(chunk) - count} rows name a missing node"
            )
        written += count
    return written
