"""Browsers on other origins: only the origins listed in HUB_CORS_ORIGINS may call the API
(none by default), without credentials unless HUB_CORS_CREDENTIALS is on."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.store import GraphStore

PARTNER_APP = "https://app.partner.example"
#: Builds a client of an app with some settings changed.
Make = Callable[..., Awaitable[httpx.AsyncClient]]
PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


@pytest.fixture
async def client_for(store: GraphStore, settings: Settings) -> AsyncIterator[Make]:
    clients: list[httpx.AsyncClient] = []

    async def make(**overrides: Any) -> httpx.AsyncClient:
        app = create_app(settings.model_copy(update=overrides), store=store)
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


async def test_no_origin_is_allowed_by_default(client_for: Make) -> None:
    client = await client_for()
    answer = await client.options("/graphql", headers={"Origin": PARTNER_APP, **PREFLIGHT})
    assert "access-control-allow-origin" not in answer.headers
    posted = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"Origin": PARTNER_APP}
    )
    assert "access-control-allow-origin" not in posted.headers


async def test_a_listed_origin_may_call_without_credentials(client_for: Make) -> None:
    client = await client_for(cors_origins=f"{PARTNER_APP}, https://other.example")
    answer = await client.options("/graphql", headers={"Origin": PARTNER_APP, **PREFLIGHT})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == PARTNER_APP
    assert "authorization" in answer.headers["access-control-allow-headers"].lower()
    assert "access-control-allow-credentials" not in answer.headers
    posted = await client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"Origin": PARTNER_APP}
    )
    assert posted.headers["access-control-allow-origin"] == PARTNER_APP
    assert "x-request-id" in posted.headers["access-control-expose-headers"].lower()
    refused = await client.options(
        "/graphql", headers={"Origin": "https://evil.example", **PREFLIGHT}
    )
    assert "access-control-allow-origin" not in refused.headers


async def test_credentials_only_when_switched_on(client_for: Make) -> None:
    client = await client_for(cors_origins=PARTNER_APP, cors_credentials=True)
    answer = await client.options("/graphql", headers={"Origin": PARTNER_APP, **PREFLIGHT})
    assert answer.headers["access-control-allow-credentials"] == "true"
