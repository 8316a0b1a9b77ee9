"""Reference data types: countries, cities, sectors, programmes (public)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from hub.api.context import Info
from hub.api.localized import Locale, LocalizedText, localized, name_of
from hub.api.node import Node, by_id, related, related_one
from hub.domain.vocabulary import Language, Region, TechnoparkStatus
from hub.graph.queries import reference

if TYPE_CHECKING:
    from hub.api.mentors import Mentor
    from hub.api.organisations import Organisation
    from hub.api.startups import Startup

OrganisationRef = Annotated["Organisation", strawberry.lazy("hub.api.organisations")]
StartupRef = Annotated["Startup", strawberry.lazy("hub.api.startups")]
MentorRef = Annotated["Mentor", strawberry.lazy("hub.api.mentors")]

RegionEnum = strawberry.enum(Region, name="Region", description="Which ecosystem a place is in.")
TechnoparkStatusEnum = strawberry.enum(TechnoparkStatus, name="TechnoparkStatus")


@strawberry.type
class Country(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="ISO 3166-1 alpha-2 code.")
    def code(self) -> str:
        return str(self.row["code"])

    @strawberry.field
    def region(self) -> RegionEnum:  # type: ignore[valid-type]
        return Region(self.row["region"])

    @strawberry.field
    async def cities(self, info: Info) -> list[City]:
        return await related(info, "country.cities", self.id, City)


@strawberry.type
class City(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="Whether a Technopark site operates here or is planned.")
    def technopark_status(self) -> TechnoparkStatusEnum | None:  # type: ignore[valid-type]
        status = self.row.get("technopark")
        return TechnoparkStatus(status) if status else None

    @strawberry.field
    async def country(self, info: Info) -> Country | None:
        return await related_one(info, "city.country", self.id, Country)

    @strawberry.field
    async def organisations(self, info: Info) -> list[OrganisationRef]:
        from hub.api.organisations import Organisation

        return await related(info, "city.organisations", self.id, Organisation)

    @strawberry.field
    async def startups(self, info: Info) -> list[StartupRef]:
        from hub.api.startups import Startup

        return await related(info, "city.startups", self.id, Startup)

    @strawberry.field
    async def mentors(self, info: Info) -> list[MentorRef]:
        from hub.api.mentors import Mentor

        return await related(info, "city.mentors", self.id, Mentor)


@strawberry.type(description="A sector of the shared taxonomy, labelled in fr, en and ar.")
class Sector(Node):
    @strawberry.field
    def name(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field
    async def startups(self, info: Info) -> list[StartupRef]:
        from hub.api.startups import Startup

        return await related(info, "sector.startups", self.id, Startup)

    @strawberry.field
    async def mentors(self, info: Info) -> list[MentorRef]:
        from hub.api.mentors import Mentor

        return await related(info, "sector.mentors", self.id, Mentor)


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

    @strawberry.field(description="The organisations that run it.")
    async def operators(self, info: Info) -> list[OrganisationRef]:
        from hub.api.organisations import Organisation

        return await related(info, "programme.operators", self.id, Organisation)

    @strawberry.field
    async def startups(self, info: Info) -> list[StartupRef]:
        from hub.api.startups import Startup

        return await related(info, "programme.startups", self.id, Startup)


@strawberry.type
class ReferenceQuery:
    @strawberry.field
    async def countries(self, info: Info) -> list[Country]:
        return [Country.from_row(r) for r in await reference.countries(info.context.store)]

    @strawberry.field
    async def cities(self, info: Info, country: strawberry.ID | None = None) -> list[City]:
        rows = await reference.cities(info.context.store, country)
        return [City.from_row(r) for r in rows]

    @strawberry.field
    async def sectors(self, info: Info) -> list[Sector]:
        return [Sector.from_row(r) for r in await reference.sectors(info.context.store)]

    @strawberry.field
    async def programmes(self, info: Info) -> list[Programme]:
        return [Programme.from_row(r) for r in await reference.programmes(info.context.store)]

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


__all__ = ["City", "Country", "Language", "Programme", "ReferenceQuery", "Sector"]
