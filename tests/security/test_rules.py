"""Every mutation declares its role rule next to it, and the rule is checked before any database
work: an anonymous call costs no statement, a key of a role the rule refuses only its lookup."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import GraphQLNonNull

from hub.api.core.permissions import _RolePermission
from hub.api.schema import Mutation
from hub.domain.vocabulary import Role
from hub.graph.store import GraphStore
from tests.conftest import Keys, error_codes
from tests.security.conftest import serve
from tests.security.test_injection import SCHEMA, operation, sample

assert SCHEMA.mutation_type is not None
#: Each mutation's strawberry field (its permission classes), by its GraphQL name.
FIELDS = {
    name: field.extensions["strawberry-definition"]
    for name, field in SCHEMA.mutation_type.fields.items()
}


def allowed(name: str) -> frozenset[Role]:
    roles = frozenset(Role)
    for rule in FIELDS[name].permission_classes:
        if issubclass(rule, _RolePermission):
            roles &= rule.allowed
    return roles


def call(name: str) -> tuple[str, dict[str, Any]]:
    assert SCHEMA.mutation_type is not None
    field = SCHEMA.mutation_type.fields[name]
    variables = {
        a: sample(arg.type) for a, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull)
    }
    return operation("mutation", name, field), variables


def test_every_mutation_declares_a_role_rule() -> None:
    names = {f.python_name for f in Mutation.__strawberry_definition__.fields}
    assert {f.python_name for f in FIELDS.values()} == names
    undeclared = [n for n, f in sorted(FIELDS.items()) if not f.permission_classes]
    assert undeclared == []


@pytest.mark.parametrize("name", sorted(FIELDS))
async def test_an_anonymous_mutation_is_refused_before_any_database_work(
    store: GraphStore, name: str
) -> None:
    text, variables = call(name)
    async with serve(store) as api:
        body = await api(text, variables)
    assert error_codes(body) == ["UNAUTHENTICATED"], body
    assert body["extensions"]["dbRoundTrips"] == 0


async def test_a_refused_role_costs_only_the_key_lookup(store: GraphStore, keys: Keys) -> None:
    checked = 0
    async with serve(store) as api:
        for role in (Role.STARTUP, Role.MENTOR, Role.PARTNER):
            owner = {Role.STARTUP: "s", Role.MENTOR: "m", Role.PARTNER: "o"}[role]
            label = {Role.STARTUP: "Startup", Role.MENTOR: "Mentor", Role.PARTNER: "Organisation"}
            await store.write(f"MERGE (:Entity:{label[role]} {{id: $id}})", {"id": owner})
            token = await keys(role.value, owner)
            for name in sorted(FIELDS):
                if role in allowed(name):
                    continue
                text, variables = call(name)
                body = await api(text, variables, key=token)
                assert error_codes(body) == ["FORBIDDEN"], (name, role, body)
                assert body["extensions"]["dbRoundTrips"] == 1, (name, role)
                checked += 1
    assert checked > 0
