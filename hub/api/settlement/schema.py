"""Settlement journeys: templates anyone may read, journeys their parties may follow."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import Authenticated
from hub.api.settlement.types import SettlementJourney, SettlementTemplate, followable
from hub.domain.errors import Forbidden
from hub.graph.queries import settlement_templates as template_queries


@strawberry.type
class SettlementQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="For admins, the startup, partners hosting it and its mentors.",
    )
    async def settlement_journey(self, info: Info, id: strawberry.ID) -> SettlementJourney | None:
        row = await info.context.loaders.settlement.journey.load(id)
        if row is None:
            return None
        if not followable(info, row):
            raise Forbidden("this key may not follow journey {id}", id=id)
        return SettlementJourney.from_row(row)

    @strawberry.field(description="Latest version of each template (every version if asked).")
    async def settlement_templates(
        self, info: Info, country: strawberry.ID | None = None, all_versions: bool = False
    ) -> list[SettlementTemplate]:
        rows = await template_queries.templates(info.context.store, country)
        seen: set[str] = set()
        found = []
        for row in rows:  # newest version first per key
            if all_versions or row["key"] not in seen:
                found.append(SettlementTemplate.from_row(row))
            seen.add(row["key"])
        return found

    @strawberry.field
    async def settlement_template(self, info: Info, id: strawberry.ID) -> SettlementTemplate | None:
        row = await info.context.loaders.settlement.template.load(id)
        return None if row is None else SettlementTemplate.from_row(row)
