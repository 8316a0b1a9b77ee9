"""Introductions: request, review, answer, meet, record the outcome; read them and their feed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Direction, Purpose, State
from hub.api.core.node import LookupId
from hub.api.core.pagination import (
    After,
    Before,
    Connection,
    First,
    Last,
    Slice,
    filter_values,
    keyed_connection,
    sequenced,
)
from hub.api.core.permissions import Authenticated
from hub.api.introductions.types import Introduction, IntroductionEvent
from hub.domain import introductions as intro
from hub.graph.queries import introduction_lists as lists
from hub.graph.queries import introductions as queries
from hub.graph.store import Row


@strawberry.input(description="Which introductions to list; conditions combine (and).")
class IntroductionFilter:
    party: strawberry.ID | None = strawberry.field(
        default=None, description="Requester or target: this party's id."
    )
    broker: strawberry.ID | None = strawberry.field(
        default=None, description="The brokering organisation's id."
    )
    state: State | None = strawberry.field(
        default=None, description="In this state now (EXPIRED: requests left unanswered)."
    )
    direction: Direction | None = strawberry.field(default=None, description="This direction.")
    purpose: Purpose | None = strawberry.field(default=None, description="This purpose.")


def _cutoff(info: Info) -> str:
    return intro.expiry_cutoff(datetime.now(UTC), info.context.settings.introduction_expiry_days)


@strawberry.type
class IntroductionQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="One introduction, for its parties, its broker and admins (a target sees "
        "it once it is offered); null otherwise.",
    )
    async def introduction(self, info: Info, id: LookupId) -> Introduction | None:
        row = await queries.get(info.context.store, id)
        found = None if row is None else Introduction.build(row, info)
        return found if found is not None and found.visible else None

    @strawberry.field(
        permission_classes=[Authenticated],
        description="The introductions the caller may see (as for `introduction`), newest first.",
    )
    async def introductions(
        self,
        info: Info,
        filter: Annotated[
            IntroductionFilter | None, strawberry.argument(description="Which ones (all: null).")
        ] = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Introduction]:
        store, asked = info.context.store, Slice(first, after, last, before)
        window = asked.window(info.context.settings)
        values = filter_values(filter)
        who, cutoff = info.context.caller, _cutoff(info)
        rows = await lists.page(store, values, who, cutoff, window)
        return keyed_connection(
            rows,
            window,
            asked,
            "requested_at",
            lambda row: Introduction.build(row, info),
            lambda: lists.count(store, values, who, cutoff),
        )

    @strawberry.field(
        permission_classes=[Authenticated],
        description="Every introduction event visible to the key, oldest first: follow changes "
        "by passing the last endCursor as `after` (on an empty page, endCursor stays the cursor "
        "passed).",
    )
    async def introduction_events(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[IntroductionEvent]:
        store, viewer = info.context.store, info.context.caller

        async def fetch(since: int, until: int | None, limit: int, backward: bool) -> list[Row]:
            return await lists.events(store, viewer, since, until, limit, backward)

        asked = Slice(first, after, last, before)
        return await sequenced(asked, info.context.settings, fetch, IntroductionEvent.from_row)
