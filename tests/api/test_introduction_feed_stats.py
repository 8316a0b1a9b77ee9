"""The introduction event feed (cursor pagination, visibility) and partner statistics."""

from typing import Any

from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys, error_codes

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
RESPOND = "mutation($id: ID!, $ok: Boolean!) { respondToIntroduction(id: $id, accept: $ok) { id } }"
FEED = """query($after: String, $first: Int) { introductionEvents(after: $after, first: $first) {
  edges { cursor node { seq introductionId action fromState toState actorId } }
  pageInfo { hasNextPage endCursor } } }"""
STATS = """query($by: IntroductionGroupBy!) { introductionStats(groupBy: $by) {
  key requested accepted met outcomes acceptanceRate medianDaysToAnswer
  byState { state count } } }"""


async def _scene(store: GraphStore, api: Api, keys: Keys) -> dict[str, str]:
    await seed(store)
    k = {
        "admin": await keys("admin"),
        "atlas": await keys("startup", "atlas-ai"),
        "rif": await keys("startup", "rif-pay"),
        "medsud": await keys("startup", "medsud"),
        "claire": await keys("mentor", "claire"),
        "tp-casa": await keys("partner", "technopark-casablanca"),
    }

    async def request(who: str, requester: str, target: str, purpose: str) -> str:
        body = {
            "requesterId": requester,
            "targetId": target,
            "purpose": purpose,
            "message": "Bonjour",
            "language": "fr",
        }
        return str(
            (await api.data(REQUEST, {"input": body}, key=k[who]))["requestIntroduction"]["id"]
        )

    a = await request("atlas", "atlas-ai", "claire", "MENTORING")
    await api.data(RESPOND, {"id": a, "ok": True}, key=k["claire"])
    b = await request("atlas", "atlas-ai", "medsud", "PARTNERSHIP")
    await api.data(RESPOND, {"id": b, "ok": False}, key=k["medsud"])
    await request("medsud", "medsud", "rif-pay", "MARKET_ACCESS")
    return k


async def test_the_feed_pages_through_every_event_in_order(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    k = await _scene(store, api, keys)
    seen: list[dict[str, Any]] = []
    after = None
    pages = 0
    while True:
        page = await api.data(FEED, {"after": after, "first": 2}, key=k["admin"])
        feed = page["introductionEvents"]
        seen += [e["node"] for e in feed["edges"]]
        after = feed["pageInfo"]["endCursor"]
        pages += 1
        if not feed["pageInfo"]["hasNextPage"]:
            break
    assert pages == 3
    assert [e["action"] for e in seen] == ["request", "accept", "request", "decline", "request"]
    assert [e["seq"] for e in seen] == sorted({e["seq"] for e in seen})
    # Following the feed: nothing new after the last cursor, then the next change.
    empty = await api.data(FEED, {"after": after}, key=k["admin"])
    assert empty["introductionEvents"]["edges"] == []
    assert empty["introductionEvents"]["pageInfo"]["endCursor"] == after
    await api.data(RESPOND, {"id": seen[-1]["introductionId"], "ok": True}, key=k["rif"])
    more = await api.data(FEED, {"after": after}, key=k["admin"])
    assert [e["node"]["action"] for e in more["introductionEvents"]["edges"]] == ["accept"]
    assert error_codes(await api(FEED, {"after": "bad"}, key=k["admin"])) == ["BAD_USER_INPUT"]


BACKWARD = """query($before: String) { introductionEvents(last: 2, before: $before) {
  edges { node { action } } pageInfo { hasPreviousPage hasNextPage startCursor } } }"""


async def test_the_feed_pages_backward_from_its_newest_event(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    k = await _scene(store, api, keys)
    newest = (await api.data(BACKWARD, {"before": None}, key=k["admin"]))["introductionEvents"]
    assert [e["node"]["action"] for e in newest["edges"]] == ["decline", "request"]
    assert newest["pageInfo"]["hasPreviousPage"] and not newest["pageInfo"]["hasNextPage"]
    before = newest["pageInfo"]["startCursor"]
    older = (await api.data(BACKWARD, {"before": before}, key=k["admin"]))["introductionEvents"]
    assert [e["node"]["action"] for e in older["edges"]] == ["accept", "request"]
    assert older["pageInfo"]["hasPreviousPage"] and older["pageInfo"]["hasNextPage"]


async def test_the_feed_shows_each_key_only_its_introductions(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    k = await _scene(store, api, keys)

    async def actions(who: str) -> list[str]:
        feed = (await api.data(FEED, {}, key=k[who]))["introductionEvents"]
        return [e["node"]["action"] for e in feed["edges"]]

    assert await actions("rif") == ["request"]  # only the one offered to rif-pay
    assert await actions("tp-casa") == ["request", "accept", "request", "decline"]  # hosted
    assert await actions("claire") == ["request", "accept"]


async def test_stats_group_conversion_for_partners(store: GraphStore, api: Api, keys: Keys) -> None:
    k = await _scene(store, api, keys)
    by_direction = await api.data(STATS, {"by": "DIRECTION"}, key=k["tp-casa"])
    groups = {g["key"]: g for g in by_direction["introductionStats"]}
    assert set(groups) == {"morocco_to_europe", "europe_to_africa"}
    out = groups["morocco_to_europe"]
    assert (out["requested"], out["accepted"], out["met"], out["outcomes"]) == (2, 1, 0, 0)
    assert out["acceptanceRate"] == 0.5
    assert out["medianDaysToAnswer"] is not None
    assert {s["state"]: s["count"] for s in out["byState"]} == {"ACCEPTED": 1, "DECLINED": 1}
    by_host = (await api.data(STATS, {"by": "HOST"}, key=k["admin"]))["introductionStats"]
    assert {g["key"]: g["requested"] for g in by_host} == {
        "technopark-casablanca": 2,
        "marseille-innovation": 1,
    }
    assert error_codes(await api(STATS, {"by": "PURPOSE"}, key=k["atlas"])) == ["FORBIDDEN"]
