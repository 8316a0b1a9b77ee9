"""Organisation queries: one by id, and the filtered list."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
from hub.api.core.node import by_id
from hub.api.core.pagination import After, Before, Connection, First, Last, Slice, paged
from hub.api.organisations.types import Organisation
from hub.domain.vocabulary import Kind


@strawberry.input
class OrganisationFilter:
    text: str | None = None
    kind: OrganisationKind | None = None
    city: strawberry.ID | None = None
    country: strawberry.ID | None = None
    programme: strawberry.ID | None = None
    language: str | None = None
    partner: strawberry.ID | None = None


@strawberry.type
class OrganisationQuery:
    @strawberry.field
    async def organisation(self, info: Info, id: strawberry.ID) -> Organisation | None:
        return await by_id(info, Kind.ORGANISATION, id, Organisation)

    @strawberry.field
    async def organisations(
        self,
        info: Info,
        filter: OrganisationFilter | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Organisation]:
        asked = Slice(first, after, last, before)
        return await paged(info, Kind.ORGANISATION, filter, asked, Organisation)
