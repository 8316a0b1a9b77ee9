"""Per-request dataloaders for settlement journeys, steps and templates (`Loaders.settlement`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from strawberry.dataloader import DataLoader

from hub.graph.queries import settlement as queries
from hub.graph.queries import settlement_templates as template_queries
from hub.graph.store import GraphStore, Row

Batch = Callable[[GraphStore, Sequence[str]], Awaitable[dict[str, list[Row]]]]


class SettlementLoaders:
    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.journeys_of_startup = self._many(queries.journeys_of_startups)
        self.steps_of_journey = self._many(queries.steps_of_journeys)
        self.events_of_step = self._many(queries.events_of_steps)
        self.template_steps = self._many(template_queries.template_steps)
        self.journey = DataLoader(load_fn=self._journeys)
        self.template = DataLoader(load_fn=self._templates)

    def _many(self, batch: Batch) -> DataLoader[str, list[Row]]:
        async def load(ids: Sequence[str]) -> list[list[Row]]:
            found = await batch(self.store, ids)
            return [found.get(i, []) for i in ids]

        return DataLoader(load_fn=load)

    async def _journeys(self, ids: Sequence[str]) -> list[Row | None]:
        found = await queries.journeys_by_ids(self.store, ids)
        return [found.get(i) for i in ids]

    async def _templates(self, ids: Sequence[str]) -> list[Row | None]:
        found = await template_queries.templates_by_ids(self.store, ids)
        return [found.get(i) for i in ids]
