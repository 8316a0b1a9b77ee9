"""Injection strings in every free-text argument and input field of the schema.

The schema is walked: every String or ID argument of every query and mutation, and every String
or ID field of their input objects (nested too), gets each string of PAYLOADS while the other
arguments hold ordinary values. No 5xx, no Cypher or stack trace in an error, queries change
nothing, a refused mutation changes nothing, and nothing that existed is ever deleted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

import httpx
from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
    get_named_type,
    is_leaf_type,
)

from hub.api.schema import build_schema
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys
from tests.security.conftest import digest, fingerprint, leaks, node_ids, serve

PAYLOADS = [
    "' }) MATCH (n) DETACH DELETE n //",
    '\\" RETURN 1',
    '"}) MATCH (n) SET n.pwned = true RETURN n //',
    "$x",
    "$props",
    "`Entity`) DETACH DELETE n //",
    "x` DETACH DELETE n //",
    "*/ MATCH (n) DETACH DELETE n /*",
    "لا 🚀 Ωmega e\u0301 \u202e\u200f \ud7ff",
    "nul \u0000 byte",
    "lone \ud800 surrogate",
    "a" * 20_000,
]
#: Each location gets the first payload and ROTATION others, in turn, so that every payload
#: reaches every kind of location; HUB_TEST_ALL_PAYLOADS=1 sends every payload everywhere.
ROTATION = len(PAYLOADS) if os.environ.get("HUB_TEST_ALL_PAYLOADS") else 3


def payloads_for(case: int) -> list[str]:
    rest = PAYLOADS[1:]
    return [PAYLOADS[0], *(rest[(case * ROTATION + i) % len(rest)] for i in range(ROTATION))][
        : len(PAYLOADS)
    ]


SAMPLES: dict[str, Any] = {
    "String": "demo",
    "ID": "atlas-ai",
    "Int": 1,
    "Float": 1.0,
    "Boolean": False,
    "Date": "2026-01-15",
    "DateTime": "2026-01-15T10:00:00Z",
}
TEXT = {"String", "ID"}


def sample(kind: GraphQLInputType) -> Any:
    """An ordinary value of `kind`: required input fields only."""
    if isinstance(kind, GraphQLNonNull):
        return sample(kind.of_type)
    if isinstance(kind, GraphQLList):
        return [sample(kind.of_type)]
    if isinstance(kind, GraphQLEnumType):
        return next(iter(kind.values))
    if isinstance(kind, GraphQLInputObjectType):
        return {
            name: sample(f.type)
            for name, f in kind.fields.items()
            if isinstance(f.type, GraphQLNonNull) and f.default_value is Undefined
        }
    assert isinstance(kind, GraphQLScalarType)
    return SAMPLES[kind.name]


def text_paths(kind: GraphQLInputType, depth: int = 0) -> Iterator[tuple[str, ...]]:
    """Paths to every String/ID in a value of `kind` ((), for kind itself)."""
    named = get_named_type(kind)
    if named.name in TEXT:
        yield ()
    elif isinstance(named, GraphQLInputObjectType) and depth < 3:
        for name, f in named.fields.items():
            for path in text_paths(f.type, depth + 1):
                yield (name, *path)


def put(kind: GraphQLInputType, value: Any, path: tuple[str, ...], payload: str) -> Any:
    """`value` with `payload` at `path` (lists get it as their one item)."""
    if isinstance(kind, GraphQLNonNull):
        return put(kind.of_type, value, path, payload)
    if isinstance(kind, GraphQLList):
        return [put(kind.of_type, value[0] if value else None, path, payload)]
    if not path:
        return payload
    assert isinstance(kind, GraphQLInputObjectType)
    inner = dict(value or sample(kind))
    field = kind.fields[path[0]]
    inner[path[0]] = put(field.type, inner.get(path[0]), path[1:], payload)
    return inner


def cases(root: GraphQLObjectType) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(label, operation text, variables without the payload, a setter) per text location."""
    for name, field in root.fields.items():
        for arg_name, arg in field.args.items():
            for path in text_paths(arg.type):
                yield (
                    name,
                    ".".join((arg_name, *path)),
                    {"field": field, "arg": arg_name, "path": path},
                )


