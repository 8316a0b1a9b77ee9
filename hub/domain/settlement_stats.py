"""Partner statistics over settlement journeys: how many start and finish, how long settling
takes, and where journeys stall. Pure: rows in (see graph.queries.settlement.stats_rows), numbers
out; `today` is passed in for steps still open."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from hub.domain.settlement import StepStatus, median
from hub.domain.settlement_journey import day


@dataclass(frozen=True)
class GroupStats:
    key: str  # a destination, host organisation or programme id
    started: int
    completed: int
    median_days_to_settle: float | None


@dataclass(frozen=True)
class StepStall:
    key: str
    median_days: float | None  # started → done, or → today while still open
    journeys_blocked: int  # journeys in which this step was blocked at least once
    blocked_now: int


@dataclass(frozen=True)
class SettlementStats:
    overall: GroupStats
    by_destination: list[GroupStats]
    by_host: list[GroupStats]
    by_programme: list[GroupStats]
    slowest_steps: list[StepStall]
    most_blocked_steps: list[StepStall]


def _days(start: Any, end: Any) -> int | None:
    first, last = day(start), day(end)
    return None if first is None or last is None else (last - first).days


def group(key: str, journeys: Sequence[Mapping[str, Any]]) -> GroupStats:
    settled = [_days(j["started_at"], j.get("completed_at")) for j in journeys]
    durations = [d for d in settled if d is not None]
    return GroupStats(key, len(journeys), len(durations), median(durations))


def _by(journeys: Sequence[Mapping[str, Any]], field: str) -> list[GroupStats]:
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for journey in journeys:
        value = journey.get(field)
        for key in value if isinstance(value, list) else [value]:
            if key:
                groups[key].append(journey)
    return [group(key, groups[key]) for key in sorted(groups)]


def stalls(journeys: Iterable[Mapping[str, Any]], today: date) -> list[StepStall]:
    days: dict[str, list[int]] = defaultdict(list)
    ever: dict[str, int] = defaultdict(int)
    now: dict[str, int] = defaultdict(int)
    for journey in journeys:
        for step in journey.get("steps") or []:
            key = step["key"]
            ever[key] += 0
            if step.get("started_at"):
                end = step.get("done_at") or today.isoformat()
                if step["status"] != StepStatus.SKIPPED.value:
                    spent = _days(step["started_at"], end)
                    if spent is not None:
                        days[key].append(spent)
            if step.get("times_blocked"):
                ever[key] += 1
            if step["status"] == StepStatus.BLOCKED.value:
                now[key] += 1
    return [StepStall(k, median(days[k]), ever[k], now[k]) for k in sorted(ever)]


def settlement_stats(
    journeys: Sequence[Mapping[str, Any]], today: date, top: int = 5
) -> SettlementStats:
    steps = stalls(journeys, today)
    slowest = sorted(
        (s for s in steps if s.median_days is not None),
        key=lambda s: (-(s.median_days or 0), s.key),
    )
    blocked = sorted(
        (s for s in steps if s.journeys_blocked or s.blocked_now),
        key=lambda s: (-s.journeys_blocked, -s.blocked_now, s.key),
    )
    return SettlementStats(
        overall=group("all", journeys),
        by_destination=_by(journeys, "destination"),
        by_host=_by(journeys, "hosts"),
        by_programme=_by(journeys, "programmes"),
        slowest_steps=slowest[:top],
        most_blocked_steps=blocked[:top],
    )
