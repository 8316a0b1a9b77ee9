"""Fetch nodes by id, in batches (the API's dataloaders call these once per request level).
Profiles the viewer (the caller: `visibility.seen_by`) may not see are always left out."""

from collections.abc import Sequence
from typing import Any

from hub.domain.keys import Caller
from hub.domain.vocabulary import Kind
from hub.graph.model import ENTITY
from hub.graph.names import label_of
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row


def _seen(viewer: Caller) -> tuple[str, dict[str, Any]]:
    return f" AND {visible('n')}", seen_by(viewer)


async def by_ids(
    store: GraphStore, kind: Kind, ids: Sequence[str], viewer: Caller
) -> dict[str, Row]:
    seen, params = _seen(viewer)
    rows = await store.read(
        f"MATCH (n:{label_of(kind)}) WHERE n.id IN $ids{seen} RETURN n {{.*}} AS node",
        {**params, "ids": list(ids)},
    )
    return {row["node"]["id"]: row["node"] for row in rows}


async def any_by_ids(
    store: GraphStore, ids: Sequence[str], viewer: Caller
) -> dict[str, tuple[Kind, Row]]:
    """Nodes of any kind: id -> (its kind, properties)."""
    seen, params = _seen(viewer)
    rows = await store.read(
        f"MATCH (n:{ENTITY}) WHERE n.id IN $ids{seen} RETURN labels(n) AS labels, n {{.*}} AS node",
        {**params, "ids": list(ids)},
    )
    found: dict[str, tuple[Kind, Row]] = {}
    kinds = {kind.value for kind in Kind}
    for row in rows:
        kind = Kind(next(lb for lb in row["labels"] if lb in kinds))
        found[row["node"]["id"]] = (kind, row["node"])
    return found
