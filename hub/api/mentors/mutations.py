"""Creating, changing and deleting mentors."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrMentor
from hub.api.core.profiles import PersonProfileInput, given
from hub.api.mentors.types import Mentor
from hub.services import mentors as use_cases

UNSET = strawberry.UNSET


@strawberry.input(
    description="A mentor's profile: on update, a field left out is unchanged and null clears it."
)
class MentorInput(PersonProfileInput):
    name: str | None = UNSET
    bio: TranslationsInput | None = UNSET
    languages: list[str] | None = UNSET
    capacity: int | None = UNSET
    sector_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Sectors of expertise."
    )
    affiliation_ids: list[strawberry.ID] | None = strawberry.field(
        default=UNSET, description="Organisations the mentor is affiliated with."
    )


@strawberry.type
class MentorMutation:
    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner's new mentor is affiliated with its organisation.",
    )
    async def create_mentor(self, info: Info, input: MentorInput) -> Mentor:
        row = await use_cases.create_mentor(info.context.store, info.context.caller, given(input))
        return Mentor.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def update_mentor(self, info: Info, id: strawberry.ID, input: MentorInput) -> Mentor:
        context = info.context
        row = await use_cases.update_mentor(context.store, context.caller, id, given(input))
        return Mentor.from_row(row)

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="Returns its id.")
    async def delete_mentor(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_mentor(context.store, context.caller, id))
