"""Fetch nodes by id, in batches (the API's dataloaders call these once per request level)."""

from collections.abc import Sequence

from hub.graph.model import ENTITY, LABELS
from hub.graph.store import GraphStore, Row


def _label(label: str) -> str:
    # Labels cannot be parameters: only the model's own labels ever reach the statement text.
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return label


async def by_ids(store: GraphStore, label: str, ids: Sequence[str]) -> dict[str, Row]:
    rows = await store.read(
        f"MATCH (n:{_label(label)}) WHERE n.id IN $ids RETURN n {{.*}} AS node",
        {"ids": list(ids)},
    )
    return {row["node"]["id"]: row["node"] for row in rows}


async def any_by_ids(store: GraphStore, ids: Sequence[str]) -> dict[str, tuple[str, Row]]:
    """Nodes of any kind: id -> (label, properties)."""
    rows = await store.read(
        f"MATCH (n:{ENTITY}) WHERE n.id IN $ids RETURN labels(n) AS labels, n {{.*}} AS node",
        {"ids": list(ids)},
    )
    found: dict[str, tuple[str, Row]] = {}
    for row in rows:
        label = next(lb for lb in row["labels"] if lb in LABELS)
        found[row["node"]["id"]] = (label, row["node"])
    return found
