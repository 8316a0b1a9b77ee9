"""Reference data queries: countries, cities, sectors, programmes (public)."""

from __future__ import annotations

from typing import Annotated, TypeVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import LookupId, Node, by_id, prefetch, selected
from hub.api.reference.types import City, Country, Programme, Sector
from hub.domain.vocabulary import Kind
from hub.graph.queries import reference


@strawberry.type
class ReferenceQuery:
    @strawberry.field(description="Every country in the hub.")
    async def countries(self, info: Info) -> list[Country]:
        rows = await reference.countries(info.context.store)
        return await _fetched(info, [Country.from_row(r) for r in rows])

    @strawberry.field(description="Cities in the hub, of one country or of all.")
    async def cities(
        self,
        info: Info,
        country: Annotated[
            strawberry.ID | None, strawberry.argument(description="Only this country's (its id).")
        ] = None,
    ) -> list[City]:
        rows = await reference.cities(info.context.store, country)
        return await _fetched(info, [City.from_row(r) for r in rows])

    @strawberry.field(description="The sector taxonomy.")
    async def sectors(self, info: Info) -> list[Sector]:
        rows = await reference.sectors(info.context.store)
        return await _fetched(info, [Sector.from_row(r) for r in rows])

    @strawberry.field(description="Every programme and event.")
    async def programmes(self, info: Info) -> list[Programme]:
        rows = await reference.programmes(info.context.store)
        return await _fetched(info, [Programme.from_row(r) for r in rows])

    @strawberry.field(description="One country; null if there is none with this id.")
    async def country(self, info: Info, id: LookupId) -> Country | None:
        return await by_id(info, Kind.COUNTRY, id, Country)

    @strawberry.field(description="One city; null if there is none with this id.")
    async def city(self, info: Info, id: LookupId) -> City | None:
        return await by_id(info, Kind.CITY, id, City)

    @strawberry.field(description="One sector; null if there is none with this id.")
    async def sector(self, info: Info, id: LookupId) -> Sector | None:
        return await by_id(info, Kind.SECTOR, id, Sector)

    @strawberry.field(description="One programme; null if there is none with this id.")
    async def programme(self, info: Info, id: LookupId) -> Programme | None:
        return await by_id(info, Kind.PROGRAMME, id, Programme)


T = TypeVar("T", bound=Node)


async def _fetched(info: Info, nodes: list[T]) -> list[T]:
    """The nodes, with the relation fields the query selects on them fetched ahead."""
    await prefetch(info, nodes, selected(info))
    return nodes
