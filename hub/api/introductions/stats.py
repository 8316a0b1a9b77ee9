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


@strawberry.type(description="How many introductions of a group are in one state now.")
class StateCount:
    state: State = strawberry.field(description="The state (EXPIRED counted as such).")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="Requested → accepted → met → outcome, for one group.")
class IntroductionStatsGroup:
    key: str = strawberry.field(description="The direction, purpose or id grouped on; 'none'.")
    requested: int = strawberry.field(description="Introductions requested in the period.")
    accepted: int = strawberry.field(description="Of those, accepted by the target.")
    met: int = strawberry.field(description="Of those, that led to a meeting.")
    outcomes: int = strawberry.field(description="Of those, with an outcome recorded.")
    acceptance_rate: float | None = strawberry.field(
        description="Accepted / requested, from 0 to 1 (3 decimals); null when none."
    )
    meeting_rate: float | None = strawberry.field(
        description="Met / requested, from 0 to 1; null when none."
    )
    outcome_rate: float | None = strawberry.field(
        description="Outcomes / requested, from 0 to 1; null when none."
    )
    median_days_to_answer: float | None = strawberry.field(
        description="Median days from reaching the target to its answer (calendar days, 2 "
        "decimals); null when nobody answered."
    )
    by_state: list[StateCount] = strawberry.field(
        description="Where the group's introductions stand now."
    )


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
        group_by: Annotated[
            GroupBy, strawberry.argument(description="How to group (default: by direction).")
        ] = stats.GroupBy.DIRECTION,
        from_: Annotated[
            datetime | None,
            strawberry.argument(name="from", description="The period's start (included)."),
        ] = None,
        to: Annotated[
            datetime | None, strawberry.argument(description="The period's end (excluded).")
        ] = None,
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
