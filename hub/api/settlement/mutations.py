"""Starting journeys, updating their steps (optimistic concurrency), revising templates."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from hub.api.core.arguments import StartupId
from hub.api.core.context import Info
from hub.api.core.enums import Responsible, StepStatus
from hub.api.core.permissions import AdminOnly, Authenticated
from hub.api.settlement.types import SettlementJourney, SettlementStep, SettlementTemplate
from hub.domain.ids import check_slug
from hub.domain.settlement import StepSpec, TemplateSpec
from hub.services import settlement


@strawberry.input(description="One step of a settlement template, in fr/en/ar.")
class TemplateStepInput:
    key: str = strawberry.field(
        description="A slug unique in the template (`statutes`), kept across versions."
    )
    title_fr: str = strawberry.field(description="Its title in French.")
    title_en: str = strawberry.field(description="Its title in English.")
    title_ar: str = strawberry.field(description="Its title in Arabic.")
    description_fr: str = strawberry.field(description="What to do, in French.")
    description_en: str = strawberry.field(description="What to do, in English.")
    description_ar: str = strawberry.field(description="What to do, in Arabic.")
    responsible: Responsible = strawberry.field(description="Who carries it out.")
    typical_days: int = strawberry.field(
        description="How many calendar days it usually takes (for estimates and overdue)."
    )
    documents: list[str] = strawberry.field(
        default_factory=list, description="The documents it needs or produces."
    )
    requires: list[str] = strawberry.field(
        default_factory=list,
        description="Keys of the steps that must be done (or skipped) first; no cycles.",
    )
    validity_days: int | None = strawberry.field(
        default=None,
        description="How many days its result stays valid (a certificat négatif: 90); null: "
        "for good.",
    )


@strawberry.input(description="A template; saving a key that exists creates its next version.")
class SettlementTemplateInput:
    key: str = strawberry.field(description="A slug naming the template (`fr-company`).")
    country_id: strawberry.ID = strawberry.field(description="The country it applies to.")
    city_id: strawberry.ID | None = strawberry.field(
        default=None, description="A city it is specific to; null: the whole country."
    )
    steps: list[TemplateStepInput] = strawberry.field(description="Its steps, in order.")
    sources: list[str] = strawberry.field(
        default_factory=list, description="Where the steps come from (official URLs)."
    )


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
        description="Start a startup's landing in a city or country: one step per template "
        "step, all TODO. Admins, the startup and partners hosting it; one active journey per "
        "startup and destination.",
    )
    async def start_settlement(
        self,
        info: Info,
        startup_id: StartupId,
        destination_id: Annotated[
            strawberry.ID, strawberry.argument(description="The city or country to land in.")
        ],
        template_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="A template to follow; by default the city's, else the country's."
            ),
        ] = None,
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
        step_id: Annotated[strawberry.ID, strawberry.argument(description="The step.")],
        expected_version: Annotated[
            int,
            strawberry.argument(
                description="The step's `version` as last read: another change since then is "
                "refused (CONFLICT), nothing is overwritten."
            ),
        ],
        status: Annotated[
            StepStatus | None, strawberry.argument(description="Its new status; null: unchanged.")
        ] = None,
        reason: Annotated[
            str | None,
            strawberry.argument(description="Why, required to mark it BLOCKED or SKIPPED."),
        ] = None,
        note: Annotated[
            str | None, strawberry.argument(description="A note for those who follow it.")
        ] = None,
        evidence_url: Annotated[
            str | None,
            strawberry.argument(description="An http(s) link to what proves it done."),
        ] = None,
        assignee_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="The mentor or organisation who carries it out."),
        ] = None,
        due_date: Annotated[
            date | None, strawberry.argument(description="When it should be done.")
        ] = None,
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
        self,
        info: Info,
        input: Annotated[SettlementTemplateInput, strawberry.argument(description="The template.")],
    ) -> SettlementTemplate:
        row = await settlement.save_template(info.context.store, _spec(input))
        return SettlementTemplate.from_row(row)
