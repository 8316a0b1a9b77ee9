"""Introductions' mutations: request, review, answer, withdraw, meet, record the outcome
(hub.services.introductions)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Outcome, Purpose
from hub.api.core.permissions import Authenticated
from hub.api.introductions.types import Introduction
from hub.domain.introductions import Action
from hub.services import introductions as use_cases

#: The introduction a mutation acts on, and the note that may go with the act.
IntroductionId = Annotated[strawberry.ID, strawberry.argument(description="The introduction.")]
Note = Annotated[
    str | None,
    strawberry.argument(description="A note for the parties, kept in the introduction's events."),
]


@strawberry.input(description="Who asks to meet whom, for what, and through whom.")
class RequestIntroductionInput:
    requester_id: strawberry.ID = strawberry.field(
        description="The party asking: the caller's own startup or mentor, or a startup its "
        "organisation hosts (partner keys)."
    )
    target_id: strawberry.ID = strawberry.field(
        description="The startup, mentor or organisation to be introduced to."
    )
    broker_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="An organisation asked to review and pass the request on (the request "
        "starts REQUESTED); without one it goes straight to the target (OFFERED).",
    )
    purpose: Purpose = strawberry.field(description="What the introduction is for.")
    message: str = strawberry.field(
        description="Why the requester wants to meet (1 to 4000 characters), shown to the "
        "broker and the target."
    )
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
    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Ask for an introduction; re-sending the same `clientKey` returns the same "
        "one. A target waits on at most 10 pending requests (a setting); more are refused.",
    )
    async def request_introduction(
        self,
        info: Info,
        input: Annotated[RequestIntroductionInput, strawberry.argument(description="The request.")],
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

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="The broker's review of a REQUESTED introduction: approved, it is OFFERED "
        "to the target; declined, it ends (BROKER_DECLINED).",
    )
    async def review_introduction(
        self,
        info: Info,
        id: IntroductionId,
        approve: Annotated[
            bool, strawberry.argument(description="True: pass it on; false: decline.")
        ],
        note: Note = None,
    ) -> Introduction:
        return await _act(info, id, Action.APPROVE if approve else Action.REJECT, note)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="The target's answer to an OFFERED introduction: accepted, both parties "
        "see the contacts each chose to share.",
    )
    async def respond_to_introduction(
        self,
        info: Info,
        id: IntroductionId,
        accept: Annotated[bool, strawberry.argument(description="True: yes; false: no.")],
        note: Note = None,
    ) -> Introduction:
        return await _act(info, id, Action.ACCEPT if accept else Action.DECLINE, note)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="The requester withdraws a request not yet met (REQUESTED, OFFERED or "
        "ACCEPTED).",
    )
    async def withdraw_introduction(
        self, info: Info, id: IntroductionId, note: Note = None
    ) -> Introduction:
        return await _act(info, id, Action.WITHDRAW, note)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Either party records that an ACCEPTED introduction led to a meeting.",
    )
    async def mark_introduction_met(
        self, info: Info, id: IntroductionId, note: Note = None
    ) -> Introduction:
        return await _act(info, id, Action.MEET, note)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="A party or the broker records what a MET introduction led to (it is "
        "then CONCLUDED).",
    )
    async def record_introduction_outcome(
        self,
        info: Info,
        id: IntroductionId,
        outcome: Annotated[Outcome, strawberry.argument(description="What it led to.")],
        note: Note = None,
    ) -> Introduction:
        return await _act(info, id, Action.RECORD_OUTCOME, note, Outcome(outcome))
