"""API keys expire, and record when they were last used without a round trip of their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hub.domain import keys as domain_keys
from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import Role
from hub.graph.store import GraphStore
from hub.services import api_keys
from tests.conftest import Api, Keys, error_codes
from tests.test_cli import data_dir, hub, ok  # noqa: F401 (the data_dir fixture)

COUNTRIES = "{ countries { id } }"


async def key_row(store: GraphStore, token: str) -> dict[str, str]:
    key_id = domain_keys.key_id_of(token)
    rows = await store.read("MATCH (k:ApiKey {id: $id}) RETURN k {.*} AS k", {"id": key_id})
    return rows[0]["k"]  # type: ignore[no-any-return]


async def age(store: GraphStore, token: str, **moved: timedelta) -> None:
    """Move a key's timestamps into the past."""
    row = await key_row(store, token)
    now = datetime.now(UTC)
    props = {name: domain_keys.iso(now - delta) for name, delta in moved.items()}
    query = "MATCH (k:ApiKey {id: $id}) SET k += $props"
    await store.write(query, {"id": row["id"], "props": props})


async def test_a_new_key_expires_after_the_default_days(store: GraphStore, keys: Keys) -> None:
    token = await keys("admin")
    row = await key_row(store, token)
    expires = datetime.fromisoformat(row["expires_at"].replace("Z", "+00:00"))
    created = datetime.fromisoformat(row["created_at"].replace("Z", "+00:00"))
    assert (expires - created).days == domain_keys.DEFAULT_EXPIRY_DAYS
    assert "last_used_at" not in row


async def test_an_expiry_under_a_day_is_refused(store: GraphStore) -> None:
    with pytest.raises(InvalidInput):
        await api_keys.issue(store, Role.ADMIN, expires_in_days=0)


async def test_an_expired_key_is_401_with_a_clear_message(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    token = await keys("admin")
    await age(store, token, expires_at=timedelta(seconds=1))
    response = await api.post(COUNTRIES, key=token, language="en")
    assert response.status_code == 401
    body = response.json()
    assert error_codes(body) == ["UNAUTHENTICATED"]
    assert body["errors"][0]["message"].startswith("the API key expired on 20")
    french = (await api.post(COUNTRIES, key=token, language="fr")).json()
    assert "expir" in french["errors"][0]["message"]
    assert french["errors"][0]["message"] != body["errors"][0]["message"]


async def test_a_key_of_another_hash_is_refused(store: GraphStore, api: Api, keys: Keys) -> None:
    token = await keys("admin")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    response = await api.post(COUNTRIES, key=forged)
    assert response.status_code == 401
    assert "last_used_at" not in await key_row(store, token)  # a guess records no use


async def test_use_is_recorded_at_most_once_a_minute_in_the_lookup(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    token = await keys("admin")
    anonymous = await api(COUNTRIES)
    fresh = await api(COUNTRIES, key=token)
    # The lookup is the only extra statement, and a key used in its first minute writes nothing.
    assert fresh["extensions"]["dbRoundTrips"] == anonymous["extensions"]["dbRoundTrips"] + 1
    assert "last_used_at" not in await key_row(store, token)

    await age(store, token, created_at=timedelta(minutes=5))
    used = await api(COUNTRIES, key=token)
    assert used["extensions"]["dbRoundTrips"] == fresh["extensions"]["dbRoundTrips"]
    first = (await key_row(store, token))["last_used_at"]
    assert first is not None
    await api.data(COUNTRIES, key=token)
    assert (await key_row(store, token))["last_used_at"] == first  # within the minute: kept

    await age(store, token, last_used_at=timedelta(minutes=2))
    await api.data(COUNTRIES, key=token)
    assert (await key_row(store, token))["last_used_at"] > first


async def test_an_expired_key_records_no_use(store: GraphStore, api: Api, keys: Keys) -> None:
    token = await keys("admin")
    await age(store, token, created_at=timedelta(days=2), expires_at=timedelta(days=1))
    assert (await api.post(COUNTRIES, key=token)).status_code == 401
    assert "last_used_at" not in await key_row(store, token)


def test_the_cli_sets_and_lists_expiry_and_last_use(data_dir: Path) -> None:  # noqa: F811
    created = ok(hub(data_dir, "keys", "create", "--role", "admin", "--expires-in-days", "7"))
    expected = (datetime.now(UTC) + timedelta(days=7)).date().isoformat()
    assert f"expires {expected}" in created[0]
    key_id = created[-1].split("_")[1]
    listed = ok(hub(data_dir, "keys", "list"))
    assert any("expires" in line and "last used" in line for line in listed)
    row = next(line for line in listed if key_id in line)
    assert expected in row
    refused = hub(data_dir, "keys", "create", "--role", "admin", "--expires-in-days", "0")
    assert refused.returncode != 0
