"""Introductions: request, review, answer, meet, record the outcome; read them and their feed."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Direction, Outcome, Purpose, State
from hub.api.core.pagination import (
    Connection,
    Edge,
    PageInfo,
    connection,
    cursor_position,
    decode_cursor,
    encode_cursor,
    page_size,
)
from hub.api.core.permissions import Authenticated
from hub.api.introductions.stats import IntroductionStatsQuery
from hub.api.introductions.suggestions import IntroductionSuggestionQuery
from hub.api.introductions.types import Introduction, IntroductionEvent
from hub.domain import introductions as intro
from hub.domain.errors import InvalidInput
from hub.domain.introductions import Action
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role
from hub.graph.queries import introduction_lists as lists
from hub.graph.queries import introductions as queries
from hub.graph.store import Row
from hub.services import introductions as flow


def viewer(caller: Caller) -> dict[str, object]:
    """The parameters of `introduction_lists.VISIBLE` for this caller."""
    return {
        "admin": caller.is_admin,
        "me": caller.entity_id,
        "partner": caller.role is Role.PARTNER,
    }


@strawberry.input
class RequestIntroductionInput:
    requester_id: strawberry.ID
    target_id: strawberry.ID
    broker_id: strawberry.ID | None = None
    purpose: Purpose
    message: str
    language: str = strawberry.field(description="The message's language: fr, en or ar.")
    client_key: str | None = strawberry.field(
        default=None, description="Re-sending the same key returns the same introduction."
    )


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
class IntroductionQuery(IntroductionSuggestionQuery, IntroductionStatsQuery):
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
        offset = decode_cursor(after)
        values = {
            name: (value.value if isinstance(value, Enum) else value)
            for name, value in (strawberry.asdict(filter) if filter else {}).items()
        }
        who, cutoff = viewer(info.context.caller), _cutoff(info)
        rows = await lists.page(store, values, who, cutoff, offset, size + 1)
        return connection(
            [Introduction.build(r, info) for r in rows],
            offset,
            size,
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
            info.context.store, viewer(info.context.caller), _after_seq(after), size + 1
        )
        events = [IntroductionEvent.from_row(r) for r in rows]
        edges = [Edge(cursor=_seq_cursor(e.seq), node=e) for e in events[:size]]

        async def no_count() -> int:
            raise InvalidInput("totalCount is not available on the event feed")

        page = PageInfo(
            has_next_page=len(events) > size, end_cursor=edges[-1].cursor if edges else after
        )
        return Connection(edges=edges, page_info=page, _count=no_count)


async def _act(
    info: Info, id: str, action: Action, note: str | None, outcome: Outcome | None = None
) -> Introduction:
    ctx = info.context
    row: Row = await flow.act(ctx.store, ctx.settings, ctx.caller, id, action, note, outcome)
    return Introduction.build(row, info)


@strawberry.type
class IntroductionMutation:
    @strawberry.mutation(permission_classes=[Authenticated])
    async def request_introduction(
        self, info: Info, input: RequestIntroductionInput
    ) -> Introduction:
        ctx = info.context
        req = flow.Request(
            requester_id=input.requester_id,
            target_id=input.target_id,
            broker_id=input.broker_id,
            purpose=Purpose(input.purpose),
            message=input.message,
            language=input.language,
            client_key=input.client_key,
        )
        return Introduction.build(
            await flow.request(ctx.store, ctx.settings, ctx.caller, req), info
        )

    @strawberry.mutation(permission_classes=[Authenticated], description="The broker's review.")
    async def review_introduction(
        self, info: Info, id: strawberry.ID, approve: bool, note: str | None = None
    ) -> Introduction:
        return await _act(info, id, Action.APPROVE if approve else Action.REJECT, note)

    @strawberry.mutation(permission_classes=[Authenticated], description="The target's answer.")
    async def respond_to_introduction(
        self, info: Info, id: strawberry.ID, accept: bool, note: str | None = None
    ) -> Introduction:
        return await _act(info, id, Action.ACCEPT if accept else Action.DECLINE, note)

    @strawberry.mutation(permission_classes=[Authenticated])
    async def withdraw_introduction(
        self, info: Info, id: strawberry.ID, note: str | None = None
    ) -> Introduction:
        return await _act(info, id, Action.WITHDRAW, note)

    @strawberry.mutation(permission_classes=[Authenticated], description="Either party.")
    async def mark_introduction_met(
        self, info: Info, id: strawberry.ID, note: str | None = None
    ) -> Introduction:
        return await _act(info, id, Action.MEET, note)

    @strawberry.mutation(permission_classes=[Authenticated])
    async def record_introduction_outcome(
        self,
        info: Info,
        id: strawberry.ID,
        outcome: Outcome,
        note: str | None = None,
    ) -> Introduction:
        return await _act(info, id, Action.RECORD_OUTCOME, note, Outcome(outcome))
