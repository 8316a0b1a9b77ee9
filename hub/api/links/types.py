"""A mentoring or hosting link as its ends see it: who offered it, whom it awaits, its state."""

from __future__ import annotations

from datetime import datetime

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import LinkKind, LinkSide, LinkState
from hub.api.core.node import loaded
from hub.api.mentors.types import Mentor
from hub.api.organisations.types import Organisation
from hub.api.startups.types import Startup
from hub.domain import invitations
from hub.domain.vocabulary import Kind
from hub.services.invitations import Outcome


@strawberry.type(
    description="A link that opens one party to another (a mentor to a startup's journey, a "
    "host to its startup) exists only once both ends said yes: one end offers it, the other "
    "accepts by asking for it too. Ends the caller may not see are null."
)
class LinkInvitation:
    kind: LinkKind = strawberry.field(description="Which relationship.")
    state: LinkState = strawberry.field(description="Where the offer stands.")
    offered_by: LinkSide | None = strawberry.field(
        description="The end that offered it (null when one caller linked both ends at once)."
    )
    awaiting: LinkSide | None = strawberry.field(
        description="The end whose answer it awaits (only while OFFERED)."
    )
    offered_at: datetime | None = strawberry.field(
        description="When it was offered (UTC); null when linked at once."
    )
    source_id: strawberry.Private[str]
    target_id: strawberry.Private[str]

    @classmethod
    def of(cls, outcome: Outcome) -> LinkInvitation:
        waiting = (
            invitations.awaiting(outcome.offered_by)
            if outcome.state is LinkState.OFFERED and outcome.offered_by
            else None
        )
        return cls(
            kind=outcome.kind,
            state=outcome.state,
            offered_by=outcome.offered_by,
            awaiting=waiting,
            offered_at=datetime.fromisoformat(outcome.offered_at) if outcome.offered_at else None,
            source_id=outcome.source_id,
            target_id=outcome.target_id,
        )

    @strawberry.field(description="The mentor (MENTORING).")
    async def mentor(self, info: Info) -> Mentor | None:
        if self.kind is not LinkKind.MENTORING:
            return None
        return await loaded(info, Kind.MENTOR, self.source_id, Mentor)

    @strawberry.field(description="The startup mentored or hosted.")
    async def startup(self, info: Info) -> Startup | None:
        if self.kind is LinkKind.PARTNERSHIP:
            return None
        startup_id = self.target_id if self.kind is LinkKind.MENTORING else self.source_id
        return await loaded(info, Kind.STARTUP, startup_id, Startup)

    @strawberry.field(
        description="The host organisation (HOSTING), or the partner whose id comes first "
        "(PARTNERSHIP)."
    )
    async def organisation(self, info: Info) -> Organisation | None:
        found = {LinkKind.HOSTING: self.target_id, LinkKind.PARTNERSHIP: self.source_id}
        if self.kind not in found:
            return None
        return await loaded(info, Kind.ORGANISATION, found[self.kind], Organisation)

    @strawberry.field(description="The other partner (PARTNERSHIP).")
    async def partner(self, info: Info) -> Organisation | None:
        if self.kind is not LinkKind.PARTNERSHIP:
            return None
        return await loaded(info, Kind.ORGANISATION, self.target_id, Organisation)
