"""Who may call what: every rule the API enforces, in one place, declared next to each field.

Role rules are checked here before any resolver (and so any database work) runs; rules that
depend on the graph (a partner may edit only startups its organisation hosts) are checked by the
resolver through `hub.domain.access` before it writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graphql import GraphQLObjectType, GraphQLSchema
from strawberry.permission import BasePermission

from hub.api.core.context import Info
from hub.domain.errors import Forbidden, Unauthenticated
from hub.domain.vocabulary import Role

#: Where strawberry keeps a GraphQL field's own definition (its permission classes among them).
DEFINITION = "strawberry-definition"


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


def access_rule(classes: Iterable[type[BasePermission]]) -> str | None:
    """Who may use a field guarded by `classes`, as a sentence for its description."""
    allowed = [c.allowed for c in classes if issubclass(c, _RolePermission)]
    if not allowed:
        return None
    roles = frozenset.intersection(*allowed)
    if roles == frozenset(Role):
        return "Access: any API key."
    names = [role.value for role in Role if role in roles]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"Access: {listed} keys."


def describe_access(schema: GraphQLSchema) -> None:
    """Ends the description of every field guarded by a role rule with that rule, so a client
    developer reads who may use it next to what it does (GraphiQL's docs, the SDL)."""
    for kind in schema.type_map.values():
        if not isinstance(kind, GraphQLObjectType):
            continue
        for field in kind.fields.values():
            definition = field.extensions.get(DEFINITION)
            rule = access_rule(definition.permission_classes) if definition else None
            if rule:
                field.description = f"{field.description} {rule}" if field.description else rule
