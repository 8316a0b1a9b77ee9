"""Startup queries: one by id, and the filtered list."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage
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
from hub.api.startups.types import Startup
from hub.domain.vocabulary import Kind


@strawberry.input(description="Which startups to list; conditions combine (and).")
class StartupFilter:
    text: str | None = criterion(TEXT)
    sector: strawberry.ID | None = criterion("In this sector (its id).")
    city: strawberry.ID | None = criterion("Based in this city (its id).")
    country: strawberry.ID | None = criterion("Based in a city of this country (its id).")
    programme: strawberry.ID | None = criterion(
        "Enrolled in this programme or event cohort (its id)."
    )
    host: strawberry.ID | None = criterion("Hosted by this organisation (its id).")
    language: str | None = criterion("Working in this language: fr, en or ar.")
    stage: Stage | None = criterion("At this stage.")
    seeks: Purpose | None = criterion("Seeking this.")
    offers: Purpose | None = criterion("Offering this.")
    targets: strawberry.ID | None = criterion("Targeting this city or country (its id).")
    diaspora: strawberry.ID | None = criterion("Founded by the diaspora of this country (its id).")


@strawberry.type
class StartupQuery:
    @strawberry.field(
        description="A startup, if its profile's visibility lets the caller see it; null otherwise."
    )
    async def startup(self, info: Info, id: LookupId) -> Startup | None:
        return await by_id(info, Kind.STARTUP, id, Startup)

    @strawberry.field(
        description="Startups the caller may see, by name (folded), with their total count."
    )
    async def startups(
        self,
        info: Info,
        filter: Annotated[
            StartupFilter | None, strawberry.argument(description="Which ones (all: null).")
        ] = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Startup]:
        return await paged(info, Kind.STARTUP, filter, Slice(first, after, last, before), Startup)
