"""Per-key and per-IP rate limits: HTTP 429, Retry-After, a GraphQL-shaped RATE_LIMITED error."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from hub.api.app import create_app
from hub.api.core.ratelimit import RateLimited, RateLimiter
from hub.config import Settings
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes

COUNTRIES = "{ countries { id } }"


@pytest.fixture
async def limited(store: GraphStore) -> AsyncIterator[Api]:
    """Three requests a minute per IP for anonymous callers, two per key."""
    settings = Settings(rate_limit_per_minute=2, rate_limit_anonymous_per_minute=3, _env_file=None)  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield Api(client)


def assert_limited(response: httpx.Response) -> dict[str, object]:
    assert response.status_code == 429, response.text
    retry = int(response.headers["Retry-After"])
    assert 1 <= retry <= 60
    body: dict[str, object] = response.json()
    assert "data" not in body  # refused before execution
    assert error_codes(body) == ["RATE_LIMITED"]
    return body


async def test_anonymous_callers_are_limited_per_ip(limited: Api) -> None:
    for _ in range(3):
        assert (await limited.post(COUNTRIES)).status_code == 200
    body = assert_limited(await limited.post(COUNTRIES, language="en"))
    assert "too many requests" in str(body)
    french = assert_limited(await limited.post(COUNTRIES, language="fr"))
    assert french["errors"] != body["errors"]  # type: ignore[comparison-overlap]


async def test_each_key_has_its_own_bucket(limited: Api, keys: Keys) -> None:
    first, second = await keys("admin"), await keys("admin")
    for _ in range(2):
        assert (await limited.post(COUNTRIES, key=first)).status_code == 200
    assert_limited(await limited.post(COUNTRIES, key=first))
    assert (await limited.post(COUNTRIES, key=second)).status_code == 200
    assert (await limited.post(COUNTRIES)).status_code == 200  # anonymous: another bucket


async def test_bad_keys_spend_the_ip_allowance(limited: Api) -> None:
    for i in range(3):
        assert (await limited.post(COUNTRIES, key=f"hub_0123456789a{i}_nope")).status_code == 401
    assert_limited(await limited.post(COUNTRIES, key="hub_0123456789af_nope"))
    assert_limited(await limited.post(COUNTRIES))


async def test_the_limit_comes_before_the_key_lookup(limited: Api) -> None:
    """A flood on one key id is refused by its bucket, not by looking the key up each time."""
    for _ in range(2):
        assert (await limited.post(COUNTRIES, key="hub_0123456789ab_nope")).status_code == 401
    assert_limited(await limited.post(COUNTRIES, key="hub_0123456789ab_nope"))


async def _from(api: Api, forwarded: str) -> httpx.Response:
    return await api.client.post(
        "/graphql", json={"query": COUNTRIES}, headers={"X-Forwarded-For": forwarded}
    )


async def test_a_forwarded_for_header_does_not_open_new_buckets(limited: Api) -> None:
    for i in range(3):
        assert (await _from(limited, f"203.0.113.{i}")).status_code == 200
    assert_limited(await _from(limited, "203.0.113.99"))


async def test_a_trusted_proxy_names_the_client(store: GraphStore) -> None:
    settings = Settings(
        rate_limit_anonymous_per_minute=3,
        trusted_proxies="127.0.0.1, 10.0.0.2",
        _env_file=None,
    )  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=create_app(settings, store=store))  # peer: 127.0.0.1
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        api = Api(client)
        for i in range(3):
            assert (await _from(api, f"203.0.113.{i}, 10.0.0.2")).status_code == 200
        for _ in range(3):
            assert (await _from(api, "198.51.100.7")).status_code == 200
        assert_limited(await _from(api, "198.51.100.7"))
        # Only the proxies' own entries are skipped: a client cannot name another client.
        assert_limited(await _from(api, "203.0.113.50, 198.51.100.7"))


async def test_a_limited_call_writes_nothing(store: GraphStore, limited: Api, keys: Keys) -> None:
    token = await keys("admin")
    mutation = (
        'mutation { createOrganisation(input: {kind: INCUBATOR, name: {fr: "Limitée"}}) { id } }'
    )
    for _ in range(2):
        await limited.post(COUNTRIES, key=token)
    assert_limited(await limited.post(mutation, key=token))
    rows = await store.read("MATCH (o:Organisation) RETURN count(o) AS n")
    assert rows[0]["n"] == 0


def test_the_bucket_refills_at_the_per_minute_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])  # one a second, bursts of 60
    for _ in range(60):
        limiter.take("k")
    with pytest.raises(RateLimited) as limited:
        limiter.take("k")
    assert limited.value.retry_after == 1
    now[0] += 1.0
    limiter.take("k")
    with pytest.raises(RateLimited):
        limiter.take("k")
    limiter.take("other")  # buckets are per caller


def test_zero_is_no_limit() -> None:
    limiter = RateLimiter(0)
    for _ in range(1000):
        limiter.take("k")
    assert limiter.buckets == {}
