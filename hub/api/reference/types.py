"""Reference data types: countries, cities, sectors, programmes (public)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, ClassVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Region, TechnoparkStatus
from hub.api.core.localized import LocaleArg, LocalizedText, localized, name_of
from hub.api.core.node import Node, Relation, relation_field
from hub.domain.vocabulary import Language
from hub.graph.queries.relations import Traversal

if TYPE_CHECKING:
    from hub.api.mentors.types import Mentor
    from hub.api.organisations.types import Organisation
    from hub.api.startups.types import Startup

OrganisationRef = Annotated["Organisation", strawberry.lazy("hub.api.organisations.types")]
StartupRef = Annotated["Startup", strawberry.lazy("hub.api.startups.types")]
MentorRef = Annotated["Mentor", strawberry.lazy("hub.api.mentors.types")]
CityRef = Annotated["City", strawberry.lazy("hub.api.reference.types")]  # defined below Country


@strawberry.type(description="A country of either ecosystem (reference data, public).")
class Country(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "cities": Relation(Traversal.COUNTRY_CITIES, "City")
    }

    @strawberry.field(description="Its name, in the language asked or the nearest one.")
    def name(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="ISO 3166-1 alpha-2 code.")
    def code(self) -> str:
        return str(self.row["code"])

    @strawberry.field(description="Which ecosystem it belongs to.")
    def region(self) -> Region:
        return Region(self.row["region"])

    cities = relation_field(list[CityRef], "Its cities in the hub.")


@strawberry.type(description="A city where startups, mentors and organisations are (public).")
class City(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "country": Relation(Traversal.CITY_COUNTRY, "Country", one=True),
        "organisations": Relation(Traversal.CITY_ORGANISATIONS, "Organisation"),
        "startups": Relation(Traversal.CITY_STARTUPS, "Startup"),
        "mentors": Relation(Traversal.CITY_MENTORS, "Mentor"),
    }

    @strawberry.field(description="Its name, in the language asked or the nearest one.")
    def name(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="Whether a Technopark site operates here or is planned.")
    def technopark_status(self) -> TechnoparkStatus | None:
        status = self.row.get("technopark")
        return TechnoparkStatus(status) if status else None

    country = relation_field(Country | None, "The country it is in.")
    organisations = relation_field(list[OrganisationRef], "Organisations based here.")
    startups = relation_field(list[StartupRef], "Startups based here that the caller may see.")
    mentors = relation_field(list[MentorRef], "Mentors based here that the caller may see.")


@strawberry.type(description="A sector of the shared taxonomy, labelled in fr, en and ar.")
class Sector(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "startups": Relation(Traversal.SECTOR_STARTUPS, "Startup"),
        "mentors": Relation(Traversal.SECTOR_MENTORS, "Mentor"),
    }

    @strawberry.field(description="Its name, in the language asked or the nearest one.")
    def name(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    startups = relation_field(list[StartupRef], "Startups in it that the caller may see.")
    mentors = relation_field(list[MentorRef], "Mentors expert in it that the caller may see.")


@strawberry.type(description="A programme (MIT Africa, Boost Up Lab, a delegation…).")
class Programme(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "operators": Relation(Traversal.PROGRAMME_OPERATORS, "Organisation"),
        "startups": Relation(Traversal.PROGRAMME_STARTUPS, "Startup"),
    }

    @strawberry.field(description="Its name, in the language asked or the nearest one.")
    def name(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="What it offers, in the language asked or the nearest one.")
    def description(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return localized(self.row, "description", info, locale)

    @strawberry.field(description="Its website.")
    def website(self) -> str | None:
        return self.row.get("website")

    operators = relation_field(list[OrganisationRef], "The organisations that run it.")
    startups = relation_field(
        list[StartupRef], "Startups enrolled in it (any cohort) that the caller may see."
    )


__all__ = ["City", "Country", "Language", "Programme", "Sector"]
