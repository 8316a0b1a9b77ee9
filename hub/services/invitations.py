"""Mentoring and hosting links, offered by one end and accepted by the other
(`hub.domain.invitations`). Asking for a link offers it, accepts the other end's offer, or
(a caller acting for both ends) links at once; ending it withdraws, declines or unlinks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from hub.domain import gdpr, invitations, links
from hub.domain.errors import Conflict
from hub.domain.events import Change, Event, EventKind
from hub.domain.ids import new_id, now_iso
from hub.domain.invitations import LinkKind, LinkState, Side, Step
from hub.domain.keys import Caller
from hub.graph.queries import offers
from hub.graph.queries.mentors import MENTOR
from hub.graph.queries.offers import HOSTING, MENTORING, PARTNERSHIP, Link
from hub.graph.queries.organisations import ORGANISATION
from hub.graph.queries.profiles import Profile
from hub.graph.queries.startups import STARTUP
from hub.graph.store import GraphStore, Row
from hub.services import profiles as writes

_PROFILES: dict[str, tuple[Profile, Profile]] = {
    MENTORING.kind: (MENTOR, STARTUP),
    HOSTING.kind: (STARTUP, ORGANISATION),
    PARTNERSHIP.kind: (ORGANISATION, ORGANISATION),
}


@dataclass(frozen=True)
class Outcome:
    kind: LinkKind
    state: LinkState
    source_id: str
    target_id: str
    offered_by: Side | None = None
    offered_at: str | None = None


async def _sides(
    store: GraphStore, caller: Caller, link: Link, source_id: str, target_id: str
) -> frozenset[Side]:
    """The ends the caller acts for; an end it may not see answers as a missing one."""
    source_profile, target_profile = _PROFILES[link.kind]
    source = await writes.read(store, caller, source_profile, source_id)
    target = await writes.read(store, caller, target_profile, target_id)
    return invitations.require_side(
        caller,
        invitations.End(source_id, source.stewards),
        invitations.End(target_id, target.stewards),
    )


def _audit(caller: Caller, link: Link, what: str, subject_id: str, now: str) -> Row:
    return gdpr.audit_event(new_id(), f"{link.kind}.{what}", caller, subject_id, now)


def _logged(caller: Caller, link: Link, kind: EventKind, ends: tuple[str, str], now: str) -> Row:
    """The event log's record of a link's step: which link, between which ends."""
    source_id, target_id = ends
    changed = (
        Change("link", None, link.kind),
        Change("source_id", None, source_id),
        Change("target_id", None, target_id),
    )
    subject = _subject(link, source_id, target_id)
    return Event(kind, subject, link.kind, caller, now, changed).row(new_id())


def _subject(link: Link, source_id: str, target_id: str) -> str:
    return target_id if link is MENTORING else source_id  # the startup; a partnership's first


async def ask(
    store: GraphStore, caller: Caller, link: Link, source_id: str, target_id: str, props: Row
) -> Outcome:
    kind, subject = LinkKind(link.kind), _subject(link, source_id, target_id)
    for _ in range(writes.ATTEMPTS):
        acting = await _sides(store, caller, link, source_id, target_id)
        current = await offers.state(store, link, source_id, target_id)
        if current.linked:
            return Outcome(kind, LinkState.ACCEPTED, source_id, target_id)
        offered_by = Side(current.offered_by) if current.offered_by else None
        step, now = invitations.step(acting, offered_by), now_iso()
        if step is Step.OFFER:
            by = next(iter(sorted(acting)))
            audit = _audit(caller, link, "offered", subject, now)
            logged = _logged(caller, link, EventKind.LINK_OFFERED, (source_id, target_id), now)
            args = (by, props, audit, logged, now)
            if await offers.offer(store, link, source_id, target_id, *args):
                return Outcome(kind, LinkState.OFFERED, source_id, target_id, Side(by), now)
            continue
        what = "accepted" if step is Step.ACCEPT else "linked"
        audit = _audit(caller, link, what, subject, now)
        done = await offers.accept(
            store,
            link,
            source_id,
            target_id,
            props,
            audit,
            _logged(caller, link, EventKind.LINK_ACCEPTED, (source_id, target_id), now),
            now,
            offered_by=offered_by.value if step is Step.ACCEPT and offered_by else None,
        )
        if done is not None:
            return Outcome(kind, LinkState.ACCEPTED, source_id, target_id, offered_by)
        if link.bounded and not await offers.has_room(store, link, source_id):
            raise Conflict("mentor {id} has no free mentoring capacity", id=source_id)
    raise Conflict("{id} kept changing while being written; try again", id=subject)


async def end(
    store: GraphStore, caller: Caller, link: Link, source_id: str, target_id: str
) -> Outcome:
    """Either end withdraws its offer, declines the other's, or ends the link."""
    await _sides(store, caller, link, source_id, target_id)
    now = now_iso()
    audit = _audit(caller, link, "ended", _subject(link, source_id, target_id), now)
    logged = _logged(caller, link, EventKind.LINK_ENDED, (source_id, target_id), now)
    await offers.end(store, link, source_id, target_id, audit, logged, now)
    return Outcome(LinkKind(link.kind), LinkState.ENDED, source_id, target_id)


async def mentor(
    store: GraphStore, caller: Caller, mentor_id: str, startup_id: str, since: int | None
) -> Outcome:
    props = links.mentoring(since, datetime.now(UTC).year)
    return await ask(store, caller, MENTORING, mentor_id, startup_id, props)


async def host(store: GraphStore, caller: Caller, startup_id: str, organisation_id: str) -> Outcome:
    return await ask(store, caller, HOSTING, startup_id, organisation_id, {})


def _pair(organisation_id: str, partner_id: str) -> tuple[str, str]:
    """A partnership is the pair's, whichever of the two asks: its ends in the order of ids."""
    first, second = sorted((organisation_id, partner_id))
    return first, second


async def partner(
    store: GraphStore,
    caller: Caller,
    organisation_id: str,
    partner_id: str,
    since: int,
    agreement: str,
) -> Outcome:
    year = datetime.now(UTC).year
    props = links.partnership(organisation_id, partner_id, since, agreement, year)
    return await ask(store, caller, PARTNERSHIP, *_pair(organisation_id, partner_id), props)


async def end_partnership(
    store: GraphStore, caller: Caller, organisation_id: str, partner_id: str
) -> Outcome:
    return await end(store, caller, PARTNERSHIP, *_pair(organisation_id, partner_id))


async def pending(store: GraphStore, caller: Caller, limit: int) -> list[Outcome]:
    return [
        Outcome(
            LinkKind(r["offer"]["link"]),
            LinkState.OFFERED,
            r["offer"]["source"],
            r["offer"]["target"],
            Side(r["offer"]["by"]),
            r["offer"]["offered_at"],
        )
        for r in await offers.pending(store, caller, limit)
    ]


async def end_mentoring(
    store: GraphStore, caller: Caller, mentor_id: str, startup_id: str
) -> Outcome:
    return await end(store, caller, MENTORING, mentor_id, startup_id)


async def end_hosting(
    store: GraphStore, caller: Caller, startup_id: str, organisation_id: str
) -> Outcome:
    return await end(store, caller, HOSTING, startup_id, organisation_id)
