"""Startup queries: one by id, and the filtered list."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage
from hub.api.core.node import by_id
from hub.api.core.pagination import After, Before, Connection, First, Last, Slice, paged
from hub.api.startups.types import Startup
from hub.domain.vocabulary import Kind


@strawberry.input
class StartupFilter:
    text: str | None = None
    sector: strawberry.ID | None = None
    city: strawberry.ID | None = None
    country: strawberry.ID | None = None
    programme: strawberry.ID | None = None
    host: strawberry.ID | None = None
    language: str | None = None
    stage: Stage | None = None
    seeks: Purpose | None = None
    offers: Purpose | None = None
    targets: strawberry.ID | None = strawberry.field(
        default=None, description="A city or country id the startup targets."
    )
    diaspora: strawberry.ID | None = strawberry.field(
        default=None, description="Diaspora founders from this country."
    )


@strawberry.type
class StartupQuery:
    @strawberry.field
    async def startup(self, info: Info, id: strawberry.ID) -> Startup | None:
        return await by_id(info, Kind.STARTUP, id, Startup)

    @strawberry.field
    async def startups(
        self,
        info: Info,
        filter: StartupFilter | None = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Startup]:
        return await paged(info, Kind.STARTUP, filter, Slice(first, after, last, before), Startup)
