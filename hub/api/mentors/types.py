"""Mentors: people who coach startups, on either side of the Mediterranean."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Locale, Visibility
from hub.api.core.localized import LocalizedText, localized
from hub.api.core.node import RELATIONS, Node, Relation, by_id, relation_field
from hub.api.core.pagination import Connection, paged
from hub.api.core.profiles import Contact, contact_of, contact_visibility, profile_visibility
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Sector
from hub.api.startups.types import Startup
from hub.graph.queries import filters


@strawberry.type
class Mentor(Node):
    @strawberry.field
    def name(self) -> str:
        return str(self.row["name"])

    @strawberry.field
    def bio(self, info: Info, locale: Locale | None = None) -> LocalizedText | None:
        return localized(self.row, "bio", info, locale)

    @strawberry.field(description="Languages spoken (ISO 639-1 codes).")
    def languages(self) -> list[str]:
        return list(self.row.get("languages") or [])

    @strawberry.field(description="How many startups they mentor at most at a time.")
    def capacity(self) -> int:
        return int(self.row.get("capacity") or 0)

    @strawberry.field(description="Fictional demo data, not a real person.")
    def demo(self) -> bool:
        return bool(self.row.get("demo"))

    @strawberry.field(description="Who may see this profile (public, partners, private).")
    def profile_visibility(self) -> Visibility:
        return profile_visibility(self.row)

    @strawberry.field(
        description="Who, among parties of accepted introductions, may see the "
        "contact: shown to the mentor itself and admins."
    )
    def contact_visibility(self, info: Info) -> Visibility | None:
        return contact_visibility(info, self.id, self.row)

    @strawberry.field(
        description="Shown to the mentor itself, admins and the other party of an "
        "accepted introduction, as its contact visibility allows."
    )
    async def contact(self, info: Info) -> Contact | None:
        return await contact_of(info, self.id, self.row)

    city = relation_field(City | None)
    sectors = relation_field(list[Sector], "Sectors of expertise.")
    affiliations = relation_field(list[Organisation])
    mentees = relation_field(list[Startup])


@strawberry.input
class MentorFilter:
    text: str | None = None
    sector: strawberry.ID | None = None
    city: strawberry.ID | None = None
    country: strawberry.ID | None = None
    organisation: strawberry.ID | None = None
    programme: strawberry.ID | None = None
    language: str | None = None


@strawberry.type
class MentorQuery:
    @strawberry.field
    async def mentor(self, info: Info, id: strawberry.ID) -> Mentor | None:
        return await by_id(info, "Mentor", id, Mentor)

    @strawberry.field
    async def mentors(
        self,
        info: Info,
        filter: MentorFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Mentor]:
        return await paged(info, "Mentor", filters.MENTOR, filter, first, after, Mentor)


RELATIONS["Mentor"] = {
    "city": Relation("mentor.city", "City", one=True),
    "sectors": Relation("mentor.sectors", "Sector"),
    "affiliations": Relation("mentor.affiliations", "Organisation"),
    "mentees": Relation("mentor.mentees", "Startup"),
}
