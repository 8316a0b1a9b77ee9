"""A NUL, which the database cannot hold, is refused in query literals too, whichever way it is
written (raw, or as a `\\u` escape), before anything runs; storable escapes still work.
(graphql-core itself refuses lone surrogates in literals as a syntax error.)"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import Api, Keys, error_codes

CREATE = 'mutation { createStartup(input: {name: "%s", stage: CREATION}) { name } }'


async def post(api: Api, query: str, key: str) -> dict[str, Any]:
    """JSON with ASCII escapes, as a client may send it."""
    body = json.dumps({"query": query}, ensure_ascii=True)
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    response = await api.client.post("/graphql", content=body, headers=headers)
    assert response.status_code == 200, response.text
    found: dict[str, Any] = response.json()
    return found


@pytest.mark.parametrize("literal", ["nul \\u0000 escaped", "nul \x00 raw"])
async def test_unstorable_literals_are_refused(api: Api, keys: Keys, literal: str) -> None:
    admin = await keys("admin")
    body = await post(api, CREATE % literal, admin)
    assert error_codes(body) == ["BAD_USER_INPUT"], body
    assert "data" not in body  # refused before execution
    found = await api.data('{ startups(filter: {text: "nul"}) { totalCount } }', key=admin)
    assert found["startups"]["totalCount"] == 0


async def test_storable_escapes_are_kept(api: Api, keys: Keys) -> None:
    body = await post(api, CREATE % "Caf\\u00e9 \\ud83c\\udf0d", await keys("admin"))
    assert not body.get("errors"), body
    assert body["data"]["createStartup"]["name"] == "Café 🌍"
