"""Starting journeys, updating their steps (optimistic concurrency), revising templates."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Responsible, StepStatus
from hub.api.core.permissions import AdminOnly, Authenticated
from hub.api.settlement.types import SettlementJourney, SettlementStep, SettlementTemplate
from hub.domain.ids import check_slug
from hub.domain.settlement import StepSpec, TemplateSpec
from hub.services import settlement


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
        context = info.context
        row = await settlement.start_journey(
            context.store, context.caller, startup_id, destination_id, template_id
        )
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
        change = settlement.StepChange(
            status=StepStatus(status) if status else None,
            reason=reason,
            note=note,
            evidence_url=evidence_url,
            assignee_id=assignee_id,
            due_date=due_date,
            helped_by_id=helped_by_id,
        )
        context = info.context
        row = await settlement.update_step(
            context.store, context.caller, step_id, expected_version, change
        )
        return SettlementStep.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOnly], description="Journeys keep the version they started with."
    )
    async def save_settlement_template(
        self, info: Info, input: SettlementTemplateInput
    ) -> SettlementTemplate:
        row = await settlement.save_template(info.context.store, _spec(input))
        return SettlementTemplate.from_row(row)
