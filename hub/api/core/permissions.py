"""Who may call what: every rule the API enforces, in one place, declared next to each field.

Role rules are checked here before any resolver (and so any database work) runs; rules that
depend on the graph (a partner may edit only startups its organisation hosts) are checked by the
resolver through `hub.domain.access` before it writes.
"""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from hub.api.core.context import Info
from hub.domain.errors import Forbidden, Unauthenticated
from hub.domain.vocabulary import Role


class _RolePermission(BasePermission):
    allowed: frozenset[Role] = frozenset()

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        caller = info.context.caller
        if not caller.authenticated:
            raise Unauthenticated("this needs an API key (Authorization: Bearer <key>)")
        if caller.role not in self.allowed:
            raise Forbidden("a {role} key may not do this", role=caller.role)
        return True


class Authenticated(_RolePermission):
    """Any valid key."""

    allowed = frozenset(Role)


class AdminOnly(_RolePermission):
    allowed = frozenset({Role.ADMIN})


class AdminOrPartner(_RolePermission):
    allowed = frozenset({Role.ADMIN, Role.PARTNER})


class AdminPartnerOrStartup(_RolePermission):
    allowed = frozenset({Role.ADMIN, Role.PARTNER, Role.STARTUP})


class AdminPartnerOrMentor(_RolePermission):
    allowed = frozenset({Role.ADMIN, Role.PARTNER, Role.MENTOR})


class MentorOrStartup(_RolePermission):
    """A key that belongs to a person-like entity (eraseMe)."""

    allowed = frozenset({Role.MENTOR, Role.STARTUP})


class PartnerMentorOrStartup(_RolePermission):
    """A key that belongs to an entity (exportMyData): not admin keys."""

    allowed = frozenset({Role.PARTNER, Role.MENTOR, Role.STARTUP})
