"""Mentors: people who coach startups, on either side of the Mediterranean."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Visibility
from hub.api.core.localized import LocaleArg, LocalizedText, localized
from hub.api.core.node import Node, Relation, relation_field
from hub.api.core.profiles import Contact, contact_of, contact_visibility, profile_visibility
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Sector
from hub.api.startups.types import Startup
from hub.graph.queries.relations import Traversal


@strawberry.type(
    description="A mentor: a person who advises startups. Seen as its profile visibility "
    "allows (absent everywhere else)."
)
class Mentor(Node):
    relations: ClassVar[Mapping[str, Relation]] = {
        "city": Relation(Traversal.MENTOR_CITY, "City", one=True),
        "sectors": Relation(Traversal.MENTOR_SECTORS, "Sector"),
        "affiliations": Relation(Traversal.MENTOR_AFFILIATIONS, "Organisation"),
        "mentees": Relation(Traversal.MENTOR_MENTEES, "Startup"),
    }

    @strawberry.field(description="The mentor's full name.")
    def name(self) -> str:
        return str(self.row["name"])

    @strawberry.field(description="Who they are, in the language asked or the nearest one.")
    def bio(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
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

    city = relation_field(City | None, "The city they are based in.")
    sectors = relation_field(list[Sector], "Sectors of expertise.")
    affiliations = relation_field(list[Organisation], "Organisations they are affiliated with.")
    mentees = relation_field(list[Startup], "Startups they mentor that the caller may see.")
