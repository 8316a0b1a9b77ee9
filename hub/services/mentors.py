"""Creating, changing and deleting mentors. `fields` are the input fields given (snake_case;
a field left out is unchanged, None clears it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.domain.keys import Caller
from hub.graph.queries.mentors import MENTOR
from hub.graph.queries.profiles import Current
from hub.graph.store import GraphStore, Row
from hub.services import profiles as writes


async def create_mentor(store: GraphStore, caller: Caller, fields: Mapping[str, Any]) -> Row:
    """A partner's new mentor is affiliated with its organisation."""
    changes = profiles.mentor(fields, creating=True)
    stewards = access.creator_stewards(caller)
    if stewards:
        orgs = [*stewards, *changes.links.get("affiliations", [])]
        changes.links["affiliations"] = list(dict.fromkeys(orgs))
    return await writes.create(store, caller, MENTOR, changes, new_id())


async def update_mentor(
    store: GraphStore, caller: Caller, mentor_id: str, fields: Mapping[str, Any]
) -> Row:
    def authorize(current: Current) -> None:
        access.require_edit(caller, mentor_id, current.stewards)

    def build(current: Current) -> profiles.Changes:
        return profiles.mentor(fields, creating=False)

    return await writes.update(store, caller, MENTOR, mentor_id, authorize, build)


async def delete_mentor(store: GraphStore, caller: Caller, mentor_id: str) -> str:
    def authorize(current: Current) -> None:
        access.require_steward(caller, mentor_id, current.stewards)

    return await writes.delete(store, caller, MENTOR, mentor_id, authorize)
