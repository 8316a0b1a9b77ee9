"""Creating, changing and deleting organisations."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOnly, AdminOrPartner
from hub.api.core.profiles import given
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
    kind: OrganisationKind | None = UNSET
    name: TranslationsInput | None = UNSET
    description: TranslationsInput | None = UNSET
    website: str | None = UNSET
    languages: list[str] | None = UNSET
    email: str | None = UNSET
    phone: str | None = UNSET
    city_id: strawberry.ID | None = UNSET


@strawberry.type
class OrganisationMutation:
    @strawberry.mutation(permission_classes=[AdminOnly])
    async def create_organisation(self, info: Info, input: OrganisationInput) -> Organisation:
        row = await use_cases.create_organisation(info.context.store, given(input))
        return Organisation.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner key updates its own organisation only.",
    )
    async def update_organisation(
        self, info: Info, id: strawberry.ID, input: OrganisationInput
    ) -> Organisation:
        context = info.context
        row = await use_cases.update_organisation(context.store, context.caller, id, given(input))
        return Organisation.from_row(row)

    @strawberry.mutation(permission_classes=[AdminOnly], description="Returns its id.")
    async def delete_organisation(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_organisation(context.store, context.caller, id))
