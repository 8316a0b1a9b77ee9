"""Links between profiles: mentoring, hosting and partnerships (offered and accepted,
hub.services.invitations), programme cohorts and sectors (hub.services.links)."""

from __future__ import annotations

from typing import Annotated

import strawberry

from hub.api.core.arguments import (
    MentorId,
    OrganisationId,
    PartnerId,
    ProgrammeId,
    SectorId,
    Since,
    StartupId,
)
from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner, AdminPartnerOrStartup, Authenticated
from hub.api.links.types import LinkInvitation
from hub.api.startups.types import Startup
from hub.services import invitations, links


@strawberry.type
class LinkMutation:
    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Offer a mentoring link from the end the key acts for (the mentor, or a "
        "partner it is affiliated with; the startup, or its host), or accept the other end's "
        "offer; a key acting for both ends (an admin) links at once. The mentor's capacity is "
        "taken on acceptance.",
    )
    async def link_mentor_to_startup(
        self,
        info: Info,
        mentor_id: MentorId,
        startup_id: StartupId,
        since: Since = None,
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.mentor(
            context.store, context.caller, mentor_id, startup_id, since
        )
        return LinkInvitation.of(outcome)

    @strawberry.mutation(
        permission_classes=[Authenticated],
        description="Either end withdraws its offer, declines the other's, or ends the link.",
    )
    async def unlink_mentor_from_startup(
        self, info: Info, mentor_id: MentorId, startup_id: StartupId
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.end_mentoring(
            context.store, context.caller, mentor_id, startup_id
        )
        return LinkInvitation.of(outcome)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Offer a hosting link from the end the key acts for (the startup, or one "
        "of its current hosts; the organisation's partner key), or accept the other end's "
        "offer; an admin links at once.",
    )
    async def link_startup_to_host(
        self, info: Info, startup_id: StartupId, organisation_id: OrganisationId
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.host(context.store, context.caller, startup_id, organisation_id)
        return LinkInvitation.of(outcome)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Either end withdraws its offer, declines the other's, or ends the hosting.",
    )
    async def unlink_startup_from_host(
        self, info: Info, startup_id: StartupId, organisation_id: OrganisationId
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.end_hosting(
            context.store, context.caller, startup_id, organisation_id
        )
        return LinkInvitation.of(outcome)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Enrol the startup in a programme's or event's cohort (its own key, or a "
        "partner of its host).",
    )
    async def add_startup_to_programme(
        self,
        info: Info,
        startup_id: StartupId,
        programme_id: ProgrammeId,
        cohort: Annotated[
            str, strawberry.argument(description="The cohort or batch, e.g. `2` or `Délégation`.")
        ],
        year: Annotated[int, strawberry.argument(description="The cohort's year.")],
    ) -> Startup:
        context = info.context
        row = await links.join_programme(
            context.store, context.caller, startup_id, programme_id, cohort, year
        )
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Take the startup out of a programme (same rights as enrolling).",
    )
    async def remove_startup_from_programme(
        self, info: Info, startup_id: StartupId, programme_id: ProgrammeId
    ) -> Startup:
        context = info.context
        row = await links.leave_programme(context.store, context.caller, startup_id, programme_id)
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Add a sector to the startup (its own key, or a partner of its host).",
    )
    async def add_startup_sector(
        self, info: Info, startup_id: StartupId, sector_id: SectorId
    ) -> Startup:
        context = info.context
        row = await links.add_sector(context.store, context.caller, startup_id, sector_id)
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminPartnerOrStartup],
        description="Remove a sector from the startup (same rights as adding one).",
    )
    async def remove_startup_sector(
        self, info: Info, startup_id: StartupId, sector_id: SectorId
    ) -> Startup:
        context = info.context
        row = await links.remove_sector(context.store, context.caller, startup_id, sector_id)
        return Startup.from_row(row)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Offer a partnership from the organisation the partner key belongs to, or "
        "accept the other organisation's offer (either order of the two ids); an admin links "
        "at once. Accepting sets since and agreement as the accepting side gives them.",
    )
    async def link_partner_organisations(
        self,
        info: Info,
        organisation_id: OrganisationId,
        partner_id: PartnerId,
        since: Annotated[int, strawberry.argument(description="The year the partnership started.")],
        agreement: Annotated[
            str,
            strawberry.argument(description="The agreement it rests on (its name or reference)."),
        ],
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.partner(
            context.store, context.caller, organisation_id, partner_id, since, agreement
        )
        return LinkInvitation.of(outcome)

    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Either organisation withdraws its offer, declines the other's, or ends "
        "the partnership.",
    )
    async def unlink_partner_organisations(
        self, info: Info, organisation_id: OrganisationId, partner_id: PartnerId
    ) -> LinkInvitation:
        context = info.context
        outcome = await invitations.end_partnership(
            context.store, context.caller, organisation_id, partner_id
        )
        return LinkInvitation.of(outcome)
