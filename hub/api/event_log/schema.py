"""`eventLog`: the hub's changes as each key may read them, to follow without polling blind."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.pagination import After, Before, Connection, First, Last, Slice, sequenced
from hub.api.core.permissions import Authenticated
from hub.api.event_log.types import LogEvent
from hub.graph.queries import event_log
from hub.graph.store import Row


@strawberry.type
class EventLogQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="The hub's changes, oldest first: admins read every event; other keys the "
        "events about their own profile and, for a partner, about the profiles its "
        "organisation stewards. Follow it by passing the last endCursor as `after`.",
    )
    async def event_log(
        self,
        info: Info,
        kinds: Annotated[
            list[str] | None,
            strawberry.argument(description="Only these kinds (`profile.updated`, …)."),
        ] = None,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[LogEvent]:
        store, viewer = info.context.store, info.context.caller

        async def fetch(since: int, until: int | None, limit: int, backward: bool) -> list[Row]:
            return await event_log.page(store, viewer, since, until, limit, backward, kinds)

        asked = Slice(first, after, last, before)
        return await sequenced(asked, info.context.settings, fetch, LogEvent.from_row)
