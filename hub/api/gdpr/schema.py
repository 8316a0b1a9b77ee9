"""GDPR: exportMyData and the admins' audit trail (eraseMe: mutations.py)."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from hub.api.core.context import Info
from hub.api.core.pagination import (
    After,
    Before,
    Connection,
    First,
    Last,
    Slice,
    keyed_connection,
)
from hub.api.core.permissions import AdminOnly, PartnerMentorOrStartup
from hub.api.gdpr.types import AuditEvent
from hub.graph.queries import gdpr as queries
from hub.services import gdpr


@strawberry.type
class GdprQuery:
    @strawberry.field(
        permission_classes=[PartnerMentorOrStartup],
        description="Everything the hub "
        "holds about the key's startup, mentor or organisation, as JSON "
        "(audited).",
    )
    async def export_my_data(self, info: Info) -> JSON:
        return JSON(await gdpr.export_data(info.context.store, info.context.caller))

    @strawberry.field(permission_classes=[AdminOnly], description="Newest first.")
    async def audit_events(
        self,
        info: Info,
        first: First = None,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[AuditEvent]:
        store, asked = info.context.store, Slice(first, after, last, before)
        window = asked.window(info.context.settings)
        rows = await queries.audit_page(store, window)
        return keyed_connection(
            rows, window, asked, "at", AuditEvent.from_row, lambda: queries.audit_count(store)
        )
