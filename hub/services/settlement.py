"""Settlement use cases: starting a journey, updating a step (optimistic concurrency), and the
templates (the shipped ones, idempotently, and admins' versions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from hub.domain import settlement_journey as journeys
from hub.domain.errors import Conflict, InvalidInput, NotFound
from hub.domain.events import Change, Event, EventKind, changes_between
from hub.domain.ids import new_id, now_iso
from hub.domain.keys import Caller
from hub.domain.settlement import StepStatus, TemplateSpec, validate_template
from hub.domain.templates import SHIPPED
from hub.domain.text import search_text
from hub.graph.queries import settlement as queries
from hub.graph.queries import settlement_templates as template_queries
from hub.graph.store import GraphStore, Row, UniqueViolation


def step_rows(spec: TemplateSpec) -> list[Row]:
    rows = []
    for position, step in enumerate(spec.steps):
        row: dict[str, Any] = {
            "key": step.key,
            "position": position,
            "responsible": step.responsible.value,
            "typical_days": step.typical_days,
            "documents": list(step.documents),
            "requires": list(step.requires),
        }
        for lang in ("fr", "en", "ar"):
            row[f"title_{lang}"] = step.title[lang]
            row[f"description_{lang}"] = step.description[lang]
        if step.validity_days is not None:
            row["validity_days"] = step.validity_days
        rows.append(row)
    return rows


def template_props(spec: TemplateSpec, *, shipped: bool, created_at: str | None = None) -> Row:
    props: dict[str, Any] = {
        "country": spec.country,
        "created_at": created_at or now_iso(),
        "sources": list(spec.sources),
        "shipped": shipped,
        "search": search_text(spec.key, spec.country, spec.city),
    }
    if spec.city:
        props["city"] = spec.city
    return props


async def save_template(store: GraphStore, spec: TemplateSpec) -> Row:
    """A new version of `spec.key` (version 1 if new); raises InvalidInput on a bad DAG."""
    validate_template(spec.steps)
    try:
        created = await template_queries.create_template(
            store, spec.key, None, template_props(spec, shipped=False), step_rows(spec)
        )
    except UniqueViolation as exc:
        raise Conflict("template {key} was revised meanwhile; try again", key=spec.key) from exc
    assert created is not None
    return created


async def install_templates(store: GraphStore, created_at: str | None = None) -> int:
    """Create the shipped template versions missing from this graph; return how many.
    `created_at` defaults to now (the demo passes its fixed time)."""
    installed = 0
    for spec in SHIPPED:
        validate_template(spec.steps)
        try:
            created = await template_queries.create_template(
                store,
                spec.key,
                spec.version,
                template_props(spec, shipped=True, created_at=created_at),
                step_rows(spec),
            )
        except UniqueViolation:  # installed concurrently (or an admin took that version number)
            continue
        installed += created is not None
    return installed


async def start_journey(
    store: GraphStore,
    caller: Caller,
    startup_id: str,
    destination_id: str,
    template_id: str | None = None,
    *,
    journey_id: str | None = None,
    now: str | None = None,
    recorded_at: str | None = None,
) -> Row:
    """A new active journey with one step per template step (admins, the startup, partners
    hosting it). The demo gives its fixed id, when the journey started (`now`) and when that
    was recorded; by default a new id, and both are now."""
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
    steps = (await template_queries.template_steps(store, [template["id"]]))[template["id"]]
    now = now or now_iso()
    recorded_at = recorded_at or now
    journey = {
        "id": journey_id or new_id(),
        "status": "active",
        "started_at": now,
        "created_at": recorded_at,
        "updated_at": recorded_at,
    }
    rows = [
        {
            "id": new_id(),
            "key": s["key"],
            "status": StepStatus.TODO.value,
            "version": 0,
            "created_at": recorded_at,
        }
        for s in steps
    ]
    try:
        started = (Change("destination_id", None, destination_id),)
        kind, journey_id = EventKind.JOURNEY_STARTED, journey["id"]
        logged = Event(kind, journey_id, "SettlementJourney", caller, now, started, recorded_at)
        created = await queries.start_journey(
            store, journey, startup_id, destination_id, template["id"], rows, logged.row(new_id())
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
    return (await queries.journeys_by_ids(store, [created["id"]]))[created["id"]]


@dataclass(frozen=True)
class StepChange:
    """What an update asks of a step; None leaves a field as it is."""

    status: StepStatus | None = None
    reason: str | None = None
    note: str | None = None
    evidence_url: str | None = None
    assignee_id: str | None = None
    due_date: date | None = None
    helped_by_id: str | None = None  # an organisation or introduction that helped


#: Notes, reasons and evidence URLs are kept to this many characters.
TEXT_LIMIT = 2000


def _checked(change: StepChange) -> None:
    if any(t is not None and len(t) > TEXT_LIMIT for t in (change.reason, change.note)):
        raise InvalidInput("notes and reasons are limited to 2000 characters", field="note")
    url = change.evidence_url
    if url is not None and (not url.startswith(("https://", "http://")) or len(url) > TEXT_LIMIT):
        raise InvalidInput("evidenceUrl must be an http(s) URL", field="evidenceUrl")


def _event(
    caller: Caller,
    step_id: str,
    expected: int,
    plan: journeys.Plan,
    note: str | None,
    at: str,
    recorded_at: str,
) -> dict[str, Any]:
    event = {
        "id": new_id(),
        "seq": f"{step_id}@{expected}",
        "at": at,
        "created_at": recorded_at,
        "by_role": caller.role.value if caller.role else None,
        "by_id": caller.entity_id or caller.key_id,
        "from_status": plan.from_status.value,
        "to_status": plan.to_status.value,
        "version": expected + 1,
        "reason": plan.reason,
        "note": note,
    }
    return {k: v for k, v in event.items() if v is not None}


def _step_logged(
    caller: Caller,
    context: Row,
    plan: journeys.Plan,
    change: StepChange,
    now: str,
    recorded_at: str | None,
) -> Row:
    """The event log's record of a step update: each field it sets, before and after."""
    step, assignees = context["step"], context["assignees"]
    before = {**step, "assignee_id": assignees[0] if assignees else None}
    after: dict[str, Any] = {"status": plan.to_status.value, "reason": plan.reason}
    asked = {
        "note": change.note,
        "evidence_url": change.evidence_url,
        "due_date": change.due_date.isoformat() if change.due_date else None,
        "assignee_id": change.assignee_id,
        "helped_by_id": change.helped_by_id,
    }
    after |= {name: value for name, value in asked.items() if value is not None}
    changed = tuple(changes_between(before, after))
    kind = EventKind.STEP_UPDATED
    return Event(kind, step["id"], "SettlementStep", caller, now, changed, recorded_at).row(
        new_id()
    )


