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


async def _five_audit_events(store: GraphStore) -> None:
    """a1 … a5, one a day from 2026-01-01."""
    await store.write(
        "UNWIND range(1, 5) AS i CREATE (:AuditEvent {id: 'a' + toString(i), action: 'export', "
        "subject_id: 's', at: '2026-01-0' + toString(i) + 'T09:00:00.000Z'})"
    )


AUDIT = """query($after: String) { auditEvents(first: 2, after: $after) {
  pageInfo { endCursor } edges { node { id } } } }"""


async def test_the_audit_pages_newest_first_and_stays_put_when_events_arrive(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    await _five_audit_events(store)
    first = (await api.data(AUDIT, {"after": None}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in first["edges"]] == ["a5", "a4"]
    await store.write(  # a newer event arrives before the next page is asked for
        "CREATE (:AuditEvent {id: 'a6', action: 'export', subject_id: 's', "
        "at: '2026-02-01T09:00:00.000Z'})"
    )
    after = first["pageInfo"]["endCursor"]
    second = (await api.data(AUDIT, {"after": after}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in second["edges"]] == ["a3", "a2"]


SLICE = """query($first: Int, $after: String, $last: Int, $before: String) {
  startups(first: $first, after: $after, last: $last, before: $before) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } } } }"""


async def _slice(api: Api, **asked: Any) -> tuple[list[str], dict[str, Any]]:
    found = (await api.data(SLICE, asked))["startups"]
    return [e["node"]["id"] for e in found["edges"]], found["pageInfo"]


async def test_last_and_before_page_backward_through_the_same_order(
    store: GraphStore, api: Api
) -> None:
    for i, name in enumerate(["Cèdre", "Dattier", "Figuier", "Grenadier", "Olivier"]):
        await _startup(store, f"s{i}", name)
    ids, info = await _slice(api, last=2)
    assert ids == ["s3", "s4"]
    assert info["hasPreviousPage"] and not info["hasNextPage"]
    await store.write("MATCH (s:Startup {id: 's4'}) DETACH DELETE s")  # gone after the page
    ids, info = await _slice(api, last=2, before=info["startCursor"])
    assert ids == ["s1", "s2"]
    assert info["hasPreviousPage"] and info["hasNextPage"]
    ids, info = await _slice(api, last=2, before=info["startCursor"])
    assert ids == ["s0"]
    assert not info["hasPreviousPage"]
    # Both cursors bound a slice; `first` and `last` then count from either end of it.
    _, everything = await _slice(api, first=4)
    start, end = everything["startCursor"], everything["endCursor"]
    assert (await _slice(api, after=start, before=end))[0] == ["s1", "s2"]
    assert (await _slice(api, first=1, after=start, before=end))[0] == ["s1"]
    assert (await _slice(api, last=1, after=start, before=end))[0] == ["s2"]


async def test_first_with_last_or_a_bad_size_is_refused(api: Api) -> None:
    for asked in ({"first": 1, "last": 1}, {"last": -1}, {"last": 1000}, {"before": "nope"}):
        body = await api(SLICE, asked)
        assert error_codes(body) == ["BAD_USER_INPUT"], asked


async def test_the_audit_pages_backward_from_its_oldest_events(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    await _five_audit_events(store)
    query = """query($before: String) { auditEvents(last: 2, before: $before) {
      pageInfo { startCursor hasPreviousPage } edges { node { id } } } }"""
    oldest = (await api.data(query, {"before": None}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in oldest["edges"]] == ["a2", "a1"]
    before = oldest["pageInfo"]["startCursor"]
    newer = (await api.data(query, {"before": before}, key=admin))["auditEvents"]
    assert [e["node"]["id"] for e in newer["edges"]] == ["a4", "a3"]
    assert newer["pageInfo"]["hasPreviousPage"]
