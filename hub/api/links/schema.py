"""Reading links in the making: the mentoring and hosting offers awaiting an answer."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.pagination import page_size
from hub.api.core.permissions import Authenticated
from hub.api.links.types import LinkInvitation
from hub.services import invitations


@strawberry.type
class LinkQuery:
    @strawberry.field(
        permission_classes=[Authenticated],
        description="Mentoring and hosting offers awaiting an answer that involve the caller: "
        "made by or to its own profile or (a partner key) what its organisation stewards; all "
        "of them for an admin. Newest first; an offer whose ends the caller may not both see "
        "is left out.",
    )
    async def invitations(
        self,
        info: Info,
        first: Annotated[
            int | None,
            strawberry.argument(description="How many, newest first (default 20, at most 100)."),
        ] = None,
    ) -> list[LinkInvitation]:
        context = info.context
        size = page_size(first, context.settings.default_page_size, context.settings.max_page_size)
        found = await invitations.pending(context.store, context.caller, size)
        return [LinkInvitation.of(outcome) for outcome in found]
