"""Rules on who may change which profile; pure, given what the graph says about the profile."""

from collections.abc import Collection
from typing import Any

from hub.domain import consent
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


def may_see_contact(
    caller: Caller, entity_id: str, contact_visibility: Any, accepted_party: bool
) -> bool:
    """Contact details: the entity itself and admins; otherwise only the other party of an
    accepted introduction (double opt-in), as far as the entity's contact choice lets it
    (`hub.domain.consent`). Stewards get no more than anyone else."""
    if caller.is_admin or (caller.entity_id is not None and caller.entity_id == entity_id):
        return True
    return accepted_party and consent.shares_contact(caller, contact_visibility)


def needs_introduction_check(caller: Caller, entity_id: str) -> bool:
    """Whether `may_see_contact` depends on the introductions (a read worth making)."""
    return caller.authenticated and not caller.is_admin and caller.entity_id != entity_id


def require_steward(caller: Caller, entity_id: str, steward_ids: Collection[str]) -> None:
    """Deleting a startup or mentor: admins, or a partner whose organisation stewards it."""
    if not (caller.is_admin or (caller.role is Role.PARTNER and caller.entity_id in steward_ids)):
        raise Forbidden("this key may not delete {id}", id=entity_id)


def require_may_set_hosts(caller: Caller, host_ids: Collection[str] | None) -> None:
    """Hosting gives an organisation rights over a startup, so both say yes to it
    (`hub.domain.invitations`): only an admin, acting for both, names hosts directly; a
    partner names no other than its own organisation; a startup names none."""
    if caller.role is Role.ADMIN:
        return
    if caller.role is not Role.PARTNER:
        raise Forbidden("only an admin or partner key may change {field}", field="hostIds")
    others = sorted(set(host_ids or ()) - {caller.entity_id})
    if others:
        raise Forbidden(
            "{id} must accept to host: offer it with linkStartupToHost",
            field="hostIds",
            id=others[0],
        )


def creator_stewards(caller: Caller) -> list[str]:
    """A partner's new startup is hosted by (new mentor affiliated with) its organisation."""
    return [caller.entity_id] if caller.role is Role.PARTNER and caller.entity_id else []
