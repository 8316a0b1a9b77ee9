"""Introductions: request, review, answer, meet, record the outcome; read them and their feed."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Direction, Purpose, State
from hub.api.core.pagination import (
    Connection,
    Edge,
    PageInfo,
    cursor_position,
    encode_cursor,
    key_after,
    key_cursor,
    keyed_connection,
    page_size,
)
from hub.api.core.permissions import Authenticated
from hub.api.introductions.types import Introduction, IntroductionEvent
from hub.domain import introductions as intro
from hub.domain.errors import InvalidInput
from hub.graph.queries import introduction_lists as lists
from hub.graph.queries import introductions as queries


@strawberry.input
class IntroductionFilter:
    party: strawberry.ID | None = strawberry.field(default=None, description="Requester or target.")
    broker: strawberry.ID | None = None
    state: State | None = None
    direction: Direction | None = None
    purpose: Purpose | None = None


def _cutoff(info: Info) -> str:
    return intro.expiry_cutoff(datetime.now(UTC), info.context.settings.introduction_expiry_days)


def _seq_cursor(seq: int) -> str:
    return encode_cursor(seq, "seq")


def _after_seq(cursor: str | None) -> int:
    return cursor_position(cursor, "seq") or 0


@strawberry.type
class IntroductionQuery:
    @strawberry.field(permission_classes=[Authenticated])
    async def introduction(self, info: Info, id: strawberry.ID) -> Introduction | None:
        row = await queries.get(info.context.store, id)
        found = None if row is None else Introduction.build(row, info)
        return found if found is not None and found.visible else None

    @strawberry.field(permission_classes=[Authenticated])
    async def introductions(
        self,
        info: Info,
        filter: IntroductionFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Introduction]:
        settings, store = info.context.settings, info.context.store
        size = page_size(first, settings.default_page_size, settings.max_page_size)
        place = key_after(after)
        values = {
            name: (value.value if isinstance(value, Enum) else value)
            for name, value in (strawberry.asdict(filter) if filter else {}).items()
        }
        who, cutoff = info.context.caller, _cutoff(info)
        rows = await lists.page(store, values, who, cutoff, place, size + 1)
        return keyed_connection(
            [Introduction.build(r, info) for r in rows],
            [key_cursor(r.get("requested_at"), r["id"]) for r in rows[:size]],
            place is not None,
            lambda: lists.count(store, values, who, cutoff),
        )

    @strawberry.field(
        permission_classes=[Authenticated],
        description="Every introduction event visible to the key, oldest first: follow changes "
        "by passing the last endCursor as `after`.",
    )
    async def introduction_events(
        self, info: Info, after: str | None = None, first: int | None = None
    ) -> Connection[IntroductionEvent]:
        settings = info.context.settings
        size = page_size(first, settings.default_page_size, settings.max_page_size)
        rows = await lists.events(
            info.context.store, info.context.caller, _after_seq(after), size + 1
        )
        events = [IntroductionEvent.from_row(r) for r in rows]
        edges = [Edge(cursor=_seq_cursor(e.seq), node=e) for e in events[:size]]

        async def no_count() -> int:
            raise InvalidInput("totalCount is not available on the event feed")

        page = PageInfo(
            has_next_page=len(events) > size,
            has_previous_page=after is not None,  # keyset: events before the cursor exist
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else after,
        )
        return Connection(edges=edges, page_info=page, _count=no_count)
