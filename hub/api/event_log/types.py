"""A log event as a reader sees it: what changed, who changed it, when."""

from __future__ import annotations

from datetime import datetime
from typing import Self

import strawberry
from strawberry.scalars import JSON

from hub.api.core.node import Node, unchanging
from hub.domain.events import stored_changes
from hub.graph.store import Row


@strawberry.type(description="One field a change set: its value before and after.")
class FieldChange:
    field: str = strawberry.field(description="The field (as stored: `profile_visibility`).")
    before: JSON | None = strawberry.field(
        description="Its value before; null when it had none, when undisclosed, or for a "
        "relationship set (only the new set is kept)."
    )
    after: JSON | None = strawberry.field(
        description="Its value after; null when removed or undisclosed."
    )
    disclosed: bool = strawberry.field(
        description="False for contact details and secrets: the event says they changed, "
        "never their values."
    )


@strawberry.type(
    description="One change the hub made, from its event log: every change writes one in the "
    "same atomic statement."
)
class LogEvent(Node):
    seq: int = strawberry.field(description="Its place in the log's total order (rising).")
    kind: str = strawberry.field(description="What happened: `profile.updated`, …")
    entity_id: strawberry.ID = strawberry.field(description="The entity it is about.")
    entity_kind: str = strawberry.field(description="Its kind: Startup, Mentor, Organisation…")
    actor_key_id: str | None = strawberry.field(description="The key that made the change.")
    actor_role: str | None = strawberry.field(description="That key's role.")
    actor_id: strawberry.ID | None = strawberry.field(
        description="The profile that key acts for (null for an admin key)."
    )
    at: datetime = strawberry.field(description="When (UTC).")
    changes: list[FieldChange] = strawberry.field(description="What changed, field by field.")

    @classmethod
    def from_row(cls, row: Row) -> Self:
        at = datetime.fromisoformat(row["at"])
        return cls(
            **unchanging(row, at),
            seq=int(row["seq"]),
            kind=row["kind"],
            entity_id=strawberry.ID(row["entity_id"]),
            entity_kind=row["entity_kind"],
            actor_key_id=row.get("actor_key_id"),
            actor_role=row.get("actor_role"),
            actor_id=row.get("actor_id"),
            at=at,
            changes=[
                FieldChange(
                    field=c.field,
                    before=JSON(c.before) if c.before is not None else None,
                    after=JSON(c.after) if c.after is not None else None,
                    disclosed=c.disclosed,
                )
                for c in stored_changes(row.get("changes"))
            ],
        )