def operation(kind: str, name: str, field: GraphQLField) -> str:
    declared = ", ".join(f"${a}: {arg.type}" for a, arg in field.args.items())
    passed = ", ".join(f"{a}: ${a}" for a in field.args)
    selection = "" if is_leaf_type(get_named_type(field.type)) else " { __typename }"
    head = f"{kind} ({declared})" if declared else kind
    return f"{head} {{ {name}{f'({passed})' if passed else ''}{selection} }}"


def variables(field: GraphQLField, arg: str, path: tuple[str, ...], payload: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for a, definition in field.args.items():
        if isinstance(definition.type, GraphQLNonNull) or a == arg:
            values[a] = sample(definition.type)
    values[arg] = put(field.args[arg].type, values.get(arg), path, payload)
    return values


SCHEMA = build_schema()._schema


def test_the_walk_finds_the_free_text_arguments() -> None:
    assert SCHEMA.query_type is not None and SCHEMA.mutation_type is not None
    found = {(n, where) for n, where, _ in cases(SCHEMA.query_type)}
    found |= {(n, where) for n, where, _ in cases(SCHEMA.mutation_type)}
    expected_locations = [
        ("startups", "filter.text"),
        ("startup", "id"),
        ("mentors", "after"),
        ("createStartup", "input.name"),
        ("requestIntroduction", "input.message"),
    ]
    for expected in expected_locations:
        assert expected in found, sorted(found)


async def post(api: Api, query: str, variables: dict[str, Any], key: str) -> httpx.Response:
    """JSON with ASCII escapes, so that a lone surrogate travels as a client may send it."""
    body = json.dumps({"query": query, "variables": variables}, ensure_ascii=True)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    return await api.client.post("/graphql", content=body, headers=headers)


async def check(store: GraphStore, admin: str, kind: str, root: GraphQLObjectType) -> int:
    """Every call: no 5xx, no leak; a query or a refused mutation leaves the fingerprint as it
    was. Around the whole run: queries leave the full digest as it was; nothing is deleted."""
    calls, digest_before, ids = 0, await digest(store), await node_ids(store)
    async with serve(store) as api:
        for number, (name, where, case) in enumerate(cases(root)):
            field, arg, path = case["field"], case["arg"], case["path"]
            text = operation(kind, name, field)
            for payload in payloads_for(number):
                before = await fingerprint(store)
                response = await post(api, text, variables(field, arg, path, payload), admin)
                calls += 1
                label = f"{name}({where}) <- {payload[:40]!r}"
                assert response.status_code < 500, (label, response.text)
                body = response.json()
                for error in body.get("errors") or []:
                    assert error["extensions"]["code"] != "INTERNAL_SERVER_ERROR", (label, error)
                    shown = str(error).replace(payload, "")
                    assert not leaks(shown), (label, leaks(shown), error)
                if kind == "query" or body.get("errors"):
                    assert await fingerprint(store) == before, label
    after = await digest(store)
    if kind == "query":
        assert after == digest_before
    assert ids <= await node_ids(store)  # nothing that existed was deleted
    assert '"pwned": true' not in str(after)
    return calls


async def test_injection_in_every_query_argument(demo: GraphStore, keys: Keys) -> None:
    assert SCHEMA.query_type is not None
    assert await check(demo, await keys("admin"), "query", SCHEMA.query_type) > 150


async def test_injection_in_every_mutation_argument(demo: GraphStore, keys: Keys) -> None:
    assert SCHEMA.mutation_type is not None
    assert await check(demo, await keys("admin"), "mutation", SCHEMA.mutation_type) > 500
