"""Links that give one party rights over, or a view into, another (a mentor into a startup's
journey, a host organisation over a startup, partner organisations vouching for each other in
suggestions and warm paths) exist only when both sides said yes (pure).

A link has two ends. A key acts for an end when it is that end, an admin, or a partner whose
organisation stewards it (a startup's hosts; a mentor's affiliations; an organisation is its
own). Asking for a link offers it from the ends the caller acts for; the other end accepts by
asking for it too. A caller acting for both ends links at once. Either end may decline,
withdraw or end it at any time. Until accepted, an offer opens nothing: only accepted links
are relationships the rest of the graph reads.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from hub.domain.errors import Forbidden
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role


class LinkKind(StrEnum):
    MENTORING = "mentoring"  # mentor -> startup
    HOSTING = "hosting"  # startup -> organisation
    PARTNERSHIP = "partnership"  # organisation - organisation (ends in the order of their ids)


class Side(StrEnum):
    SOURCE = "source"  # the mentor; the startup hosted
    TARGET = "target"  # the startup mentored; the host organisation


class LinkState(StrEnum):
    OFFERED = "offered"  # by one end, awaiting the other
    ACCEPTED = "accepted"  # by both: the link exists
    ENDED = "ended"  # withdrawn, declined or unlinked


class Step(StrEnum):
    LINK = "link"  # the caller acts for both ends
    ACCEPT = "accept"  # the other end offered it
    OFFER = "offer"  # the other end has yet to say yes


@dataclass(frozen=True)
class End:
    id: str
    stewards: Collection[str]  # organisations acting for it


def acts_for(caller: Caller, end: End) -> bool:
    if caller.is_admin or (caller.entity_id is not None and caller.entity_id == end.id):
        return True
    return caller.role is Role.PARTNER and caller.entity_id in end.stewards


def sides(caller: Caller, source: End, target: End) -> frozenset[Side]:
    found = {Side.SOURCE} if acts_for(caller, source) else set()
    if acts_for(caller, target):
        found.add(Side.TARGET)
    return frozenset(found)


def require_side(caller: Caller, source: End, target: End) -> frozenset[Side]:
    found = sides(caller, source, target)
    if not found:
        raise Forbidden("this key acts for neither end of this link")
    return found


def step(acting: frozenset[Side], offered_by: Side | None) -> Step:
    """What asking for the link does, given who already offered it (None: no offer)."""
    if len(acting) == 2:
        return Step.LINK
    if offered_by is not None and offered_by not in acting:
        return Step.ACCEPT
    return Step.OFFER


def awaiting(offered_by: Side) -> Side:
    return Side.TARGET if offered_by is Side.SOURCE else Side.SOURCE
