"""Startups: profiles, where they are, who hosts and mentors them, what they seek and offer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, ClassVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage, Visibility
from hub.api.core.formatted import Money, money_of
from hub.api.core.localized import LocaleArg, LocalizedText, localized
from hub.api.core.node import (
    Node,
    Primed,
    Relation,
    related,
    relation_field,
)
from hub.api.core.profiles import Contact, contact_of, contact_visibility, profile_visibility
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Country, Programme, Sector
from hub.api.settlement.types import SettlementJourney, journeys_of_startup
from hub.graph.queries.relations import Traversal

if TYPE_CHECKING:
    from hub.api.mentors.types import Mentor

MentorRef = Annotated["Mentor", strawberry.lazy("hub.api.mentors.types")]


@strawberry.type(description="A startup's place in a programme cohort.")
class ProgrammeMembership:
    programme: Programme = strawberry.field(description="The programme or event.")
    cohort: str | None = strawberry.field(description="The cohort or batch.")
    year: int | None = strawberry.field(description="The cohort's year.")


@strawberry.type(description="A market a startup targets: a city or a whole country.")
class TargetMarkets:
    cities: list[City] = strawberry.field(description="Cities targeted.")
    countries: list[Country] = strawberry.field(description="Whole countries targeted.")


@strawberry.type(
    description="A startup of either ecosystem. Seen as its profile visibility allows "
    "(absent everywhere else); its contact as its contact visibility allows."
)
class Startup(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "city": Relation(Traversal.STARTUP_CITY, "City", one=True),
        "hosts": Relation(Traversal.STARTUP_HOSTS, "Organisation"),
        "sectors": Relation(Traversal.STARTUP_SECTORS, "Sector"),
        "diasporaOrigin": Relation(Traversal.STARTUP_DIASPORA_ORIGIN, "Country", one=True),
        "mentors": Relation(Traversal.STARTUP_MENTORS, "Mentor"),
    }
    primed: ClassVar[Mapping[str, Primed]] = {
        "settlementJourneys": Primed(
            Traversal.STARTUP_SETTLEMENT_JOURNEYS,
            lambda info: info.context.loaders.settlement.journeys_of_startup,
            "SettlementJourney",
        ),
    }

    @strawberry.field(description="The startup's name.")
    def name(self) -> str:
        return str(self.row["name"])

    @strawberry.field(description="What it does, in the language asked or the nearest one.")
    def description(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return localized(self.row, "description", info, locale)

    @strawberry.field(description="Where it is on Technopark's path.")
    def stage(self) -> Stage:
        return Stage(self.row["stage"])

    @strawberry.field(description="The year it was founded.")
    def founded_year(self) -> int | None:
        return self.row.get("founded_year")

    @strawberry.field(description="Its website.")
    def website(self) -> str | None:
        return self.row.get("website")

    @strawberry.field(description="Languages the team works in (ISO 639-1 codes).")
    def languages(self) -> list[str]:
        return list(self.row.get("languages") or [])

    @strawberry.field(description="What the startup is looking for.")
    def seeks(self) -> list[Purpose]:
        return [Purpose(p) for p in self.row.get("seeks") or []]

    @strawberry.field(description="What the startup can offer others.")
    def offers(self) -> list[Purpose]:
        return [Purpose(p) for p in self.row.get("offers") or []]

    @strawberry.field(description="How much the startup is raising (amount, currency, display).")
    def funding_sought(self) -> Money | None:
        return money_of(self.row, "funding_sought")

    @strawberry.field(description="Fictional demo data, not a real company.")
    def demo(self) -> bool:
        return bool(self.row.get("demo"))

    @strawberry.field(description="Who may see this profile (public, partners, private).")
    def profile_visibility(self) -> Visibility:
        return profile_visibility(self.row)

    @strawberry.field(
        description="Who, among parties of accepted introductions, may see the "
        "contact: shown to the startup itself and admins."
    )
    def contact_visibility(self, info: Info) -> Visibility | None:
        return contact_visibility(info, self.id, self.row)

    @strawberry.field(
        description="Shown to the startup itself, admins and the other party of an "
        "accepted introduction, as its contact visibility allows."
    )
    async def contact(self, info: Info) -> Contact | None:
        return await contact_of(info, self.id, self.row)

    city = relation_field(City | None, "Home city.")
    hosts = relation_field(
        list[Organisation], "Organisations hosting it (a Technopark site, an incubator)."
    )
    sectors = relation_field(list[Sector], "Its sectors.")

    @strawberry.field(description="Markets it targets.")
    async def targets(self, info: Info) -> TargetMarkets:
        return TargetMarkets(
            cities=await related(info, Traversal.STARTUP_TARGET_CITIES, self.id, City),
            countries=await related(info, Traversal.STARTUP_TARGET_COUNTRIES, self.id, Country),
        )

    diaspora_origin = relation_field(
        Country | None, "For diaspora founders: the country of origin."
    )

    @strawberry.field(description="Its programme and event cohorts, every year kept.")
    async def programmes(self, info: Info) -> list[ProgrammeMembership]:
        rows = await info.context.loaders.neighbours(Traversal.STARTUP_PROGRAMMES).load(self.id)
        return [
            ProgrammeMembership(
                programme=Programme.from_row(row),
                cohort=row["link"].get("cohort"),
                year=row["link"].get("year"),
            )
            for row in rows
        ]

    mentors = relation_field(list[MentorRef], "Its mentors the caller may see.")

    @strawberry.field(description="Soft-landing journeys (admins, the startup, hosts, mentors).")
    async def settlement_journeys(self, info: Info) -> list[SettlementJourney]:
        return await journeys_of_startup(info, self.id)
