"""GraphQL types of settlement templates, journeys, steps and their events."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Any, ClassVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import JourneyStatus, Responsible, StepStatus
from hub.api.core.formatted import formatted_date
from hub.api.core.localized import LocaleArg, LocalizedText
from hub.api.core.node import Node, Primed
from hub.api.organisations.types import Organisation
from hub.api.reference.types import City, Country
from hub.api.settlement.templates import SettlementTemplate, TemplateStep
from hub.domain import settlement as rules
from hub.domain.settlement_journey import day, may_follow, step_state
from hub.domain.vocabulary import Kind
from hub.graph.queries.relations import Traversal
from hub.graph.store import Row

if TYPE_CHECKING:
    from hub.api.startups.types import Startup

StartupRef = Annotated["Startup", strawberry.lazy("hub.api.startups.types")]


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


@strawberry.type(description="A change to a step: who, when, from which status to which.")
class SettlementEvent:
    row: strawberry.Private[Row]

    @strawberry.field(description="When (UTC).")
    def at(self) -> datetime | None:
        return _when(self.row.get("at"))

    @strawberry.field(description="The role of the key that made the change.")
    def by_role(self) -> str | None:
        return self.row.get("by_role")

    @strawberry.field(description="The entity (startup, organisation, mentor) or admin key id.")
    def by_id(self) -> str | None:
        return self.row.get("by_id")

    @strawberry.field(description="The status before.")
    def from_status(self) -> StepStatus:
        return StepStatus(self.row["from_status"])

    @strawberry.field(description="The status after.")
    def to_status(self) -> StepStatus:
        return StepStatus(self.row["to_status"])

    @strawberry.field(description="The step's version after the change.")
    def version(self) -> int:
        return int(self.row["version"])

    @strawberry.field(description="Why, for a block or a skip.")
    def reason(self) -> str | None:
        return self.row.get("reason")

    @strawberry.field(description="The note given with the change.")
    def note(self) -> str | None:
        return self.row.get("note")


@strawberry.type(description="Who helped with a step: an organisation or an introduction.")
class SettlementHelp:
    organisation: Organisation | None = strawberry.field(
        description="The organisation that helped; null when an introduction did."
    )
    introduction_id: strawberry.ID | None = strawberry.field(
        description="The introduction that helped; null when an organisation did."
    )


@strawberry.type(description="One step of a startup's journey.")
class SettlementStep(Node):
    @strawberry.field(description="The template step's key (`statutes`).")
    def key(self) -> str:
        return str(self.row["key"])

    @strawberry.field(description="Where the step stands.")
    def status(self) -> StepStatus:
        return StepStatus(self.row["status"])

    @strawberry.field(description="Send it back as expectedVersion when updating the step.")
    def version(self) -> int:
        return int(self.row["version"])

    @strawberry.field(description="Why the step is blocked or skipped.")
    def reason(self) -> str | None:
        return self.row.get("reason")

    @strawberry.field(description="The latest note.")
    def note(self) -> str | None:
        return self.row.get("note")

    @strawberry.field(description="A link to what proves it done.")
    def evidence_url(self) -> str | None:
        return self.row.get("evidence_url")

    @strawberry.field(description="When it should be done.")
    def due_date(self) -> date | None:
        return day(self.row.get("due_date"))

    @strawberry.field(description="The due date for display, in the locale asked.")
    def formatted_due_date(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return formatted_date(day(self.row.get("due_date")), info, locale)

    @strawberry.field(description="When it was first moved IN_PROGRESS (UTC).")
    def started_at(self) -> datetime | None:
        return _when(self.row.get("started_at"))

    @strawberry.field(description="When it was done (UTC).")
    def done_at(self) -> datetime | None:
        return _when(self.row.get("done_at"))

    @strawberry.field(description="When the step's result stops being valid.")
    def expires_on(self) -> date | None:
        return day(self.row.get("expires_at"))

    @strawberry.field(description="What the template says about this step.")
    def template(self) -> TemplateStep:
        return TemplateStep(row=self.row.get("template") or {})

    @strawberry.field(description="The mentor or organisation carrying it out.")
    def assignee_id(self) -> strawberry.ID | None:
        found = self.row.get("assignee_ids") or []
        return strawberry.ID(found[0]) if found else None

    @strawberry.field(description="The organisations and introductions that helped.")
    async def helped_by(self, info: Info) -> list[SettlementHelp]:
        ids = list(self.row.get("helper_ids") or [])
        orgs = await info.context.loaders.node(Kind.ORGANISATION).load_many(ids)
        return [
            SettlementHelp(organisation=Organisation.from_row(org), introduction_id=None)
            if org
            else SettlementHelp(organisation=None, introduction_id=strawberry.ID(i))
            for i, org in zip(ids, orgs, strict=True)
        ]

    @strawberry.field(description="Every change, oldest first.")
    async def events(self, info: Info) -> list[SettlementEvent]:
        rows = await info.context.loaders.settlement.events_of_step.load(self.row["id"])
        return [SettlementEvent(row=r) for r in rows]


@strawberry.type(description="A done step whose result is about to stop being valid.")
class ExpiringValidity:
    step: SettlementStep = strawberry.field(description="The step.")
    expires_on: date = strawberry.field(description="The day its result stops being valid.")
    days_left: int = strawberry.field(description="Negative once expired.")


@strawberry.type(description="Where a journey stands on a given day.")
class SettlementProgress:
    as_of: date = strawberry.field(description="The day it is computed for.")
    percent_done: float = strawberry.field(description="Steps done or skipped, in percent.")
    workable_now: list[SettlementStep] = strawberry.field(
        description="Steps to do or in progress whose prerequisites are all done or skipped."
    )
    blocked: list[SettlementStep] = strawberry.field(description="Steps BLOCKED, with why.")
    overdue: list[SettlementStep] = strawberry.field(
        description="Unfinished steps past their due date."
    )
    expiring: list[ExpiringValidity] = strawberry.field(
        description="Done steps whose validity ends within 30 days or has ended."
    )
    remaining_days: int = strawberry.field(
        description="Typical days left along the critical path (calendar days, not guaranteed)."
    )
    estimated_completion: date | None = strawberry.field(
        description="`asOf` plus `remainingDays`; null once done."
    )
    critical_path: list[SettlementStep] = strawberry.field(
        description="The unfinished chain of prerequisites that sets the completion date."
    )


def progress(rows: list[Row], today: date) -> SettlementProgress:
    steps = {r["key"]: SettlementStep.from_row(r) for r in rows}
    states = [step_state(r) for r in rows]
    estimate = rules.estimate(states, today)
    return SettlementProgress(
        as_of=today,
        percent_done=rules.percent_done(states),
        workable_now=[steps[k] for k in rules.workable_now(states)],
        blocked=[steps[k] for k in rules.blocked(states)],
        overdue=[steps[k] for k in rules.overdue(states, today)],
        expiring=[
            ExpiringValidity(step=steps[e.key], expires_on=e.expires_on, days_left=e.days_left)
            for e in rules.expiring(states, today)
        ],
        remaining_days=estimate.remaining_days,
        estimated_completion=estimate.completion,
        critical_path=[steps[k] for k in estimate.critical_path],
    )


# Both are served by the journey's steps, fetched once.
STEPS = Primed(
    Traversal.JOURNEY_STEPS, lambda info: info.context.loaders.settlement.steps_of_journey
)


@strawberry.type(description="A startup's soft landing in a destination.")
class SettlementJourney(Node):
    primed: ClassVar[Mapping[str, Primed]] = {"steps": STEPS, "progress": STEPS}

    @strawberry.field(description="Under way or completed.")
    def status(self) -> JourneyStatus:
        return JourneyStatus(self.row["status"])

    @strawberry.field(description="When it started (UTC).")
    def started_at(self) -> datetime | None:
        return _when(self.row.get("started_at"))

    @strawberry.field(description="When its last step was finished (UTC).")
    def completed_at(self) -> datetime | None:
        return _when(self.row.get("completed_at"))

    @strawberry.field(description="The template version the journey started with.")
    def template_version(self) -> int:
        return int(self.row["template_version"])

    @strawberry.field(description="The template (in the version it started with).")
    async def template(self, info: Info) -> SettlementTemplate | None:
        row = await info.context.loaders.settlement.template.load(self.row["template_id"])
        return None if row is None else SettlementTemplate.from_row(row)

    @strawberry.field(description="The startup landing (null if its profile is hidden).")
    async def startup(self, info: Info) -> StartupRef | None:
        from hub.api.startups.types import Startup

        row = await info.context.loaders.node(Kind.STARTUP).load(self.row["startup_id"])
        return None if row is None else Startup.from_row(row)

    @strawberry.field(description="The destination city (absent for a whole-country journey).")
    async def city(self, info: Info) -> City | None:
        row = await info.context.loaders.node(Kind.CITY).load(self.row["destination_id"])
        return None if row is None else City.from_row(row)

    @strawberry.field(description="The destination country, when the journey targets one.")
    async def country(self, info: Info) -> Country | None:
        row = await info.context.loaders.node(Kind.COUNTRY).load(self.row["destination_id"])
        return None if row is None else Country.from_row(row)

    @strawberry.field(description="In template order.")
    async def steps(self, info: Info) -> list[SettlementStep]:
        rows = await info.context.loaders.settlement.steps_of_journey.load(self.id)
        return [SettlementStep.from_row(r) for r in rows]

    @strawberry.field(description="Progress on `asOf` (default: today, UTC).")
    async def progress(
        self,
        info: Info,
        as_of: Annotated[
            date | None, strawberry.argument(description="The day to compute it for.")
        ] = None,
    ) -> SettlementProgress:
        rows = await info.context.loaders.settlement.steps_of_journey.load(self.id)
        return progress(rows, as_of or datetime.now(UTC).date())


__all__ = [
    "ExpiringValidity",
    "Responsible",
    "SettlementEvent",
    "SettlementHelp",
    "SettlementJourney",
    "SettlementProgress",
    "SettlementStep",
    "SettlementTemplate",
    "StepStatus",
    "TemplateStep",
]


def followable(info: Info, row: dict[str, Any]) -> bool:
    return may_follow(
        info.context.caller,
        row["startup_id"],
        row.get("host_ids") or [],
        row.get("mentor_ids") or [],
    )


async def journeys_of_startup(info: Info, startup_id: str) -> list[SettlementJourney]:
    """A startup's journeys the caller may follow (none for anonymous callers)."""
    rows = await info.context.loaders.settlement.journeys_of_startup.load(startup_id)
    return [SettlementJourney.from_row(r) for r in rows if followable(info, r)]
