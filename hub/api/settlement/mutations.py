"""Starting journeys, updating their steps (optimistic concurrency), revising templates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Responsible, StepStatus
from hub.api.core.permissions import AdminOnly, Authenticated
from hub.api.settlement.loaders import loaders
from hub.api.settlement.types import SettlementJourney, SettlementStep, SettlementTemplate
from hub.domain import settlement_journey as journeys
from hub.domain.errors import Conflict, InvalidInput, NotFound
from hub.domain.ids import check_slug, new_id, now_iso
from hub.domain.keys import Caller
from hub.domain.settlement import StepSpec, TemplateSpec
from hub.graph.queries import settlement as queries
from hub.graph.queries import settlement_templates as template_queries
from hub.graph.store import UniqueViolation
from hub.services.settlement import save_template


@strawberry.input
class TemplateStepInput:
    key: str
    title_fr: str
    title_en: str
    title_ar: str
    description_fr: str
    description_en: str
    description_ar: str
    responsible: Responsible
    typical_days: int
    documents: list[str] = strawberry.field(default_factory=list)
    requires: list[str] = strawberry.field(default_factory=list)
    validity_days: int | None = None


@strawberry.input(description="A template; saving a key that exists creates its next version.")
class SettlementTemplateInput:
    key: str
    country_id: strawberry.ID
    city_id: strawberry.ID | None = None
    steps: list[TemplateStepInput]
    sources: list[str] = strawberry.field(default_factory=list)


def _spec(data: SettlementTemplateInput) -> TemplateSpec:
    steps = tuple(
        StepSpec(
            key=check_slug(s.key, "key"),
            title={"fr": s.title_fr, "en": s.title_en, "ar": s.title_ar},
            description={
                "fr": s.description_fr,
                "en": s.description_en,
                "ar": s.description_ar,
            },
            responsible=Responsible(s.responsible),
            typical_days=s.typical_days,
            documents=tuple(s.documents),
            requires=tuple(s.requires),
            validity_days=s.validity_days,
        )
        for s in data.steps
    )
    return TemplateSpec(
        check_slug(data.key, "key"),
        str(data.country_id),
        str(data.city_id) if data.city_id else None,
        0,
        steps,
        tuple(data.sources),
    )


def _text_limits(*texts: str | None) -> None:
    if any(t is not None and len(t) > 2000 for t in texts):
        raise InvalidInput("notes and reasons are limited to 2000 characters", field="note")


def _evidence(url: str | None) -> str | None:
    if url is not None and (not url.startswith(("https://", "http://")) or len(url) > 2000):
        raise InvalidInput("evidenceUrl must be an http(s) URL", field="evidenceUrl")
    return url


def _event(
    caller: Caller, step_id: str, expected: int, plan: journeys.Plan, now: str, note: str | None
) -> dict[str, Any]:
    event = {
        "id": new_id(),
        "seq": f"{step_id}@{expected}",
        "at": now,
        "created_at": now,
        "by_role": caller.role.value if caller.role else None,
        "by_id": caller.entity_id or caller.key_id,
        "from_status": plan.from_status.value,
        "to_status": plan.to_status.value,
        "version": expected + 1,
        "reason": plan.reason,
        "note": note,
    }
    return {k: v for k, v in event.items() if v is not None}


@strawberry.type
class SettlementMutation:
    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Admins, the startup and partners hosting it; one step per template step.",
    )
    async def start_settlement(
        self,
        info: Info,
        startup_id: strawberry.ID,
        destination_id: strawberry.ID,
        template_id: strawberry.ID | None = None,
    ) -> SettlementJourney:
        store, caller = info.context.store, info.context.caller
        found = await queries.start_context(store, startup_id, destination_id)
        if found["startup"] is None:
            raise NotFound("no startup with id {id}", id=startup_id)
        journeys.require_may_start(caller, startup_id, found["hosts"])
        if found["destination"] is None:
            raise NotFound("no city or country with id {id}", id=destination_id)
        city = destination_id if found["country_of_city"] else None
        country = found["country_of_city"] or destination_id
        template = journeys.choose_template(
            await template_queries.templates(store, country), city, country, template_id
        )
        steps = await loaders(info).template_steps.load(template["id"])
        now = now_iso()
        journey = {
            "id": new_id(),
            "status": "active",
            "started_at": now,
            "created_at": now,
            "updated_at": now,
        }
        rows = [
            {
                "id": new_id(),
                "key": s["key"],
                "status": StepStatus.TODO.value,
                "version": 0,
                "created_at": now,
            }
            for s in steps
        ]
        try:
            created = await queries.start_journey(
                store, journey, startup_id, destination_id, template["id"], rows
            )
        except UniqueViolation:  # a concurrent start won
            created = None
        if created is None:
            if await queries.active_journey(store, startup_id, destination_id):
                raise Conflict(
                    "{startup} already has an active journey to {destination}",
                    startup=startup_id,
                    destination=destination_id,
                )
            raise Conflict("the journey could not be started; try again")
        row = (await queries.journeys_by_ids(store, [created["id"]]))[created["id"]]
        return SettlementJourney.from_row(row)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Admins, the startup, "
        "partners hosting it, and a mentor assigned to the step. A stale "
        "expectedVersion is a CONFLICT.",
    )
    async def update_settlement_step(
        self,
        info: Info,
        step_id: strawberry.ID,
        expected_version: int,
        status: StepStatus | None = None,
        reason: str | None = None,
        note: str | None = None,
        evidence_url: str | None = None,
        assignee_id: strawberry.ID | None = None,
        due_date: date | None = None,
        helped_by_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="An organisation or introduction that helped."),
        ] = None,
    ) -> SettlementStep:
        store, caller = info.context.store, info.context.caller
        context = await queries.step_context(store, step_id, assignee_id, helped_by_id)
        if context is None:
            raise NotFound("no settlement step with id {id}", id=step_id)
        journeys.require_may_update(
            caller, context["startup"], context["hosts"], context["assignees"]
        )
        stale = journeys.explain_failure(
            context, step_id, expected_version, None, assignee_id, helped_by_id
        )
        if stale is not None:  # a missing assignee/helper, or a stale version: CONFLICT first
            raise stale
        now = now_iso()
        today = datetime.now(UTC).date()
        _text_limits(reason, note)
        plan = journeys.plan_update(
            context["step"],
            StepStatus(status) if status else None,
            reason,
            context["validity_days"],
            today,
        )
        error = journeys.explain_failure(
            context, step_id, expected_version, plan, assignee_id, helped_by_id
        )
        if error is not None:
            raise error
        params = {
            "id": step_id,
            "expected": expected_version,
            "from": plan.from_status.value,
            "to": plan.to_status.value,
            "needs_prerequisites": plan.needs_prerequisites,
            "reason": plan.reason,
            "note": note,
            "evidence_url": _evidence(evidence_url),
            "due_date": due_date.isoformat() if due_date else None,
            "expires_at": plan.expires_at,
            "now": now,
            "assignee": assignee_id,
            "helper": helped_by_id,
            "event": _event(caller, step_id, expected_version, plan, now, note),
        }
        try:
            updated = await queries.update_step(store, params)
        except UniqueViolation:  # a concurrent update took this version (Neo4j)
            updated = None
        if updated is None:
            again = await queries.step_context(store, step_id, assignee_id, helped_by_id)
            raise journeys.explain_failure(
                again, step_id, expected_version, plan, assignee_id, helped_by_id
            ) or Conflict("step {id} changed while being written; reload it", id=step_id)
        rows = await queries.steps_of_journeys(store, [context["journey"]])
        return SettlementStep(row=next(r for r in rows[context["journey"]] if r["id"] == step_id))

    @strawberry.mutation(
        permission_classes=[AdminOnly], description="Journeys keep the version they started with."
    )
    async def save_settlement_template(
        self, info: Info, input: SettlementTemplateInput
    ) -> SettlementTemplate:
        try:
            row = await save_template(info.context.store, _spec(input))
        except UniqueViolation as exc:
            raise Conflict(
                "template {key} was revised meanwhile; try again", key=input.key
            ) from exc
        return SettlementTemplate.from_row(row)
