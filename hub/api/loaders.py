"""Per-request dataloaders: one database round trip per relationship and request level."""

from __future__ import annotations

from collections.abc import Sequence

from strawberry.dataloader import DataLoader

from hub.graph.queries import nodes, relations
from hub.graph.store import GraphStore, Row


class Loaders:
    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._nodes: dict[str, DataLoader[str, Row | None]] = {}
        self._neighbours: dict[str, DataLoader[str, list[Row]]] = {}

    def node(self, label: str) -> DataLoader[str, Row | None]:
        """Nodes of one label by id."""
        if label not in self._nodes:

            async def load(ids: Sequence[str]) -> list[Row | None]:
                found = await nodes.by_ids(self.store, label, ids)
                return [found.get(i) for i in ids]

            self._nodes[label] = DataLoader(load_fn=load)
        return self._nodes[label]

    def neighbours(self, traversal: str) -> DataLoader[str, list[Row]]:
        """Neighbours along a named traversal (see graph.queries.relations)."""
        if traversal not in self._neighbours:

            async def load(ids: Sequence[str]) -> list[list[Row]]:
                found = await relations.neighbours(self.store, traversal, ids)
                return [found[i] for i in ids]

            self._neighbours[traversal] = DataLoader(load_fn=load)
        return self._neighbours[traversal]
