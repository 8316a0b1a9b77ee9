"""Partner view: how journeys go, by destination, host organisation and programme."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner
from hub.domain import disclosure
from hub.domain import settlement_stats as stats
from hub.graph.queries import settlement as queries


@strawberry.type(description="Journeys of one group (a destination, host or programme).")
class SettlementGroupStats:
    id: strawberry.ID = strawberry.field(
        description="The destination, host organisation or programme grouped on."
    )
    started: int = strawberry.field(description="Journeys started in the period.")
    completed: int = strawberry.field(description="Of those, completed.")
    median_days_to_settle: float | None = strawberry.field(
        description="Median calendar days from start to completion; null when none completed."
    )


@strawberry.type(description="A step where journeys stall.")
class SettlementStall:
    key: str = strawberry.field(description="The template step's key.")
    median_days: float | None = strawberry.field(
        description="Median days from start to done (to today while still open)."
    )
    journeys_blocked: int = strawberry.field(description="Journeys where it was ever blocked.")
    blocked_now: int = strawberry.field(description="Journeys where it is blocked today.")


@strawberry.type(description="How landings go: started, completed, how long, where they stall.")
class SettlementStats:
    started: int = strawberry.field(description="Journeys started in the period.")
    completed: int = strawberry.field(description="Of those, completed.")
    median_days_to_settle: float | None = strawberry.field(
        description="Median calendar days from start to completion; null when none completed."
    )
    by_destination: list[SettlementGroupStats] = strawberry.field(
        description="By destination city or country."
    )
    by_host: list[SettlementGroupStats] = strawberry.field(
        description="By the startup's host organisations."
    )
    by_programme: list[SettlementGroupStats] = strawberry.field(
        description="By the startup's programmes."
    )
    slowest_steps: list[SettlementStall] = strawberry.field(description="Slowest steps first.")
    most_blocked_steps: list[SettlementStall] = strawberry.field(
        description="Most often blocked steps first."
    )


def _groups(groups: list[stats.GroupStats]) -> list[SettlementGroupStats]:
    return [
        SettlementGroupStats(
            id=strawberry.ID(g.key),
            started=g.started,
            completed=g.completed,
            median_days_to_settle=g.median_days_to_settle,
        )
        for g in groups
    ]


def _stalls(found: list[stats.StepStall]) -> list[SettlementStall]:
    return [
        SettlementStall(
            key=s.key,
            median_days=s.median_days,
            journeys_blocked=s.journeys_blocked,
            blocked_now=s.blocked_now,
        )
        for s in found
    ]


@strawberry.type
class SettlementStatsQuery:
    @strawberry.field(
        permission_classes=[AdminOrPartner],
        description="Journeys started "
        "between `from` (included) and `to` (excluded); a country includes its "
        "cities. For partners, a group smaller than 3 that involves a startup "
        "they may not see is left out.",
    )
    async def settlement_stats(
        self,
        info: Info,
        destination_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only journeys to this city or country."),
        ] = None,
        from_: Annotated[
            date | None,
            strawberry.argument(name="from", description="The period's first day (included)."),
        ] = None,
        to: Annotated[
            date | None, strawberry.argument(description="The day after the period (excluded).")
        ] = None,
    ) -> SettlementStats:
        rows = await queries.stats_rows(
            info.context.store,
            destination_id,
            from_.isoformat() if from_ else None,
            to.isoformat() if to else None,
        )
        found = stats.settlement_stats(rows, datetime.now(UTC).date())
        caller = info.context.caller

        def shown(groups: list[stats.GroupStats], field: str) -> list[SettlementGroupStats]:
            members: dict[str, list[list[tuple[str | None, object]]]] = defaultdict(list)
            for row in rows:
                value = row.get(field)
                for key in value if isinstance(value, list) else [value]:
                    members[str(key)].append([(row.get("startup"), row.get("seen"))])
            return _groups(disclosure.shown(caller, groups, lambda g: g.key, members))

        return SettlementStats(
            started=found.overall.started,
            completed=found.overall.completed,
            median_days_to_settle=found.overall.median_days_to_settle,
            by_destination=shown(found.by_destination, "destination"),
            by_host=shown(found.by_host, "hosts"),
            by_programme=shown(found.by_programme, "programmes"),
            slowest_steps=_stalls(found.slowest_steps),
            most_blocked_steps=_stalls(found.most_blocked_steps),
        )
