"""The hub's event log: one event for every change, written in the same statement as the
change (pure rules here: what an event says, what it may never say, who may read it).

An event names what happened (`kind`), who did it (the key's id and role, the profile it acts
for), when, the entity it is about, and the fields that changed with their values before and
after. Contact details and secrets are never written in clear: a change to one is recorded
as changed, without its values."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hub.domain.introductions import Action
from hub.domain.keys import Caller

#: Fields whose values an event never holds (a change to them is recorded, not their values).
UNDISCLOSED = frozenset({"email", "phone", "hash", "secret", "token"})
#: Bookkeeping properties every write sets; not changes anyone asked for.
BOOKKEEPING = frozenset({"updated_at", "created_at", "search", "locked"})


class EventKind(StrEnum):
    PROFILE_CREATED = "profile.created"
    PROFILE_UPDATED = "profile.updated"
    PROFILE_DELETED = "profile.deleted"
    PROFILE_EXPORTED = "profile.exported"
    PROFILE_ERASED = "profile.erased"
    INTRODUCTION_REQUESTED = "introduction.requested"
    INTRODUCTION_APPROVED = "introduction.approved"
    INTRODUCTION_REJECTED = "introduction.rejected"
    INTRODUCTION_ACCEPTED = "introduction.accepted"
    INTRODUCTION_DECLINED = "introduction.declined"
    INTRODUCTION_MET = "introduction.met"
    INTRODUCTION_CONCLUDED = "introduction.concluded"
    INTRODUCTION_WITHDRAWN = "introduction.withdrawn"
    INTRODUCTION_EXPIRED = "introduction.expired"
    LINK_OFFERED = "link.offered"
    LINK_ACCEPTED = "link.accepted"
    LINK_ENDED = "link.ended"
    KEY_CREATED = "key.created"
    KEY_REVOKED = "key.revoked"
    JOURNEY_STARTED = "journey.started"
    STEP_UPDATED = "journey.step_updated"


#: The event each introduction action logs.
INTRODUCTION_EVENTS: dict[Action, EventKind] = {
    Action.REQUEST: EventKind.INTRODUCTION_REQUESTED,
    Action.APPROVE: EventKind.INTRODUCTION_APPROVED,
    Action.REJECT: EventKind.INTRODUCTION_REJECTED,
    Action.ACCEPT: EventKind.INTRODUCTION_ACCEPTED,
    Action.DECLINE: EventKind.INTRODUCTION_DECLINED,
    Action.MEET: EventKind.INTRODUCTION_MET,
    Action.RECORD_OUTCOME: EventKind.INTRODUCTION_CONCLUDED,
    Action.WITHDRAW: EventKind.INTRODUCTION_WITHDRAWN,
    Action.EXPIRE: EventKind.INTRODUCTION_EXPIRED,
}


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any
    #: False for an undisclosed field: it changed, its values are not kept.
    disclosed: bool = True


def changes_between(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[Change]:
    """The fields `after` sets to something other than `before` holds, by name; None is an
    absent value. Undisclosed fields keep no values."""
    found = []
    for name in sorted(after):
        if name in BOOKKEEPING or before.get(name) == after[name]:
            continue
        if name in UNDISCLOSED:
            found.append(Change(name, None, None, disclosed=False))
        else:
            found.append(Change(name, before.get(name), after[name]))
    return found


@dataclass(frozen=True)
class Event:
    kind: EventKind
    entity_id: str
    entity_kind: str
    actor: Caller
    at: str
    changed: tuple[Change, ...] = ()
    #: When the hub recorded it, if not when it happened (the demo replays a past).
    recorded_at: str | None = None

    def row(self, event_id: str) -> dict[str, Any]:
        """The event as stored: plain properties (the changes as one JSON text, since graph
        properties hold no maps)."""
        return {
            "id": event_id,
            "kind": self.kind.value,
            "entity_id": self.entity_id,
            "entity_kind": self.entity_kind,
            "actor_key_id": self.actor.key_id,
            "actor_role": self.actor.role.value if self.actor.role else None,
            "actor_id": self.actor.entity_id,
            "at": self.at,
            "created_at": self.recorded_at or self.at,
            "changes": json.dumps(
                [
                    {
                        "field": c.field,
                        "before": c.before,
                        "after": c.after,
                        "disclosed": c.disclosed,
                    }
                    for c in self.changed
                ],
                ensure_ascii=False,
                sort_keys=True,
            ),
        }


def stored_changes(text: str | None) -> list[Change]:
    """The changes of a stored event."""
    return [
        Change(c["field"], c["before"], c["after"], c["disclosed"])
        for c in json.loads(text or "[]")
    ]