async def update_step(
    store: GraphStore,
    caller: Caller,
    step_id: str,
    expected_version: int,
    change: StepChange,
    *,
    now: str | None = None,
    recorded_at: str | None = None,
) -> Row:
    """Apply `change` if the step is still at `expected_version` (else CONFLICT), as admins,
    the startup, partners hosting it and a mentor assigned to the step may; the step's row."""
    assignee, helper = change.assignee_id, change.helped_by_id
    context = await queries.step_context(store, step_id, assignee, helper)
    if context is None:
        raise NotFound("no settlement step with id {id}", id=step_id)
    journeys.require_may_update(caller, context["startup"], context["hosts"], context["assignees"])
    # A missing assignee or helper, or a stale version, is reported first.
    stale = journeys.explain_failure(context, step_id, expected_version, None, assignee, helper)
    if stale is not None:
        raise stale
    _checked(change)
    now = now or now_iso()
    today = journeys.day(now)
    assert today is not None
    plan = journeys.plan_update(
        context["step"], change.status, change.reason, context["validity_days"], today
    )
    error = journeys.explain_failure(context, step_id, expected_version, plan, assignee, helper)
    if error is not None:
        raise error
    params = {
        "id": step_id,
        "expected": expected_version,
        "from": plan.from_status.value,
        "to": plan.to_status.value,
        "needs_prerequisites": plan.needs_prerequisites,
        "reason": plan.reason,
        "note": change.note,
        "evidence_url": change.evidence_url,
        "due_date": change.due_date.isoformat() if change.due_date else None,
        "expires_at": plan.expires_at,
        "now": now,
        "assignee": assignee,
        "helper": helper,
        "event": _event(
            caller, step_id, expected_version, plan, change.note, now, recorded_at or now
        ),
    }
    try:
        logged = _step_logged(caller, context, plan, change, now, recorded_at)
        updated = await queries.update_step(store, params, logged)
    except UniqueViolation:  # a concurrent update took this version (Neo4j)
        updated = None
    if updated is None:
        again = await queries.step_context(store, step_id, assignee, helper)
        raise journeys.explain_failure(
            again, step_id, expected_version, plan, assignee, helper
        ) or Conflict("step {id} changed while being written; reload it", id=step_id)
    rows = await queries.steps_of_journeys(store, [context["journey"]])
    return next(r for r in rows[context["journey"]] if r["id"] == step_id)
