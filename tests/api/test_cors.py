"""Browsers on other origins: only the origins listed in HUB_CORS_ORIGINS may call the API
(none by default), without credentials unless HUB_CORS_CREDENTIALS is on."""

from __future__ import annotations

from tests.conftest import Make

PARTNER_APP = "https://app.partner.example"
PREFLIGHT = {
    "Access-Control-Request-Method": "POST",
    "Access-Control-Request-Headers": "authorization, content-type",
}


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
