"""Creating, changing and deleting startups."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from hub.api.core import profile_writes as writes
from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage
from hub.api.core.formatted import MoneyInput
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrStartup
from hub.api.startups.types import Startup
from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.domain.keys import Caller
from hub.graph.queries.profiles import Current
from hub.graph.queries.startups import STARTUP

UNSET = strawberry.UNSET


@strawberry.input(description="A startup's profile: on update, a field left out is unchanged "
                  "and null clears it.")  # fmt: skip
class StartupInput(writes.PersonProfileInput):
    name: str | None = UNSET
    description: TranslationsInput | None = UNSET
    stage: Stage | None = UNSET
    founded_year: int | None = UNSET
    website: str | None = UNSET
    languages: list[str] | None = UNSET
    seeks: list[Purpose] | None = UNSET
    offers: list[Purpose] | None = UNSET
    funding_sought: MoneyInput | None = strawberry.field(
        default=UNSET, description="How much the startup is raising, in MAD or EUR."
    )
    host_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Admin and partner keys only."
    )
    sector_ids: list[strawberry.ID] | None = UNSET
    target_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Cities or countries the startup targets."
    )
    diaspora_origin_id: strawberry.ID | None = UNSET


def _changes(caller: Caller, data: StartupInput, *, creating: bool) -> profiles.Changes:
    fields = writes.given(data)
    if "host_ids" in fields:
        access.require_may_set_hosts(caller)
    changes = profiles.startup(fields, creating=creating, this_year=datetime.now(UTC).year)
    if creating and access.creator_stewards(caller):
        hosts = [*access.creator_stewards(caller), *changes.links.get("hosts", [])]
        changes.links["hosts"] = list(dict.fromkeys(hosts))
    return changes


@strawberry.type
class StartupMutation:
    @strawberry.mutation(permission_classes=[AdminOrPartner], description="A partner's new "
                         "startup is hosted by its organisation.")  # fmt: skip
    async def create_startup(self, info: Info, input: StartupInput) -> Startup:
        changes = _changes(info.context.caller, input, creating=True)
        return Startup.from_row(await writes.create(info, STARTUP, changes, new_id()))

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def update_startup(self, info: Info, id: strawberry.ID, input: StartupInput) -> Startup:
        caller = info.context.caller

        def authorize(current: Current) -> None:
            access.require_edit(caller, id, current.stewards)

        def build(current: Current) -> profiles.Changes:
            return _changes(caller, input, creating=False)

        return Startup.from_row(await writes.update(info, STARTUP, id, authorize, build))

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="Returns its id.")
    async def delete_startup(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        caller = info.context.caller

        def authorize(current: Current) -> None:
            access.require_steward(caller, id, current.stewards)

        return await writes.delete(info, STARTUP, id, authorize)
