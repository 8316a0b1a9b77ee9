"""GDPR: who may export or erase what, the audit trail, the export document (pure, no I/O).

`exportMyData` returns everything the hub holds about the caller's entity (a startup, a mentor,
or for a partner key its organisation). `eraseMe` deletes a startup or mentor and its contact
data and revokes its keys; its introductions and settlement journeys stay, pointing at an
anonymous placeholder (which keeps only the host, city and programme links statistics group
on), so every count stays right. Each action writes an `AuditEvent` in the same statement;
after an erasure the subject of its audit events is only a hash of its id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from hub.domain.errors import Forbidden
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role

EXPORT = "export_my_data"
ERASE = "erase_me"
ERASABLE = frozenset({Role.STARTUP, Role.MENTOR})


def subject_hash(entity_id: str) -> str:
    """What audit events keep of an erased subject."""
    return "sha256:" + hashlib.sha256(entity_id.encode()).hexdigest()


def require_export(caller: Caller) -> str:
    """The entity whose data the caller may export: its own (admins have none)."""
    if caller.entity_id is None or caller.role is None or caller.role is Role.ADMIN:
        raise Forbidden("a {role} key may not do this", role=caller.role or "anonymous")
    return caller.entity_id


def require_erase(caller: Caller) -> str:
    """Only a startup or mentor erases itself; an organisation is not a person."""
    if caller.entity_id is None or caller.role not in ERASABLE:
        raise Forbidden("a {role} key may not do this", role=caller.role or "anonymous")
    return caller.entity_id


def audit_event(
    event_id: str, action: str, caller: Caller, subject_id: str, at: str
) -> dict[str, Any]:
    return {
        "id": event_id,
        "action": action,
        "actor_key_id": caller.key_id,
        "actor_role": caller.role.value if caller.role else None,
        "subject_id": subject_id,
        "at": at,
    }


def _unique(rows: Iterable[dict[str, Any]], key: str = "id") -> list[dict[str, Any]]:
    found: dict[Any, dict[str, Any]] = {}
    for row in rows:
        found.setdefault(row.get(key), row)
    return [found[k] for k in sorted(found, key=str)]


def document(row: dict[str, Any], at: str) -> dict[str, Any]:
    """The export: profile, relationships, introductions with their events, settlement
    journeys with their steps and events, keys (metadata, never hashes), and the event log's
    events about the profile."""
    steps_by_journey: dict[str, list[dict[str, Any]]] = {}
    events_by_step: dict[str, list[dict[str, Any]]] = {}
    for event in _unique(row["step_events"]):
        events_by_step.setdefault(event.pop("step_id"), []).append(event)
    for step in _unique(row["steps"]):
        step["events"] = sorted(events_by_step.get(step["id"], []), key=lambda e: str(e["seq"]))
        steps_by_journey.setdefault(step.pop("journey_id"), []).append(step)
    events: dict[str, list[dict[str, Any]]] = {}
    for event in _unique(row["introduction_events"], "seq"):
        events.setdefault(event["introduction_id"], []).append(event)
    introductions = _unique(row["introductions"])
    for intro in introductions:
        intro.pop("locked", None)
        intro["events"] = sorted(events.get(intro["id"], []), key=lambda e: int(e["seq"]))
    journeys = _unique(row["journeys"])
    for journey in journeys:
        journey["steps"] = steps_by_journey.get(journey["id"], [])
    kind = next((label for label in row["labels"] if label != "Entity"), None)
    return {
        "exportedAt": at,
        "kind": kind,
        "profile": row["profile"],
        "relationships": sorted(row["relationships"], key=lambda r: (r["type"], str(r["id"]))),
        "introductions": introductions,
        "settlementJourneys": journeys,
        "keys": sorted(row["keys"], key=lambda k: str(k.get("created_at"))),
        "eventLog": sorted(_unique(row["log_events"]), key=lambda e: int(e["seq"])),
    }
