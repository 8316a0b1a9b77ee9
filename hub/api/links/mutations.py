"""Links between profiles: mentoring, programme cohorts, sectors, partnerships (hub.services.links).
Each returns the profile the link belongs to."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrMentor, AdminPartnerOrStartup
from hub.api.organisations.types import Organisation
from hub.api.startups.types import Startup
from hub.services import links


@strawberry.type
class LinkMutation:
    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def link_mentor_to_startup(
        self,
        info: Info,
        mentor_id: strawberry.ID,
        startup_id: strawberry.ID,
        since: int | None = None,
    ) -> Startup:
        context = info.context
        row = await links.link_mentor(context.store, context.caller, mentor_id, startup_id, since)
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrMentor])
    async def unlink_mentor_from_startup(
        self, info: Info, mentor_id: strawberry.ID, startup_id: strawberry.ID
    ) -> Startup:
        context = info.context
        row = await links.unlink_mentor(context.store, context.caller, mentor_id, startup_id)
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def add_startup_to_programme(
        self,
        info: Info,
        startup_id: strawberry.ID,
        programme_id: strawberry.ID,
        cohort: str,
        year: int,
    ) -> Startup:
        context = info.context
        row = await links.join_programme(
            context.store, context.caller, startup_id, programme_id, cohort, year
        )
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def remove_startup_from_programme(
        self, info: Info, startup_id: strawberry.ID, programme_id: strawberry.ID
    ) -> Startup:
        context = info.context
        row = await links.leave_programme(context.store, context.caller, startup_id, programme_id)
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def add_startup_sector(
        self, info: Info, startup_id: strawberry.ID, sector_id: strawberry.ID
    ) -> Startup:
        context = info.context
        row = await links.add_sector(context.store, context.caller, startup_id, sector_id)
        return Startup.from_row(row)

    @strawberry.mutation(permission_classes=[AdminPartnerOrStartup])
    async def remove_startup_sector(
        self, info: Info, startup_id: strawberry.ID, sector_id: strawberry.ID
    ) -> Startup:
        context = info.context
        row = await links.remove_sector(context.store, context.caller, startup_id, sector_id)
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="A partner key changes its own organisation's partnerships only.",
    )
    async def link_partner_organisations(
        self,
        info: Info,
        organisation_id: strawberry.ID,
        partner_id: strawberry.ID,
        since: int,
        agreement: str,
    ) -> Organisation:
        context = info.context
        row = await links.link_partners(
            context.store, context.caller, organisation_id, partner_id, since, agreement
        )
        return Organisation.from_row(row)

    @strawberry.mutation(permission_classes=[AdminOrPartner])
    async def unlink_partner_organisations(
        self, info: Info, organisation_id: strawberry.ID, partner_id: strawberry.ID
    ) -> Organisation:
        context = info.context
        row = await links.unlink_partners(
            context.store, context.caller, organisation_id, partner_id
        )
        return Organisation.from_row(row)
