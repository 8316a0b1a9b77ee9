"""GDPR: eraseMe (hub.services.gdpr)."""

from __future__ import annotations

from datetime import datetime

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import MentorOrStartup
from hub.api.gdpr.types import Erasure
from hub.services import gdpr


@strawberry.type
class GdprMutation:
    @strawberry.mutation(
        permission_classes=[MentorOrStartup],
        description="Deletes the key's "
        "startup or mentor and its contact data, revokes its keys; its "
        "introductions and journeys stay, anonymised (audited).",
    )
    async def erase_me(self, info: Info) -> Erasure:
        row = await gdpr.erase(info.context.store, info.context.caller)
        return Erasure(
            erased_at=datetime.fromisoformat(row["erased_at"]),
            keys_revoked=int(row["revoked"]),
            introductions_anonymised=int(row["introductions"]),
            journeys_anonymised=int(row["journeys"]),
        )
