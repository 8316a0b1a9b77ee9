"""GDPR use cases: a startup, mentor or organisation exports what the hub holds about it; a
startup or mentor erases itself. Both are audited in the same statement as what they do."""

from __future__ import annotations

from typing import Any

from hub.domain import gdpr
from hub.domain.errors import NotFound
from hub.domain.events import Event, EventKind
from hub.domain.ids import new_id, now_iso
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role
from hub.graph.queries import gdpr as queries
from hub.graph.store import GraphStore, Row

#: The kind of profile each role's key belongs to.
PROFILE_OF = {Role.STARTUP: "Startup", Role.MENTOR: "Mentor", Role.PARTNER: "Organisation"}


async def export_data(store: GraphStore, caller: Caller) -> dict[str, Any]:
    """Everything the hub holds about the caller's entity, as a JSON document."""
    entity_id, now = gdpr.require_export(caller), now_iso()
    audit = gdpr.audit_event(new_id(), gdpr.EXPORT, caller, entity_id, now)
    kind = EventKind.PROFILE_EXPORTED
    profile = PROFILE_OF.get(caller.role, "Profile") if caller.role else "Profile"
    logged = Event(kind, entity_id, profile, caller, now).row(new_id())
    row = await queries.export(store, entity_id, audit, logged, caller)
    if row is None:
        raise NotFound("no {kind} with id {id}", kind="entity", id=entity_id)
    return gdpr.document(row, now)


async def erase(store: GraphStore, caller: Caller) -> Row:
    """Deletes the caller's startup or mentor and its contact data, revokes its keys, and
    anonymises its introductions and journeys: what was done (`erased_at`, counts)."""
    entity_id, now = gdpr.require_erase(caller), now_iso()
    hashed = gdpr.subject_hash(entity_id)
    audit = gdpr.audit_event(new_id(), gdpr.ERASE, caller, hashed, now)
    placeholder = {
        "id": f"erased-{new_id()}",
        "erased_at": now,
        "created_at": now,
        "profile_visibility": "private",
    }
    # The erasure's own event names neither the profile nor its key: only the placeholder.
    erased_by = Caller(role=caller.role, entity_id=placeholder["id"])
    kind = EventKind.PROFILE_ERASED
    logged = Event(kind, placeholder["id"], "ErasedParty", erased_by, now).row(new_id())
    row = await queries.erase(store, entity_id, placeholder, audit, logged, hashed, now)
    if row is None:
        raise NotFound("no {kind} with id {id}", kind="entity", id=entity_id)
    return {**row, "erased_at": now}
