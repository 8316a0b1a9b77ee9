"""Organisation queries: one by id, and the filtered list."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
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
from hub.api.organisations.types import Organisation
from hub.domain.vocabulary import Kind


@strawberry.input(description="Which organisations to list; conditions combine (and).")
class OrganisationFilter:
    text: str | None = criterion(TEXT)
    kind: OrganisationKind | None = criterion("Of this kind.")
    city: strawberry.ID | None = criterion("Based in this city (its id).")
    country: strawberry.ID | None = criterion("Based in a city of this country (its id).")
    programme: strawberry.ID | None = criterion("Running this programme (its id).")
    language: str | None = criterion("Working in this language: fr, en or ar.")
    partner: strawberry.ID | None = criterion("A partner of this organisation (its id).")


@strawberry.type
class OrganisationQuery:
    @strawberry.field(description="A partner organisation (organisations are public).")
    async def organisation(self, info: Info, id: LookupId) -> Organisation | None:
        return await by_id(info, Kind.ORGANISATION, id, Organisation)

    @strawberry.field(description="Organisations, by name (folded), with their total count.")
    async def organisations(
        self,
        info: Info,
        filter: Annotated[
            OrganisationFilter | None, strawberry.argument(description="Which ones (all: null).")
        ] = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Organisation]:
        asked = Slice(first, after, last, before)
        return await paged(info, Kind.ORGANISATION, filter, asked, Organisation)
