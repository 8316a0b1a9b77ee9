"""Creating, changing and deleting startups."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.arguments import StartupId
from hub.api.core.context import Info
from hub.api.core.enums import Purpose, Stage
from hub.api.core.formatted import MoneyInput
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrStartup
from hub.api.core.profiles import PersonProfileInput, given, patch_field
from hub.api.startups.types import Startup
from hub.services import startups as use_cases

UNSET = strawberry.UNSET


@strawberry.input(
    description="A startup's profile: on update, a field left out is unchanged and null clears it."
)
class StartupInput(PersonProfileInput):
    name: str | None = patch_field("Its name (required on create).")
    description: TranslationsInput | None = patch_field(
        "What it does, in fr/en/ar (languages left out are kept)."
    )
    stage: Stage | None = patch_field("Where it is on Technopark's path.")
    founded_year: int | None = patch_field("The year it was founded (not in the future).")
    website: str | None = patch_field("An http(s) URL.")
    languages: list[str] | None = patch_field("Languages it works in: fr, en, ar.")
    seeks: list[Purpose] | None = patch_field("What it seeks (suggestions look for it).")
    offers: list[Purpose] | None = patch_field("What it offers others.")
    funding_sought: MoneyInput | None = strawberry.field(
        default=UNSET, description="How much the startup is raising, in MAD or EUR."
    )
    host_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Admin and partner keys only."
    )
    sector_ids: list[strawberry.ID] | None = patch_field("Ids of its sectors (the whole set).")
    target_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Cities or countries the startup targets."
    )
    diaspora_origin_id: strawberry.ID | None = patch_field(
        "For a diaspora startup: its founders' country of origin."
    )


@strawberry.type
class StartupMutation:
    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner's new startup is hosted by its organisation.",
    )
    async def create_startup(
        self,
        info: Info,
        input: Annotated[StartupInput, strawberry.argument(description="The new startup.")],
    ) -> Startup:
        row = await use_cases.create_startup(info.context.store, info.context.caller, given(input))
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Change a startup's profile: its own key, or a partner of an organisation "
        "hosting it. Values equal to the stored ones change nothing (updatedAt is kept).",
    )
    async def update_startup(
        self,
        info: Info,
        id: StartupId,
        input: Annotated[StartupInput, strawberry.argument(description="What changes.")],
    ) -> Startup:
        context = info.context
        row = await use_cases.update_startup(context.store, context.caller, id, given(input))
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Delete a startup (a partner: one its organisation hosts); returns its id.",
    )
    async def delete_startup(self, info: Info, id: StartupId) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_startup(context.store, context.caller, id))
