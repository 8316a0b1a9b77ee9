"""Which bridges work: introduction counts per state, conversion and answer times per group.

Pure: computed from one row per introduction (see `graph.queries.introduction_lists`)."""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from hub.domain.introductions import State, days_between, effective_state

NONE = "none"


class GroupBy(StrEnum):
    DIRECTION = "direction"
    PURPOSE = "purpose"
    BROKER = "broker"
    HOST = "host"  # the requester's host organisations
    CITY = "city"  # the requester's city
    PROGRAMME = "programme"  # the requester's programmes and event cohorts


@dataclass
class Group:
    key: str
    states: dict[State, int] = field(default_factory=dict)
    requested: int = 0
    accepted: int = 0
    met: int = 0
    outcomes: int = 0
    answer_days: list[float] = field(default_factory=list)

    def rate(self, n: int) -> float | None:
        return round(n / self.requested, 3) if self.requested else None

    @property
    def median_days_to_answer(self) -> float | None:
        return round(statistics.median(self.answer_days), 2) if self.answer_days else None


def keys_of(row: dict[str, Any], by: GroupBy) -> list[str]:
    if by is GroupBy.DIRECTION:
        values = [row.get("direction")]
    elif by is GroupBy.PURPOSE:
        values = [row.get("purpose")]
    elif by is GroupBy.BROKER:
        values = [row.get("broker_id")]
    elif by is GroupBy.HOST:
        values = list(row.get("hosts") or [])
    elif by is GroupBy.CITY:
        values = list(row.get("cities") or [])
    else:
        values = list(row.get("programmes") or [])
    found = sorted({str(v) for v in values if v})
    return found or [NONE]


def compute(
    rows: Iterable[dict[str, Any]], by: GroupBy, now: datetime, expiry_days: int
) -> list[Group]:
    """Groups sorted by key; an introduction in several groups (two hosts) counts in each."""
    groups: dict[str, Group] = defaultdict(lambda: Group(key=""))
    for row in rows:
        state = effective_state(State(row["state"]), row["state_at"], now, expiry_days)
        for key in keys_of(row, by):
            g = groups[key]
            g.key = key
            g.requested += 1
            g.states[state] = g.states.get(state, 0) + 1
            g.accepted += row.get("accepted_at") is not None
            g.met += row.get("met_at") is not None
            g.outcomes += row.get("concluded_at") is not None
            if row.get("answered_at"):
                start = row.get("offered_at") or row["requested_at"]
                g.answer_days.append(days_between(start, row["answered_at"]))
    return [groups[k] for k in sorted(groups)]
