"""Links between a startup and reference data: programme cohorts, sectors (mentoring, hosting
and partnerships are offered and accepted: `hub.services.invitations`).

Linking what is already linked updates the link's properties; unlinking what is not linked
changes nothing; both succeed. Each returns the row of the profile the link belongs to."""

from __future__ import annotations

from datetime import UTC, datetime

from hub.domain import access, links
from hub.domain.keys import Caller
from hub.graph.names import Label
from hub.graph.queries.links import IN_PROGRAMME, IN_SECTOR, End, Rel
from hub.graph.queries.startups import STARTUP
from hub.graph.store import GraphStore, Row
from hub.services import profiles as writes


def _year() -> int:
    return datetime.now(UTC).year


async def _startup_link(
    store: GraphStore, caller: Caller, startup_id: str, rel: Rel, target: End, props: Row | None
) -> Row:
    async def ends() -> tuple[End, End]:
        startup = await writes.read(store, caller, STARTUP, startup_id)
        access.require_edit(caller, startup_id, startup.stewards)
        return writes.end(STARTUP, startup), target

    startup_row, _ = await writes.relate(store, ends, rel, props)
    return startup_row


async def join_programme(
    store: GraphStore, caller: Caller, startup_id: str, programme_id: str, cohort: str, year: int
) -> Row:
    props = links.programme_membership(cohort, year, _year())
    target = End(Label.PROGRAMME, programme_id, touch=False)
    return await _startup_link(store, caller, startup_id, IN_PROGRAMME, target, props)


async def leave_programme(
    store: GraphStore, caller: Caller, startup_id: str, programme_id: str
) -> Row:
    target = End(Label.PROGRAMME, programme_id, touch=False)
    return await _startup_link(store, caller, startup_id, IN_PROGRAMME, target, None)


async def add_sector(store: GraphStore, caller: Caller, startup_id: str, sector_id: str) -> Row:
    target = End(Label.SECTOR, sector_id, touch=False)
    return await _startup_link(store, caller, startup_id, IN_SECTOR, target, {})


async def remove_sector(store: GraphStore, caller: Caller, startup_id: str, sector_id: str) -> Row:
    target = End(Label.SECTOR, sector_id, touch=False)
    return await _startup_link(store, caller, startup_id, IN_SECTOR, target, None)
