"""GDPR: exportMyData and the admins' audit trail (eraseMe: mutations.py)."""

from __future__ import annotations

import strawberry
from strawberry.scalars import JSON

from hub.api.core.context import Info
from hub.api.core.pagination import (
    Connection,
    key_after,
    key_cursor,
    keyed_connection,
    page_size,
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
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[AuditEvent]:
        settings, store = info.context.settings, info.context.store
        size = page_size(first, settings.default_page_size, settings.max_page_size)
        place = key_after(after)
        rows = await queries.audit_page(store, place, size + 1)
        return keyed_connection(
            [AuditEvent.from_row(r) for r in rows],
            [key_cursor(r.get("at"), r["id"]) for r in rows[:size]],
            place is not None,
            lambda: queries.audit_count(store),
        )
