"""Creating, changing and deleting organisations."""

from __future__ import annotations

import strawberry

from hub.api.core import profile_writes as writes
from hub.api.core.context import Info
from hub.api.core.enums import OrganisationKind
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOnly, AdminOrPartner
from hub.api.organisations.types import Organisation
from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.graph.queries.organisations import ORGANISATION
from hub.graph.queries.profiles import Current

UNSET = strawberry.UNSET


@strawberry.input(description="An organisation's profile: on update, a field left out is "
                  "unchanged and null clears it.")  # fmt: skip
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
        changes = profiles.organisation(writes.given(input), creating=True)
        node_id = changes.props.pop("id", None) or new_id()
        return Organisation.from_row(await writes.create(info, ORGANISATION, changes, node_id))

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="A partner key "
                         "updates its own organisation only.")  # fmt: skip
    async def update_organisation(
        self, info: Info, id: strawberry.ID, input: OrganisationInput
    ) -> Organisation:
        caller = info.context.caller

        def authorize(current: Current) -> None:
            access.require_edit(caller, id, current.stewards)

        def build(current: Current) -> profiles.Changes:
            return profiles.organisation(writes.given(input), creating=False, current=current.node)

        row = await writes.update(info, ORGANISATION, id, authorize, build)
        return Organisation.from_row(row)

    @strawberry.mutation(permission_classes=[AdminOnly], description="Returns its id.")
    async def delete_organisation(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        return await writes.delete(info, ORGANISATION, id, lambda current: None)
