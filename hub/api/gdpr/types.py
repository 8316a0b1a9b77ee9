"""What the GDPR operations answer: audited actions, and what an erasure did."""

from __future__ import annotations

from datetime import datetime
from typing import Self

import strawberry

from hub.api.core.node import Node
from hub.graph.store import Row


@strawberry.type(description="One audited action: who (which key) did what about whom, when.")
class AuditEvent(Node):
    action: str
    actor_key_id: str | None
    actor_role: str | None
    subject_id: str = strawberry.field(description="An entity id, or its hash once erased.")
    at: datetime

    @classmethod
    def from_row(cls, row: Row) -> Self:
        at = datetime.fromisoformat(row["at"])
        return cls(
            id=strawberry.ID(row["id"]),
            created_at=at,
            updated_at=at,  # an audited action never changes
            row=row,
            action=row["action"],
            actor_key_id=row.get("actor_key_id"),
            actor_role=row.get("actor_role"),
            subject_id=row["subject_id"],
            at=at,
        )


@strawberry.type(description="What eraseMe did.")
class Erasure:
    erased_at: datetime
    keys_revoked: int
    introductions_anonymised: int
    journeys_anonymised: int
