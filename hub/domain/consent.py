"""Consent: who may see a startup's or mentor's profile and contact details (pure, no I/O).

Each startup and mentor chooses two visibilities, stored on its node:

- `profile_visibility` (default public): public = everyone, anonymous callers included;
  partners = partner keys (and admins and itself); private = only itself and admins.
  A profile the caller may not see does not exist for it: null by id, left out of lists, counts
  and nested lists (the graph statements filter with `hub.graph.queries.visibility`).
- `contact_visibility` (default public): contact details are only ever shown to the entity
  itself, to admins, and to the other party of an accepted introduction (double opt-in). The
  choice narrows that last audience: public = any such party; partners = only when that party
  acts with a partner key; private = no one (the parties talk through their broker).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from hub.domain.keys import Caller
from hub.domain.vocabulary import Role


class Visibility(StrEnum):
    PUBLIC = "public"
    PARTNERS = "partners"
    PRIVATE = "private"


DEFAULT_PROFILE = Visibility.PUBLIC
DEFAULT_CONTACT = Visibility.PUBLIC


def visibility(value: Any, default: Visibility) -> Visibility:
    """A stored value (absent on nodes written before consent existed) as a Visibility."""
    return Visibility(value) if value in {v.value for v in Visibility} else default


def may_see_profile(caller: Caller, entity_id: str, stored: Any) -> bool:
    """The same rule as the graph's predicate, for rows read outside a filtered statement."""
    if caller.is_admin or (caller.entity_id is not None and caller.entity_id == entity_id):
        return True
    seen = visibility(stored, DEFAULT_PROFILE)
    return seen is Visibility.PUBLIC or (
        seen is Visibility.PARTNERS and caller.role is Role.PARTNER
    )


def shares_contact(caller: Caller, stored: Any) -> bool:
    """Whether an entity's contact choice lets it reach this accepted introduction's party."""
    seen = visibility(stored, DEFAULT_CONTACT)
    return seen is Visibility.PUBLIC or (
        seen is Visibility.PARTNERS and caller.role is Role.PARTNER
    )
