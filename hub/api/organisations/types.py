"""Organisations: Technopark sites, incubators, public bodies, funders, events, firms, networks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, ClassVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
from hub.api.core.localized import LocaleArg, LocalizedText, localized, name_of
from hub.api.core.node import Node, Relation, relation_field
from hub.api.reference.types import City, Programme
from hub.graph.queries.relations import Traversal

if TYPE_CHECKING:
    from hub.api.mentors.types import Mentor
    from hub.api.startups.types import Startup

StartupRef = Annotated["Startup", strawberry.lazy("hub.api.startups.types")]
MentorRef = Annotated["Mentor", strawberry.lazy("hub.api.mentors.types")]


@strawberry.type(description="A partnership agreement between two organisations.")
class Partnership:
    organisation: Organisation = strawberry.field(description="The partner organisation.")
    since: int | None = strawberry.field(description="The year the partnership started.")
    agreement: str | None = strawberry.field(description="The agreement it rests on.")


@strawberry.type(
    description="A partner organisation: a Technopark site, an incubator, a public body, a "
    "funder, an event, a company or a network. Organisations are public."
)
class Organisation(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "city": Relation(Traversal.ORGANISATION_CITY, "City", one=True),
        "programmes": Relation(Traversal.ORGANISATION_PROGRAMMES, "Programme"),
        "hostedStartups": Relation(Traversal.ORGANISATION_HOSTED, "Startup"),
        "mentors": Relation(Traversal.ORGANISATION_MENTORS, "Mentor"),
    }

    @strawberry.field(description="Its name, in the language asked or the nearest one.")
    def name(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        return name_of(self.row, info, locale)

    @strawberry.field(description="What kind of organisation it is.")
    def kind(self) -> OrganisationKind:
        return OrganisationKind(self.row["kind"])

    @strawberry.field(description="What it does, in the language asked or the nearest one.")
    def description(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return localized(self.row, "description", info, locale)

    @strawberry.field(description="Its website.")
    def website(self) -> str | None:
        return self.row.get("website")

    @strawberry.field(description="Working languages (ISO 639-1 codes).")
    def languages(self) -> list[str]:
        return list(self.row.get("languages") or [])

    city = relation_field(City | None, "The city it is based in.")

    @strawberry.field(description="Its partnerships both sides accepted.")
    async def partners(self, info: Info) -> list[Partnership]:
        rows = await info.context.loaders.neighbours(Traversal.ORGANISATION_PARTNERS).load(self.id)
        return [
            Partnership(
                organisation=Organisation.from_row(row),
                since=row["link"].get("since"),
                agreement=row["link"].get("agreement"),
            )
            for row in rows
        ]

    programmes = relation_field(list[Programme], "Programmes this organisation runs.")
    hosted_startups = relation_field(list[StartupRef], "Startups this organisation hosts.")
    mentors = relation_field(list[MentorRef], "Mentors affiliated with this organisation.")
