"""Consent in the graph: the one visibility predicate every read of startups and mentors uses,
and which of them accepted an introduction with the caller (for contact details).

The predicate is a fixed fragment over a node variable; who asks travels only as parameters
(`seen_by`, from the domain's caller): `$v_admin`, `$v_partner`, `$v_me`. Nodes that are not
startups or mentors always pass, so the fragment can guard any statement returning entities.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.domain.introductions import SHARED
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role
from hub.graph.store import GraphStore

_VISIBLE = (
    "(NOT ({x}:Startup OR {x}:Mentor) OR $v_admin OR {x}.id = $v_me "
    "OR coalesce({x}.profile_visibility, 'public') = 'public' "
    "OR ($v_partner AND {x}.profile_visibility = 'partners'))"
)


def seen_by(caller: Caller) -> dict[str, Any]:
    """The predicate's parameters for this caller."""
    return {
        "v_admin": caller.is_admin,
        "v_partner": caller.role is Role.PARTNER,
        "v_me": caller.entity_id or "",
    }


def visible(var: str) -> str:
    """The predicate over node variable `var` (a fixed name from the calling module)."""
    assert var.isidentifier()
    return _VISIBLE.format(x=var)


async def accepted_with(store: GraphStore, viewer: Caller, ids: Sequence[str]) -> set[str]:
    """The ids among `ids` that are the other party of an accepted (double opt-in, not since
    withdrawn) introduction with the caller: the caller requested or was asked, directly or, for
    a partner key, through a startup its organisation hosts."""
    rows = await store.read(
        "MATCH (i:Introduction) WHERE i.state IN $shared "
        "AND (i.requester_id IN $ids OR i.target_id IN $ids) "
        "RETURN i.requester_id AS requester, i.target_id AS target, "
        "size([(i)-[:REQUESTED_BY]->(:Entity)-[:HOSTED_BY]->(vh:Organisation) "
        "WHERE vh.id = $v_me | vh]) > 0 AS hosted",
        {**seen_by(viewer), "shared": sorted(SHARED), "ids": list(ids)},
    )
    me, partner = viewer.entity_id or "", viewer.role is Role.PARTNER
    found: set[str] = set()
    for row in rows:
        if row["target"] == me and me:
            found.add(row["requester"])
        if (row["requester"] == me and me) or (partner and row["hosted"]):
            found.add(row["target"])
    return found & set(ids)
