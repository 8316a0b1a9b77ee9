"""Creating, changing and deleting startups. `fields` are the input fields given (snake_case;
a field left out is unchanged, None clears it)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from hub.domain import access, profiles
from hub.domain.ids import new_id
from hub.domain.keys import Caller
from hub.graph.queries.profiles import Current
from hub.graph.queries.startups import STARTUP
from hub.graph.store import GraphStore, Row
from hub.services import profiles as writes


def _changes(caller: Caller, fields: Mapping[str, Any], *, creating: bool) -> profiles.Changes:
    if "host_ids" in fields:
        access.require_may_set_hosts(caller, fields["host_ids"])
    changes = profiles.startup(fields, creating=creating, this_year=datetime.now(UTC).year)
    if creating and access.creator_stewards(caller):
        hosts = [*access.creator_stewards(caller), *changes.links.get("hosts", [])]
        changes.links["hosts"] = list(dict.fromkeys(hosts))
    return changes


async def create_startup(store: GraphStore, caller: Caller, fields: Mapping[str, Any]) -> Row:
    """A partner's new startup is hosted by its organisation."""
    changes = _changes(caller, fields, creating=True)
    return await writes.create(store, caller, STARTUP, changes, new_id())


async def update_startup(
    store: GraphStore, caller: Caller, startup_id: str, fields: Mapping[str, Any]
) -> Row:
    def authorize(current: Current) -> None:
        access.require_edit(caller, startup_id, current.stewards)

    def build(current: Current) -> profiles.Changes:
        return _changes(caller, fields, creating=False)

    return await writes.update(store, caller, STARTUP, startup_id, authorize, build)


async def delete_startup(store: GraphStore, caller: Caller, startup_id: str) -> str:
    def authorize(current: Current) -> None:
        access.require_steward(caller, startup_id, current.stewards)

    return await writes.delete(store, caller, STARTUP, startup_id, authorize)
