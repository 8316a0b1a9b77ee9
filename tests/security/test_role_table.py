"""The role table of docs/permissions.md against the schema and the running API, row by row.

Every root field is in the table (and nothing else); that section is exactly what
tests/security/role_table.py renders (regenerate with `python -m tests.security.role_table`);
each cell holds over HTTP: `no` is refused before any database work (FORBIDDEN, or
UNAUTHENTICATED without a key, with no round trip beyond the key lookup), and any other cell is
not refused that way. Every mutation declares a permission class.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLScalarType,
    get_named_type,
    is_leaf_type,
)
from graphql.pyutils import Undefined

from hub.api.schema import Mutation, Query, build_schema
from hub.config import Settings
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes
from tests.security import role_table
from tests.security.seed import seed

SCHEMA = build_schema()
GRAPHQL = SCHEMA._schema
OWNERS = {"partner": "technopark", "mentor": "claire", "startup": "open-co"}
SCALARS = {
    "ID": "nope",
    "String": "x",
    "Int": 1,
    "Float": 1.0,
    "Boolean": True,
    "Date": "2026-01-01",
    "DateTime": "2026-01-01T00:00:00Z",
    "JSON": {},
}


@pytest.fixture
def settings() -> Settings:
    return Settings(
        report_round_trips=True,
        rate_limit_per_minute=0,
        rate_limit_anonymous_per_minute=0,
        _env_file=None,
    )  # type: ignore[call-arg]


def fields() -> dict[str, tuple[str, GraphQLField]]:
    assert GRAPHQL.query_type is not None and GRAPHQL.mutation_type is not None
    found = {n: ("query", f) for n, f in GRAPHQL.query_type.fields.items()}
    found.update({n: ("mutation", f) for n, f in GRAPHQL.mutation_type.fields.items()})
    return found


def test_every_root_field_has_a_row_and_every_row_a_field() -> None:
    schema = {name: kind for name, (kind, _) in fields().items()}
    table = {name: row[0] for name, row in role_table.OPERATIONS.items()}
    assert sorted(set(schema) - set(table)) == [], "fields missing from the role table"
    assert sorted(set(table) - set(schema)) == [], "rows for fields the schema no longer has"
    assert table == schema
    for name in table:
        assert set(role_table.cells(name).values()) <= set(role_table.CELLS), name


def test_the_readme_shows_the_table_of_the_current_schema() -> None:
    block = role_table.section(role_table.PERMISSIONS.read_text())
    assert block is not None, "docs/permissions.md has no role table section"
    assert block == role_table.render(GRAPHQL), (
        "docs/permissions.md's role table is out of date: run `python -m tests.security.role_table`"
    )
    assert role_table.parse(block) == {n: role_table.cells(n) for n in role_table.OPERATIONS}


def test_every_mutation_declares_its_permission_next_to_it() -> None:
    for cls in (Mutation, Query):
        for field in cls.__strawberry_definition__.fields:  # type: ignore[attr-defined]
            name = SCHEMA.config.name_converter.get_graphql_name(field)
            public = role_table.cells(name)["anonymous"] != "no"
            assert field.permission_classes or public, f"{name} declares no permission class"
            if cls is Mutation:
                assert field.permission_classes, f"mutation {name} must declare who may call it"
                assert role_table.cells(name)["anonymous"] == "no", name


def value(kind: GraphQLInputType, me: str) -> Any:
    """A value of a required argument's type: enough to get past validation; ids are the
    caller's own entity (so `own` rows are tried on what the caller owns)."""
    if isinstance(kind, GraphQLNonNull):
        return value(kind.of_type, me)
    if isinstance(kind, GraphQLList):
        return []
    if isinstance(kind, GraphQLEnumType):
        return next(iter(kind.values))
    if isinstance(kind, GraphQLScalarType):
        return me if kind.name == "ID" else SCALARS[kind.name]
    assert isinstance(kind, GraphQLInputObjectType)
    return {
        n: value(f.type, me)
        for n, f in kind.fields.items()
        if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
    }


def operation(name: str, me: str) -> tuple[str, dict[str, Any]]:
    kind, field = fields()[name]
    required = {n: a for n, a in field.args.items() if isinstance(a.type, GraphQLNonNull)}
    params = ", ".join(f"${n}: {a.type}" for n, a in required.items())
    args = ", ".join(f"{n}: ${n}" for n in required)
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    text = f"{kind}{f'({params})' if params else ''} {{ {name}{f'({args})' if args else ''}"
    return text + selection + " }", {n: value(a.type, me) for n, a in required.items()}


async def key_lookup(api: Api, key: str | None) -> int:
    """Round trips a request makes before any resolver: the key lookup."""
    body = await api("{ __typename }", key=key)
    return int(body["extensions"]["dbRoundTrips"])


@pytest.mark.parametrize("name", sorted(role_table.OPERATIONS))
async def test_each_row_holds_over_http(name: str, api: Api, keys: Keys, store: GraphStore) -> None:
    await seed(store)
    for role, cell in role_table.cells(name).items():
        key = None
        if role != "anonymous":
            key = await keys(role, OWNERS.get(role))
        text, variables = operation(name, OWNERS.get(role, "nope"))
        baseline = await key_lookup(api, key)
        body = await api(text, variables, key=key, language="en")
        codes = error_codes(body)
        messages = [e["message"] for e in body.get("errors") or []]
        by_role = messages == [f"a {role} key may not do this"] or codes == ["UNAUTHENTICATED"]
        refused = by_role and codes in (["FORBIDDEN"], ["UNAUTHENTICATED"])
        trips = body["extensions"]["dbRoundTrips"]
        if cell == "no":
            expected = ["UNAUTHENTICATED"] if key is None else ["FORBIDDEN"]
            assert codes == expected, (name, role, body)
            assert trips == baseline, (name, role, "database work before the refusal")
        else:
            assert not (refused and trips == baseline), (name, role, body)
