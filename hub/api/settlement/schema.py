"""Settlement journeys: templates anyone may read, journeys their parties may follow."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import LookupId
from hub.api.core.permissions import Authenticated
from hub.api.settlement.types import SettlementJourney, SettlementTemplate, followable
from hub.domain.errors import Forbidden
from hub.graph.queries import settlement_templates as template_queries


@strawberry.type
class SettlementQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="One journey, for admins, the startup, partners hosting it and its "
        "mentors (FORBIDDEN for others); null if there is none with this id.",
    )
    async def settlement_journey(self, info: Info, id: LookupId) -> SettlementJourney | None:
        row = await info.context.loaders.settlement.journey.load(id)
        if row is None:
            return None
        if not followable(info, row):
            raise Forbidden("this key may not follow journey {id}", id=id)
        return SettlementJourney.from_row(row)

    @strawberry.field(description="Latest version of each template (every version if asked).")
    async def settlement_templates(
        self,
        info: Info,
        country: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only this country's (and its cities') templates."),
        ] = None,
        all_versions: Annotated[
            bool, strawberry.argument(description="Every version, newest first, not the latest.")
        ] = False,
    ) -> list[SettlementTemplate]:
        rows = await template_queries.templates(info.context.store, country)
        seen: set[str] = set()
        found = []
        for row in rows:  # newest version first per key
            if all_versions or row["key"] not in seen:
                found.append(SettlementTemplate.from_row(row))
            seen.add(row["key"])
        return found

    @strawberry.field(description="One template version by its id (templates are public).")
    async def settlement_template(self, info: Info, id: LookupId) -> SettlementTemplate | None:
        row = await info.context.loaders.settlement.template.load(id)
        return None if row is None else SettlementTemplate.from_row(row)
