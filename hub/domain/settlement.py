"""Settlement journeys: template DAG rules, step status rules, progress and ETA.

Pure functions over plain data; `today` is always passed in. Durations are calendar days and
typical, not legal guarantees.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import LANGUAGES


class StepStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    BLOCKED = "blocked"
    DONE = "done"
    SKIPPED = "skipped"


class Responsible(StrEnum):
    """The kind of party that carries a step out."""

    STARTUP = "startup"
    HOST_ORGANISATION = "host_organisation"
    MENTOR = "mentor"
    PUBLIC_BODY = "public_body"
    BANK = "bank"


class JourneyStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"


FINISHED = frozenset({StepStatus.DONE, StepStatus.SKIPPED})
NEEDS_REASON = frozenset({StepStatus.BLOCKED, StepStatus.SKIPPED})
#: Statuses that need every prerequisite done or skipped first.
NEEDS_PREREQUISITES = frozenset({StepStatus.IN_PROGRESS, StepStatus.DONE})
#: Legal moves; done and skipped are final (a journey whose steps are all final is completed).
TRANSITIONS: Mapping[StepStatus, frozenset[StepStatus]] = {
    StepStatus.TODO: frozenset(
        {StepStatus.IN_PROGRESS, StepStatus.BLOCKED, StepStatus.DONE, StepStatus.SKIPPED}
    ),
    StepStatus.IN_PROGRESS: frozenset(
        {StepStatus.TODO, StepStatus.BLOCKED, StepStatus.DONE, StepStatus.SKIPPED}
    ),
    StepStatus.BLOCKED: frozenset(
        {StepStatus.TODO, StepStatus.IN_PROGRESS, StepStatus.DONE, StepStatus.SKIPPED}
    ),
    StepStatus.DONE: frozenset(),
    StepStatus.SKIPPED: frozenset(),
}


# --- templates ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepSpec:
    """One step of a template. Texts are keyed by language code (fr, en, ar)."""

    key: str
    title: Mapping[str, str]
    description: Mapping[str, str]
    responsible: Responsible
    typical_days: int
    documents: tuple[str, ...] = ()
    requires: tuple[str, ...] = ()
    validity_days: int | None = None


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    country: str
    city: str | None
    version: int
    steps: tuple[StepSpec, ...]
    sources: tuple[str, ...] = ()


def find_cycle(requires: Mapping[str, Collection[str]]) -> list[str] | None:
    """A dependency cycle as [a, b, …, a] (a requires b …), or None if the graph is a DAG."""
    state: dict[str, int] = {}  # 1: on the current path, 2: fully explored
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(requires.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(requires):
        if start not in state and (found := visit(start)):
            return found
    return None


def validate_template(steps: Sequence[StepSpec]) -> None:
    """Keys unique, texts in fr/en/ar, durations sane, dependencies known and acyclic."""
    if not steps:
        raise InvalidInput("a template needs at least one step", field="steps")
    keys = [s.key for s in steps]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise InvalidInput("duplicate step key {key}", field="steps", key=duplicates[0])
    for step in steps:
        for lang in LANGUAGES:
            if not step.title.get(lang.value) or not step.description.get(lang.value):
                raise InvalidInput(
                    "step {key} needs a title and a description in {lang}",
                    field="steps",
                    key=step.key,
                    lang=lang.value,
                )
        if step.typical_days < 0 or (step.validity_days is not None and step.validity_days <= 0):
            raise InvalidInput(
                "step {key} has a negative duration or validity", field="steps", key=step.key
            )
        unknown = sorted(set(step.requires) - set(keys))
        if unknown:
            raise InvalidInput(
                "step {key} requires an unknown step {other}",
                field="steps",
                key=step.key,
                other=unknown[0],
            )
    cycle = find_cycle({s.key: s.requires for s in steps})
    if cycle:
        raise InvalidInput(
            "the steps' dependencies form a cycle: {cycle}", field="steps", cycle=" → ".join(cycle)
        )


# --- status rules -------------------------------------------------------------------------


def check_transition(current: StepStatus, new: StepStatus, reason: str | None) -> None:
    """Raise unless `current → new` is a legal move with what it needs (a reason)."""
    if new in NEEDS_REASON and not (reason and reason.strip()):
        raise InvalidInput(
            "a reason is required to mark a step {status}", field="reason", status=new
        )
    if new is current:
        return
    if new not in TRANSITIONS[current]:
        raise InvalidInput(
            "a step cannot go from {from_status} to {to_status}",
            field="status",
            from_status=current.value,
            to_status=new.value,
        )


def expiry_of(done_on: date, validity_days: int | None) -> date | None:
    return None if validity_days is None else done_on + timedelta(days=validity_days)


# --- progress -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StepState:
    key: str
    status: StepStatus
    typical_days: int
    requires: tuple[str, ...] = ()
    due_date: date | None = None
    started_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class Expiring:
    key: str
    expires_on: date
    days_left: int  # negative once expired


@dataclass(frozen=True)
class Estimate:
    """What is left along the critical path: None dates once everything is finished."""

    remaining_days: int
    completion: date | None
    critical_path: list[str] = field(default_factory=list)


def percent_done(steps: Sequence[StepState]) -> float:
    """Share of steps done or skipped, in percent, one decimal."""
    if not steps:
        return 0.0
    return round(100 * sum(s.status in FINISHED for s in steps) / len(steps), 1)


def workable_now(steps: Sequence[StepState]) -> list[str]:
    """Steps to do or in progress whose prerequisites are all done or skipped."""
    status = {s.key: s.status for s in steps}
    return [
        s.key
        for s in steps
        if s.status in (StepStatus.TODO, StepStatus.IN_PROGRESS)
        and all(status.get(r) in FINISHED for r in s.requires)
    ]


def blocked(steps: Sequence[StepState]) -> list[str]:
    return [s.key for s in steps if s.status is StepStatus.BLOCKED]


def overdue(steps: Sequence[StepState], today: date) -> list[str]:
    """Unfinished steps whose due date has passed."""
    return [
        s.key
        for s in steps
        if s.status not in FINISHED and s.due_date is not None and s.due_date < today
    ]


def expiring(steps: Sequence[StepState], today: date, within_days: int = 30) -> list[Expiring]:
    """Done steps whose validity ends within `within_days` (or has ended), soonest first."""
    found = [
        Expiring(s.key, s.expires_on, (s.expires_on - today).days)
        for s in steps
        if s.status is StepStatus.DONE
        and s.expires_on is not None
        and (s.expires_on - today).days <= within_days
    ]
    return sorted(found, key=lambda e: (e.expires_on, e.key))


def remaining_days(step: StepState, today: date) -> int:
    """Typical days still needed: all of them unless started; a started step that overran its
    typical duration still counts one day."""
    if step.status in FINISHED:
        return 0
    if step.status is StepStatus.IN_PROGRESS and step.started_on is not None:
        left = step.typical_days - (today - step.started_on).days
        return max(left, 1 if step.typical_days > 0 else 0)
    return step.typical_days


def estimate(steps: Sequence[StepState], today: date) -> Estimate:
    """Longest chain of typical durations through the unfinished steps (the critical path),
    starting today; finished prerequisites cost nothing."""
    by_key = {s.key: s for s in steps}
    open_steps = [s for s in steps if s.status not in FINISHED]
    if not open_steps:
        return Estimate(0, None, [])
    finish: dict[str, int] = {}
    via: dict[str, str | None] = {}
    for key in _topological(by_key):
        step = by_key[key]
        if step.status in FINISHED:
            continue
        before = [(finish[r], r) for r in step.requires if r in finish]
        start, prev = max(before, default=(0, None))
        finish[key] = start + remaining_days(step, today)
        via[key] = prev
    end = max(finish, key=lambda k: (finish[k], k))
    path: list[str] = []
    node: str | None = end
    while node is not None:
        path.append(node)
        node = via[node]
    total = finish[end]
    return Estimate(total, today + timedelta(days=total), path[::-1])


def _topological(by_key: Mapping[str, StepState]) -> Iterable[str]:
    seen: set[str] = set()
    order: list[str] = []

    def visit(key: str) -> None:
        if key in seen or key not in by_key:
            return
        seen.add(key)
        for r in sorted(by_key[key].requires):
            visit(r)
        order.append(key)

    for key in sorted(by_key):
        visit(key)
    return order


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return float(ordered[mid]) if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2
