"""Reference data types: countries, cities, sectors, programmes (public)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, TypeVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Locale, Region, TechnoparkStatus
from hub.api.core.localized import LocalizedText, localized, name_of
from hub.api.core.node import RELATIONS, Node, Relation, by_id, prefetch, relation_field, selected
from hub.domain.vocabulary import Language
from hub.graph.queries import reference

if TYPE_CHECKING:
    from hub.api.mentors.types import Mentor
    from hub.api.organisations.types import Organisation
    from hub.api.startups.types import Startup

OrganisationRef = Annotated["Organisation", strawberry.lazy("hub.api.organisations.types")]
StartupRef = Annotated["Startup", strawberry.lazy("hub.api.startups.types")]
MentorRef = Annotated["Mentor", strawberry.lazy("hub.api.mentors.types")]
CityRef = Annotated["City", strawberry.lazy("hub.api.reference.types")]  # defined below Country


@strawberry.type
class Country(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="ISO 3166-1 alpha-2 code.")
    def code(self) -> str:
        return str(self.row["code"])

    @strawberry.field
    def region(self) -> Region:
        return Region(self.row["region"])

    cities = relation_field(list[CityRef])


@strawberry.type
class City(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="Whether a Technopark site operates here or is planned.")
    def technopark_status(self) -> TechnoparkStatus | None:
        status = self.row.get("technopark")
        return TechnoparkStatus(status) if status else None

    country = relation_field(Country | None)
    organisations = relation_field(list[OrganisationRef])
    startups = relation_field(list[StartupRef])
    mentors = relation_field(list[MentorRef])


@strawberry.type(description="A sector of the shared taxonomy, labelled in fr, en and ar.")
class Sector(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    startups = relation_field(list[StartupRef])
    mentors = relation_field(list[MentorRef])


@strawberry.type(description="A programme (MIT Africa, Boost Up Lab, a delegation…).")
class Programme(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field
    def description(self, info: Info, locale: Locale | None = None) -> LocalizedText | None:
        return localized(self.row, "description", info, locale)

    @strawberry.field
    def website(self) -> str | None:
        return self.row.get("website")

    operators = relation_field(list[OrganisationRef], "The organisations that run it.")
    startups = relation_field(list[StartupRef])


@strawberry.type
class ReferenceQuery:
    @strawberry.field
    async def countries(self, info: Info) -> list[Country]:
        rows = await reference.countries(info.context.store)
        return await _fetched(info, [Country.from_row(r) for r in rows])

    @strawberry.field
    async def cities(self, info: Info, country: strawberry.ID | None = None) -> list[City]:
        rows = await reference.cities(info.context.store, country)
        return await _fetched(info, [City.from_row(r) for r in rows])

    @strawberry.field
    async def sectors(self, info: Info) -> list[Sector]:
        rows = await reference.sectors(info.context.store)
        return await _fetched(info, [Sector.from_row(r) for r in rows])

    @strawberry.field
    async def programmes(self, info: Info) -> list[Programme]:
        rows = await reference.programmes(info.context.store)
        return await _fetched(info, [Programme.from_row(r) for r in rows])

    @strawberry.field
    async def country(self, info: Info, id: strawberry.ID) -> Country | None:
        return await by_id(info, "Country", id, Country)

    @strawberry.field
    async def city(self, info: Info, id: strawberry.ID) -> City | None:
        return await by_id(info, "City", id, City)

    @strawberry.field
    async def sector(self, info: Info, id: strawberry.ID) -> Sector | None:
        return await by_id(info, "Sector", id, Sector)

    @strawberry.field
    async def programme(self, info: Info, id: strawberry.ID) -> Programme | None:
        return await by_id(info, "Programme", id, Programme)


T = TypeVar("T", bound=Node)


async def _fetched(info: Info, nodes: list[T]) -> list[T]:
    """The nodes, with the relation fields the query selects on them fetched ahead."""
    await prefetch(info, nodes, selected(info))
    return nodes


RELATIONS["Country"] = {"cities": Relation("country.cities", "City")}
RELATIONS["City"] = {
    "country": Relation("city.country", "Country", one=True),
    "organisations": Relation("city.organisations", "Organisation"),
    "startups": Relation("city.startups", "Startup"),
    "mentors": Relation("city.mentors", "Mentor"),
}
RELATIONS["Sector"] = {
    "startups": Relation("sector.startups", "Startup"),
    "mentors": Relation("sector.mentors", "Mentor"),
}
RELATIONS["Programme"] = {
    "operators": Relation("programme.operators", "Organisation"),
    "startups": Relation("programme.startups", "Startup"),
}

__all__ = ["City", "Country", "Language", "Programme", "ReferenceQuery", "Sector"]
