"""Creating, changing and deleting mentors."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.arguments import MentorId
from hub.api.core.context import Info
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrMentor
from hub.api.core.profiles import PersonProfileInput, given, patch_field
from hub.api.mentors.types import Mentor
from hub.services import mentors as use_cases

UNSET = strawberry.UNSET


@strawberry.input(
    description="A mentor's profile: on update, a field left out is unchanged and null clears it."
)
class MentorInput(PersonProfileInput):
    name: str | None = patch_field("The mentor's full name (required on create).")
    bio: TranslationsInput | None = patch_field(
        "Who the mentor is and what they help with, in fr/en/ar (languages left out are kept)."
    )
    languages: list[str] | None = patch_field("Languages the mentor mentors in: fr, en, ar.")
    capacity: int | None = patch_field(
        "How many startups the mentor can follow at once (0 or more); suggestions count the "
        "free places."
    )
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
    async def create_mentor(
        self,
        info: Info,
        input: Annotated[MentorInput, strawberry.argument(description="The new mentor.")],
    ) -> Mentor:
        row = await use_cases.create_mentor(info.context.store, info.context.caller, given(input))
        return Mentor.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrMentor],
        description="Change a mentor's profile: the mentor's own key, or a partner of an "
        "organisation it is affiliated with.",
    )
    async def update_mentor(
        self,
        info: Info,
        id: MentorId,
        input: Annotated[MentorInput, strawberry.argument(description="What changes.")],
    ) -> Mentor:
        context = info.context
        row = await use_cases.update_mentor(context.store, context.caller, id, given(input))
        return Mentor.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Delete a mentor (a partner: one affiliated with its organisation); "
        "returns its id.",
    )
    async def delete_mentor(self, info: Info, id: MentorId) -> strawberry.ID:
        context = info.context
        return strawberry.ID(await use_cases.delete_mentor(context.store, context.caller, id))
