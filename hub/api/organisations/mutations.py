"""Creating, changing and deleting organisations."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.arguments import OrganisationId
from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOnly, AdminOrPartner
from hub.api.core.profiles import given, patch_field
from hub.api.organisations.types import Organisation
from hub.services import organisations as use_cases

UNSET = strawberry.UNSET


@strawberry.input(
    description="An organisation's profile: on update, a field left out is "
    "unchanged and null clears it."
)
class OrganisationInput:
    id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="On create only: a slug id (a UUID is given otherwise)."
    )
    kind: OrganisationKind | None = patch_field("What kind of organisation (required on create).")
    name: TranslationsInput | None = patch_field(
        "Its name in fr/en/ar (required on create; languages left out are kept)."
    )
    description: TranslationsInput | None = patch_field("What it does, in fr/en/ar.")
    website: str | None = patch_field("An http(s) URL.")
    languages: list[str] | None = patch_field("Its working languages: fr, en, ar.")
    email: str | None = patch_field("A public contact email (organisations are public).")
    phone: str | None = patch_field("A public contact phone number.")
    city_id: strawberry.ID | None = patch_field("The id of the city it is based in.")


@strawberry.type
class OrganisationMutation:
    @strawberry.mutation(permission_classes=[AdminOnly], description="Add an organisation.")
    async def create_organisation(
        self,
        info: Info,
        input: Annotated[
            OrganisationInput, strawberry.argument(description="The new organisation.")
        ],
    ) -> Organisation:
        row = await use_cases.create_organisation(
            info.context.store, info.context.caller, given(input)
        )
        return Organisation.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner key updates its own organisation only.",
    )
    async def update_organisation(
        self,
        info: Info,
        id: OrganisationId,
        input: Annotated[OrganisationInput, strawberry.argument(description="What changes.")],
    ) -> Organisation:
        context = info.context
        row = await use_cases.update_organisation(context.store, context.caller, id, given(input))
        return Organisation.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOnly], description="Delete an organisation; returns its id."
    )
    async def delete_organisation(self, info: Info, id: OrganisationId) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_organisation(context.store, context.caller, id))
