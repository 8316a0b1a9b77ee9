"""Mentor queries: one by id, and the filtered list."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import by_id
from hub.api.core.pagination import After, Before, Connection, First, Last, Slice, paged
from hub.api.mentors.types import Mentor
from hub.domain.vocabulary import Kind


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
        return await by_id(info, Kind.MENTOR, id, Mentor)

    @strawberry.field
    async def mentors(
        self,
        info: Info,
        filter: MentorFilter | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Mentor]:
        return await paged(info, Kind.MENTOR, filter, Slice(first, after, last, before), Mentor)
