"""GDPR: exportMyData, eraseMe, and the admins' audit trail of both."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from hub.api.core.context import Info
from hub.api.core.pagination import Connection, connection, decode_cursor, page_size
from hub.api.core.permissions import AdminOnly, MentorOrStartup, PartnerMentorOrStartup
from hub.domain import gdpr
from hub.domain.errors import NotFound
from hub.domain.ids import new_id, now_iso
from hub.graph.queries import gdpr as queries
from hub.graph.store import Row


@strawberry.type(description="One audited action: who (which key) did what about whom, when.")
class AuditEvent:
    id: strawberry.ID
    action: str
    actor_key_id: str | None
    actor_role: str | None
    subject_id: str = strawberry.field(description="An entity id, or its hash once erased.")
    at: datetime

    @classmethod
    def from_row(cls, row: Row) -> AuditEvent:
        return cls(
            id=strawberry.ID(row["id"]),
            action=row["action"],
            actor_key_id=row.get("actor_key_id"),
            actor_role=row.get("actor_role"),
            subject_id=row["subject_id"],
            at=datetime.fromisoformat(row["at"]),
        )


@strawberry.type(description="What eraseMe did.")
class Erasure:
    erased_at: datetime
    keys_revoked: int
    introductions_anonymised: int
    journeys_anonymised: int


@strawberry.type
class GdprQuery:
    @strawberry.field(
        permission_classes=[PartnerMentorOrStartup],
        description="Everything the hub "
        "holds about the key's startup, mentor or organisation, as JSON "
        "(audited).",
    )
    async def export_my_data(self, info: Info) -> JSON:
        caller = info.context.caller
        entity_id, now = gdpr.require_export(caller), now_iso()
        audit = gdpr.audit_event(new_id(), gdpr.EXPORT, caller, entity_id, now)
        seen = info.context.loaders.viewer
        row = await queries.export(info.context.store, entity_id, audit, seen)
        if row is None:
            raise NotFound("no {kind} with id {id}", kind="entity", id=entity_id)
        return JSON(gdpr.document(row, now))

    @strawberry.field(permission_classes=[AdminOnly], description="Newest first.")
    async def audit_events(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[AuditEvent]:
        settings, store = info.context.settings, info.context.store
        size = page_size(first, settings.default_page_size, settings.max_page_size)
        offset = decode_cursor(after)
        rows = await queries.audit_page(store, offset, size + 1)
        return connection(
            [AuditEvent.from_row(r) for r in rows], offset, size, lambda: queries.audit_count(store)
        )


@strawberry.type
class GdprMutation:
    @strawberry.mutation(
        permission_classes=[MentorOrStartup],
        description="Deletes the key's "
        "startup or mentor and its contact data, revokes its keys; its "
        "introductions and journeys stay, anonymised (audited).",
    )
    async def erase_me(self, info: Info) -> Erasure:
        caller = info.context.caller
        entity_id, now = gdpr.require_erase(caller), now_iso()
        hashed = gdpr.subject_hash(entity_id)
        audit = gdpr.audit_event(new_id(), gdpr.ERASE, caller, hashed, now)
        placeholder = {
            "id": f"erased-{new_id()}",
            "erased_at": now,
            "created_at": now,
            "profile_visibility": "private",
        }
        row = await queries.erase(info.context.store, entity_id, placeholder, audit, hashed, now)
        if row is None:
            raise NotFound("no {kind} with id {id}", kind="entity", id=entity_id)
        return Erasure(
            erased_at=datetime.fromisoformat(now),
            keys_revoked=int(row["revoked"]),
            introductions_anonymised=int(row["introductions"]),
            journeys_anonymised=int(row["journeys"]),
        )
