"""introductionStats: per-group counts, conversion and answer times, for partners and admins."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import GroupBy, State
from hub.api.core.permissions import AdminOrPartner
from hub.domain import disclosure
from hub.domain import introduction_stats as stats
from hub.domain.introductions import iso
from hub.graph.queries import introduction_lists as lists


@strawberry.type
class StateCount:
    state: State
    count: int


@strawberry.type(description="Requested → accepted → met → outcome, for one group.")
class IntroductionStatsGroup:
    key: str = strawberry.field(description="The direction, purpose or id grouped on; 'none'.")
    requested: int
    accepted: int
    met: int
    outcomes: int
    acceptance_rate: float | None
    meeting_rate: float | None
    outcome_rate: float | None
    median_days_to_answer: float | None
    by_state: list[StateCount]


@strawberry.type
class IntroductionStatsQuery:
    @strawberry.field(
        permission_classes=[AdminOrPartner],
        description="Introductions created in [from, to), grouped: which bridges work. For "
        "partners, a group keyed by, or smaller than 3 and involving, a profile they may not "
        "see is left out.",
    )
    async def introduction_stats(
        self,
        info: Info,
        group_by: GroupBy = stats.GroupBy.DIRECTION,
        from_: Annotated[datetime | None, strawberry.argument(name="from")] = None,
        to: datetime | None = None,
    ) -> list[IntroductionStatsGroup]:
        start = iso(from_) if from_ else None
        end = iso(to) if to else None
        rows = await lists.stats_rows(info.context.store, start, end)
        days = info.context.settings.introduction_expiry_days
        by = stats.GroupBy(group_by)
        groups = stats.compute(rows, by, datetime.now(UTC), days)
        members: dict[str, list[list[tuple[str | None, object]]]] = defaultdict(list)
        for row in rows:
            for key in stats.keys_of(row, by):
                members[key].append([(p[0], p[1]) for p in row.get("seen") or []])
        groups = disclosure.shown(info.context.caller, groups, lambda g: g.key, members)
        return [
            IntroductionStatsGroup(
                key=g.key,
                requested=g.requested,
                accepted=g.accepted,
                met=g.met,
                outcomes=g.outcomes,
                acceptance_rate=g.rate(g.accepted),
                meeting_rate=g.rate(g.met),
                outcome_rate=g.rate(g.outcomes),
                median_days_to_answer=g.median_days_to_answer,
                by_state=[StateCount(state=s, count=n) for s, n in sorted(g.states.items())],
            )
            for g in groups
        ]
