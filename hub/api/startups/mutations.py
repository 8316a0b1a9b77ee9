"""Creating, changing and deleting startups."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage
from hub.api.core.formatted import MoneyInput
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrStartup
from hub.api.core.profiles import PersonProfileInput, given
from hub.api.startups.types import Startup
from hub.services import startups as use_cases

UNSET = strawberry.UNSET


@strawberry.input(
    description="A startup's profile: on update, a field left out is unchanged and null clears it."
)
class StartupInput(PersonProfileInput):
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


@strawberry.type
class StartupMutation:
    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner's new startup is hosted by its organisation.",
    )
    async def create_startup(self, info: Info, input: StartupInput) -> Startup:
        row = await use_cases.create_startup(info.context.store, info.context.caller, given(input))
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def update_startup(self, info: Info, id: strawberry.ID, input: StartupInput) -> Startup:
        context = info.context
        row = await use_cases.update_startup(context.store, context.caller, id, given(input))
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="Returns its id.")
    async def delete_startup(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_startup(context.store, context.caller, id))
