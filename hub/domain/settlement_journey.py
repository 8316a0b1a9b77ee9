"""Journey rules that need facts from the graph, as pure functions over them: which template a
destination uses, who may follow or change a journey, how a step update is planned, and why a
guarded update did not apply."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from hub.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from hub.domain.keys import Caller
from hub.domain.settlement import (
    FINISHED,
    NEEDS_PREREQUISITES,
    NEEDS_REASON,
    StepState,
    StepStatus,
    check_transition,
    expiry_of,
)
from hub.domain.vocabulary import Role


def choose_template(
    templates: Sequence[Mapping[str, Any]],
    city: str | None,
    country: str,
    template_id: str | None = None,
) -> Mapping[str, Any]:
    """The asked template (it must be for the destination's country), else the latest version
    for the city, else the latest country-wide one. `templates` are that country's."""
    mine = [t for t in templates if t.get("country") == country]
    if template_id is not None:
        for t in mine:
            if t["id"] == template_id:
                if t.get("city") and t["city"] != city:
                    break
                return t
        raise InvalidInput(
            "template {id} is not for this destination", field="templateId", id=template_id
        )
    for wanted in (
        [t for t in mine if city and t.get("city") == city],
        [t for t in mine if not t.get("city")],
    ):
        if wanted:
            return max(wanted, key=lambda t: (int(t["version"]), str(t["key"])))
    raise NotFound("no settlement template for {destination}", destination=city or country)


# --- who may -------------------------------------------------------------------------------


def may_follow(
    caller: Caller, startup_id: str, host_ids: Collection[str], mentor_ids: Collection[str]
) -> bool:
    """Read a journey: admins, the startup, partners hosting it, its mentors."""
    if caller.role is Role.ADMIN or caller.entity_id == startup_id:
        return True
    if caller.role is Role.PARTNER:
        return caller.entity_id in host_ids
    return caller.role is Role.MENTOR and caller.entity_id in mentor_ids


def require_may_start(caller: Caller, startup_id: str, host_ids: Collection[str]) -> None:
    if caller.role is Role.ADMIN or (
        caller.role is Role.STARTUP and caller.entity_id == startup_id
    ):
        return
    if caller.role is Role.PARTNER and caller.entity_id in host_ids:
        return
    raise Forbidden("this key may not change {id}", id=startup_id)


def require_may_update(
    caller: Caller, startup_id: str, host_ids: Collection[str], assignee_ids: Collection[str]
) -> None:
    """Admins, the startup, partners hosting it, and a mentor assigned to the step."""
    if caller.role is Role.MENTOR and caller.entity_id in assignee_ids:
        return
    require_may_start(caller, startup_id, host_ids)


# --- step updates --------------------------------------------------------------------------


@dataclass(frozen=True)
class Plan:
    from_status: StepStatus
    to_status: StepStatus
    reason: str | None
    needs_prerequisites: bool
    expires_at: str | None


def plan_update(
    step: Mapping[str, Any],
    status: StepStatus | None,
    reason: str | None,
    validity_days: int | None,
    today: date,
) -> Plan:
    """Check the move from the step's current status; keep a blocked/skipped reason unless a new
    one is given; a step done today with a validity expires `validity_days` later."""
    current = StepStatus(step["status"])
    new = status or current
    if reason is None and new is current and new in NEEDS_REASON:
        reason = step.get("reason")
    check_transition(current, new, reason)
    expires = None
    if new is StepStatus.DONE and current is not StepStatus.DONE:
        found = expiry_of(today, validity_days)
        expires = found.isoformat() if found else None
    return Plan(
        from_status=current,
        to_status=new,
        reason=reason.strip() if reason and new in NEEDS_REASON else None,
        needs_prerequisites=new in NEEDS_PREREQUISITES and new is not current,
        expires_at=expires,
    )


def explain_failure(
    context: Mapping[str, Any] | None,
    step_id: str,
    expected: int,
    plan: Plan | None,
    assignee: str | None = None,
    helper: str | None = None,
) -> Exception | None:
    """Why a guarded update would not or did not apply, from a read of the step (None: it
    would apply as far as that read can tell)."""
    if context is None:
        return NotFound("no settlement step with id {id}", id=step_id)
    if assignee is not None and context.get("assignee_found") is None:
        return NotFound("no mentor, organisation or startup with id {id}", id=assignee)
    if helper is not None and context.get("helper_found") is None:
        return NotFound("no organisation or introduction with id {id}", id=helper)
    step = context["step"]
    stale = plan is not None and step["status"] != plan.from_status.value
    if int(step["version"]) != expected or stale:
        return Conflict(
            "step {id} is at version {version}, not {expected}; reload it",
            id=step["id"],
            version=step["version"],
            expected=expected,
        )
    if plan is None:
        return None
    if plan.needs_prerequisites and not all(p in FINISHED for p in context["prerequisites"]):
        return InvalidInput(
            "the prerequisites of step {key} are not all done or skipped",
            field="status",
            key=step["key"],
        )
    return None


# --- rows to domain ------------------------------------------------------------------------


def day(value: Any) -> date | None:
    """The date of an ISO date or timestamp string."""
    return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


def step_state(row: Mapping[str, Any]) -> StepState:
    template = row.get("template") or {}
    return StepState(
        key=str(row["key"]),
        status=StepStatus(row["status"]),
        typical_days=int(template.get("typical_days") or 0),
        requires=tuple(template.get("requires") or ()),
        due_date=day(row.get("due_date")),
        started_on=day(row.get("started_at")),
        expires_on=day(row.get("expires_at")),
    )
