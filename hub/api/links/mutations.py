"""Links between profiles: mentoring, programme cohorts, sectors, partnerships.

Linking what is already linked updates the link's properties; unlinking what is not linked
changes nothing; both succeed. Each returns the profile the link belongs to."""

from __future__ import annotations

from datetime import UTC, datetime

import strawberry

from hub.api.core import profile_writes as writes
from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrMentor, AdminPartnerOrStartup
from hub.api.organisations.types import Organisation
from hub.api.startups.types import Startup
from hub.domain import access, links
from hub.graph.queries.links import IN_PROGRAMME, IN_SECTOR, MENTORS, PARTNERS_WITH, End, Rel
from hub.graph.queries.mentors import MENTOR
from hub.graph.queries.startups import STARTUP
from hub.graph.store import Row


def _year() -> int:
    return datetime.now(UTC).year


async def _mentoring(info: Info, mentor_id: str, startup_id: str, props: Row | None) -> Startup:
    async def ends() -> tuple[End, End]:
        mentor = await writes.read(info, MENTOR, mentor_id)
        startup = await writes.read(info, STARTUP, startup_id)
        access.require_mentoring_link(
            info.context.caller, mentor_id, startup_id, mentor.stewards, startup.stewards
        )
        return writes.end(MENTOR, mentor), writes.end(STARTUP, startup)

    _, startup_row = await writes.relate(info, ends, MENTORS, props)
    return Startup.from_row(startup_row)


async def _startup_link(
    info: Info, startup_id: str, rel: Rel, target: End, props: Row | None
) -> Startup:
    async def ends() -> tuple[End, End]:
        startup = await writes.read(info, STARTUP, startup_id)
        access.require_edit(info.context.caller, startup_id, startup.stewards)
        return writes.end(STARTUP, startup), target

    startup_row, _ = await writes.relate(info, ends, rel, props)
    return Startup.from_row(startup_row)


async def _partnership(
    info: Info, organisation_id: str, partner_id: str, props: Row | None
) -> Organisation:
    access.require_partnership(info.context.caller, organisation_id, partner_id)

    async def ends() -> tuple[End, End]:
        return End("Organisation", organisation_id), End("Organisation", partner_id)

    row, _ = await writes.relate(info, ends, PARTNERS_WITH, props)
    return Organisation.from_row(row)


@strawberry.type
class LinkMutation:
    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def link_mentor_to_startup(
        self, info: Info, mentor_id: strawberry.ID, startup_id: strawberry.ID,
        since: int | None = None,
    ) -> Startup:  # fmt: skip
        return await _mentoring(info, mentor_id, startup_id, links.mentoring(since, _year()))

    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def unlink_mentor_from_startup(
        self, info: Info, mentor_id: strawberry.ID, startup_id: strawberry.ID
    ) -> Startup:
        return await _mentoring(info, mentor_id, startup_id, None)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def add_startup_to_programme(
        self, info: Info, startup_id: strawberry.ID, programme_id: strawberry.ID,
        cohort: str, year: int,
    ) -> Startup:  # fmt: skip
        props = links.programme_membership(cohort, year, _year())
        target = End("Programme", programme_id, touch=False)
        return await _startup_link(info, startup_id, IN_PROGRAMME, target, props)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def remove_startup_from_programme(
        self, info: Info, startup_id: strawberry.ID, programme_id: strawberry.ID
    ) -> Startup:
        target = End("Programme", programme_id, touch=False)
        return await _startup_link(info, startup_id, IN_PROGRAMME, target, None)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def add_startup_sector(
        self, info: Info, startup_id: strawberry.ID, sector_id: strawberry.ID
    ) -> Startup:
        target = End("Sector", sector_id, touch=False)
        return await _startup_link(info, startup_id, IN_SECTOR, target, {})

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def remove_startup_sector(
        self, info: Info, startup_id: strawberry.ID, sector_id: strawberry.ID
    ) -> Startup:
        target = End("Sector", sector_id, touch=False)
        return await _startup_link(info, startup_id, IN_SECTOR, target, None)

    @strawberry.mutation(permission_classes=[AdminOrPartner], description="A partner key "
                         "changes its own organisation's partnerships only.")  # fmt: skip
    async def link_partner_organisations(
        self, info: Info, organisation_id: strawberry.ID, partner_id: strawberry.ID,
        since: int, agreement: str,
    ) -> Organisation:  # fmt: skip
        props = links.partnership(organisation_id, partner_id, since, agreement, _year())
        return await _partnership(info, organisation_id, partner_id, props)

    @strawberry.mutation(permission_classes=[AdminOrPartner])
    async def unlink_partner_organisations(
        self, info: Info, organisation_id: strawberry.ID, partner_id: strawberry.ID
    ) -> Organisation:
        return await _partnership(info, organisation_id, partner_id, None)
