"""Creating, changing and deleting organisations. `fields` are the input fields given
(snake_case; a field left out is unchanged, None clears it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.domain.keys import Caller
from hub.graph.queries.organisations import ORGANISATION
from hub.graph.queries.profiles import Current
from hub.graph.store import GraphStore, Row
from hub.services import profiles as writes


async def create_organisation(store: GraphStore, caller: Caller, fields: Mapping[str, Any]) -> Row:
    """An admin's: the id is the slug given, or a new one."""
    changes = profiles.organisation(fields, creating=True)
    node_id = changes.props.pop("id", None) or new_id()
    return await writes.create(store, caller, ORGANISATION, changes, node_id)


async def update_organisation(
    store: GraphStore, caller: Caller, organisation_id: str, fields: Mapping[str, Any]
) -> Row:
    """A partner key updates its own organisation only."""

    def authorize(current: Current) -> None:
        access.require_edit(caller, organisation_id, current.stewards)

    def build(current: Current) -> profiles.Changes:
        return profiles.organisation(fields, creating=False, current=current.node)

    return await writes.update(store, caller, ORGANISATION, organisation_id, authorize, build)


async def delete_organisation(store: GraphStore, caller: Caller, organisation_id: str) -> str:
    """An admin's (the API's permission checks the role)."""
    return await writes.delete(store, caller, ORGANISATION, organisation_id, lambda current: None)
