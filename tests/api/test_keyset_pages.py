"""Pages of profiles are keyed by their place in the list's order (folded name, then id): a
page neither repeats nor misses a row when others are added or removed before it."""

from __future__ import annotations

from typing import Any

from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes

PAGE = """query($after: String) { startups(first: 2, after: $after) {
  pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }"""


async def _page(api: Api, after: str | None) -> dict[str, Any]:
    found: dict[str, Any] = (await api.data(PAGE, {"after": after}))["startups"]
    return found


async def _startup(store: GraphStore, startup_id: str, name: str) -> None:
    await store.write(
        "CREATE (:Entity:Startup {id: $id, name: $name, stage: 'idea', search: toLower($name)})",
        {"id": startup_id, "name": name},
    )


async def test_rows_added_or_removed_before_a_page_do_not_shift_it(
    store: GraphStore, api: Api
) -> None:
    for i, name in enumerate(["Cèdre", "Dattier", "Figuier", "Grenadier", "Olivier"]):
        await _startup(store, f"s{i}", name)
    first = await _page(api, None)
    assert [e["node"]["id"] for e in first["edges"]] == ["s0", "s1"]
    # Rows come and go before the cursor: an offset would repeat or skip one.
    await _startup(store, "early", "Amandier")
    await store.write("MATCH (s:Startup {id: 's0'}) DETACH DELETE s")
    second = await _page(api, first["pageInfo"]["endCursor"])
    assert [e["node"]["id"] for e in second["edges"]] == ["s2", "s3"]
    assert second["pageInfo"]["hasPreviousPage"] and second["pageInfo"]["hasNextPage"]
    third = await _page(api, second["edges"][-1]["cursor"])
    assert [e["node"]["id"] for e in third["edges"]] == ["s4"]
    assert not third["pageInfo"]["hasNextPage"]


async def test_a_cursor_that_is_not_one_is_refused(api: Api) -> None:
    for cursor in ("nope", "b2Zmc2V0OjE=", "WyJrZXkiLCAxLCAyXQ=="):  # junk, an offset, wrong types
        body = await api(PAGE, {"after": cursor})
        assert error_codes(body) == ["BAD_USER_INPUT"], cursor


AUDIT = """query($after: String) { auditEvents(first: 2, after: $after) {
  pageInfo { endCursor } edges { node { id } } } }"""


async def test_the_audit_pages_newest_first_and_stays_put_when_events_arrive(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    await store.write(
        "UNWIND range(1, 5) AS i CREATE (:AuditEvent {id: 'a' + toString(i), action: 'export', "
        "subject_id: 's', at: '2026-01-0' + toString(i) + 'T09:00:00.000Z'})"
    )
    first = (await api.data(AUDIT, {"after": None}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in first["edges"]] == ["a5", "a4"]
    await store.write(  # a newer event arrives before the next page is asked for
        "CREATE (:AuditEvent {id: 'a6', action: 'export', subject_id: 's', "
        "at: '2026-02-01T09:00:00.000Z'})"
    )
    after = first["pageInfo"]["endCursor"]
    second = (await api.data(AUDIT, {"after": after}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in second["edges"]] == ["a3", "a2"]
