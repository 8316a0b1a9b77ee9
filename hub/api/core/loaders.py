"""Per-request dataloaders: one database round trip per relationship and request level.

Every loader applies the caller's consent: profiles it may not see are absent, on every path
(being a party of an introduction opens no profile)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from strawberry.dataloader import DataLoader

from hub.api.settlement.loaders import SettlementLoaders
from hub.domain.keys import ANONYMOUS, Caller
from hub.domain.vocabulary import Kind
from hub.graph.queries import nodes, relations, visibility
from hub.graph.queries.relations import Traversal
from hub.graph.store import GraphStore, Row


class Loaders:
    def __init__(self, store: GraphStore, caller: Caller = ANONYMOUS) -> None:
        self.store = store
        self.caller = caller
        self._nodes: dict[Kind, DataLoader[str, Row | None]] = {}
        self._neighbours: dict[Traversal, DataLoader[str, list[Row]]] = {}
        self._accepted: DataLoader[str, bool] | None = None

    def node(self, kind: Kind) -> DataLoader[str, Row | None]:
        """Things of one kind by id, as far as the caller may see them."""
        if kind not in self._nodes:

            async def load(ids: Sequence[str]) -> list[Row | None]:
                found = await nodes.by_ids(self.store, kind, ids, self.caller)
                return [found.get(i) for i in ids]

            self._nodes[kind] = DataLoader(load_fn=load)
        return self._nodes[kind]

    def accepted(self) -> DataLoader[str, bool]:
        """Whether an entity is the other party of an accepted introduction with the caller."""
        if self._accepted is None:

            async def load(ids: Sequence[str]) -> list[bool]:
                found = await visibility.accepted_with(self.store, self.caller, ids)
                return [i in found for i in ids]

            self._accepted = DataLoader(load_fn=load)
        return self._accepted

    def neighbours(self, traversal: Traversal) -> DataLoader[str, list[Row]]:
        """Neighbours along a named traversal (see graph.queries.relations)."""
        if traversal not in self._neighbours:

            async def load(ids: Sequence[str]) -> list[list[Row]]:
                found = await relations.neighbours(self.store, traversal, ids, self.caller)
                return [found[i] for i in ids]

            self._neighbours[traversal] = DataLoader(load_fn=load)
        return self._neighbours[traversal]

    @cached_property
    def settlement(self) -> SettlementLoaders:
        """Journeys, steps and templates (created on first use)."""
        return SettlementLoaders(self.store)
