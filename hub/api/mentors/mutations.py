"""Creating, changing and deleting mentors."""

from __future__ import annotations

import strawberry

from hub.api.core import profile_writes as writes
from hub.api.core.context import Info
from hub.api.core.localized import TranslationsInput
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrMentor
from hub.api.mentors.types import Mentor
from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.graph.queries.mentors import MENTOR
from hub.graph.queries.profiles import Current

UNSET = strawberry.UNSET


@strawberry.input(description="A mentor's profile: on update, a field left out is unchanged "
                  "and null clears it.")  # fmt: skip
class MentorInput(writes.PersonProfileInput):
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
    @strawberry.mutation(permission_classes=[AdminOrPartner], description="A partner's new "
                         "mentor is affiliated with its organisation.")  # fmt: skip
    async def create_mentor(self, info: Info, input: MentorInput) -> Mentor:
        changes = profiles.mentor(writes.given(input), creating=True)
        stewards = access.creator_stewards(info.context.caller)
        if stewards:
            orgs = [*stewards, *changes.links.get("affiliations", [])]
            changes.links["affiliations"] = list(dict.fromkeys(orgs))
        return Mentor.from_row(await writes.create(info, MENTOR, changes, new_id()))

    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def update_mentor(self, info: Info, id: strawberry.ID, input: MentorInput) -> Mentor:
        caller = info.context.caller

        def authorize(current: Current) -> None:
            access.require_edit(caller, id, current.stewards)

        def build(current: Current) -> profiles.Changes:
            return profiles.mentor(writes.given(input), creating=False)

        return Mentor.from_row(await writes.update(info, MENTOR, id, authorize, build))

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="Returns its id.")
    async def delete_mentor(self, info: Info, id: strawberry.ID) -> strawberry.ID:
        caller = info.context.caller

        def authorize(current: Current) -> None:
            access.require_steward(caller, id, current.stewards)

        return await writes.delete(info, MENTOR, id, authorize)
