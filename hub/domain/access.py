"""Rules on who may change which profile; pure, given what the graph says about the profile."""

from collections.abc import Collection

from hub.domain.errors import Forbidden
from hub.domain.keys import Caller
from hub.domain.vocabulary import Role


def may_edit(caller: Caller, entity_id: str, steward_ids: Collection[str]) -> bool:
    """Admins edit anything; a key edits its own entity; a partner edits what its organisation
    stewards (hosts, or has mentors affiliated with it)."""
    if caller.role is Role.ADMIN:
        return True
    if caller.entity_id == entity_id:
        return True
    return caller.role is Role.PARTNER and caller.entity_id in steward_ids


def require_edit(caller: Caller, entity_id: str, steward_ids: Collection[str]) -> None:
    if not may_edit(caller, entity_id, steward_ids):
        raise Forbidden("this key may not change {id}", id=entity_id)


def may_see_contact(caller: Caller, entity_id: str, steward_ids: Collection[str]) -> bool:
    """Contact details: the entity itself, its stewards and admins (consent rules come later)."""
    return may_edit(caller, entity_id, steward_ids)
