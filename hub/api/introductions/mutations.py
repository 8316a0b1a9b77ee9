"""Introductions' mutations: request, review, answer, withdraw, meet, record the outcome
(hub.services.introductions)."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Outcome, Purpose
from hub.api.core.permissions import Authenticated
from hub.api.introductions.types import Introduction
from hub.domain.introductions import Action
from hub.services import introductions as use_cases


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


async def _act(
    info: Info, id: str, action: Action, note: str | None, outcome: Outcome | None = None
) -> Introduction:
    ctx = info.context
    row = await use_cases.act(ctx.store, ctx.settings, ctx.caller, id, action, note, outcome)
    return Introduction.build(row, info)


@strawberry.type
class IntroductionMutation:
    @strawberry.mutation(permission_classes=[Authenticated])
    async def request_introduction(
        self, info: Info, input: RequestIntroductionInput
    ) -> Introduction:
        ctx = info.context
        req = use_cases.Request(
            requester_id=input.requester_id,
            target_id=input.target_id,
            broker_id=input.broker_id,
            purpose=Purpose(input.purpose),
            message=input.message,
            language=input.language,
            client_key=input.client_key,
        )
        return Introduction.build(
            await use_cases.request(ctx.store, ctx.settings, ctx.caller, req), info
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
