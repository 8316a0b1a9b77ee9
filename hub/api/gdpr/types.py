"""What the GDPR operations answer: audited actions, and what an erasure did."""

from __future__ import annotations

from datetime import datetime
from typing import Self

import strawberry

from hub.api.core.node import Node, unchanging
from hub.graph.store import Row


@strawberry.type(description="One audited action: who (which key) did what about whom, when.")
class AuditEvent(Node):
    action: str = strawberry.field(
        description="What was done: `export`, `erase`, or a relationship offer's step such as "
        "`mentoring.offered`."
    )
    actor_key_id: str | None = strawberry.field(
        description="The id of the API key that did it (never its secret)."
    )
    actor_role: str | None = strawberry.field(description="That key's role.")
    subject_id: str = strawberry.field(description="An entity id, or its hash once erased.")
    at: datetime = strawberry.field(description="When (UTC).")

    @classmethod
    def from_row(cls, row: Row) -> Self:
        at = datetime.fromisoformat(row["at"])
        return cls(
            **unchanging(row, at),
            action=row["action"],
            actor_key_id=row.get("actor_key_id"),
            actor_role=row.get("actor_role"),
            subject_id=row["subject_id"],
            at=at,
        )


@strawberry.type(description="What eraseMe did.")
class Erasure:
    erased_at: datetime = strawberry.field(description="When the profile was erased (UTC).")
    keys_revoked: int = strawberry.field(description="The profile's API keys now revoked.")
    introductions_anonymised: int = strawberry.field(
        description="Introductions kept for the other parties' history and the statistics, "
        "with the erased party replaced by an anonymous placeholder."
    )
    journeys_anonymised: int = strawberry.field(
        description="Settlement journeys kept, anonymised, for the statistics."
    )
