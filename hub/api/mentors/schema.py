"""Mentor queries: one by id, and the filtered list."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import LookupId, by_id
from hub.api.core.pagination import (
    TEXT,
    After,
    Before,
    Connection,
    First,
    Last,
    Slice,
    criterion,
    paged,
)
from hub.api.mentors.types import Mentor
from hub.domain.vocabulary import Kind


@strawberry.input(description="Which mentors to list; conditions combine (and).")
class MentorFilter:
    text: str | None = criterion(TEXT)
    sector: strawberry.ID | None = criterion("Expert in this sector (its id).")
    city: strawberry.ID | None = criterion("Based in this city (its id).")
    country: strawberry.ID | None = criterion("Based in a city of this country (its id).")
    organisation: strawberry.ID | None = criterion("Affiliated with this organisation (its id).")
    programme: strawberry.ID | None = criterion("Mentoring a startup of this programme (its id).")
    language: str | None = criterion("Mentors in this language: fr, en or ar.")


@strawberry.type
class MentorQuery:
    @strawberry.field(
        description="A mentor, if its profile's visibility lets the caller see it; null otherwise."
    )
    async def mentor(self, info: Info, id: LookupId) -> Mentor | None:
        return await by_id(info, Kind.MENTOR, id, Mentor)

    @strawberry.field(
        description="Mentors the caller may see, by name (folded), with their total count."
    )
    async def mentors(
        self,
        info: Info,
        filter: Annotated[
            MentorFilter | None, strawberry.argument(description="Which ones (all: null).")
        ] = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Mentor]:
        return await paged(info, Kind.MENTOR, filter, Slice(first, after, last, before), Mentor)
