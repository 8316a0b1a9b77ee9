"""Concurrent answers to one introduction, on the real database: exactly one wins."""

import asyncio

from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys, error_codes

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id state } }"""
RESPOND = """mutation($id: ID!, $ok: Boolean!) {
  respondToIntroduction(id: $id, accept: $ok) { id state } }"""
EVENTS = "query($id: ID!) { introduction(id: $id) { state events { action } } }"
N = 8


async def test_concurrent_answers_exactly_one_wins(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    atlas, claire = await keys("startup", "atlas-ai"), await keys("mentor", "claire")
    made = await api.data(
        REQUEST,
        {
            "input": {
                "requesterId": "atlas-ai",
                "targetId": "claire",
                "purpose": "MENTORING",
                "message": "Bonjour",
                "language": "fr",
            }
        },
        key=atlas,
    )
    iid = made["requestIntroduction"]["id"]
    # Half accept, half decline, all at once.
    bodies = await asyncio.gather(
        *(api(RESPOND, {"id": iid, "ok": n % 2 == 0}, key=claire) for n in range(N))
    )
    wins = [b for b in bodies if not b.get("errors")]
    losses = [error_codes(b) for b in bodies if b.get("errors")]
    assert len(wins) == 1
    assert losses == [["CONFLICT"]] * (N - 1)
    after = (await api.data(EVENTS, {"id": iid}, key=claire))["introduction"]
    assert after["state"] == wins[0]["data"]["respondToIntroduction"]["state"]
    assert [e["action"] for e in after["events"]] == ["request", after["events"][1]["action"]]
    assert after["events"][1]["action"] in ("accept", "decline")
    mentees = await store.read(
        "MATCH (:Mentor {id: 'claire'})-[r:MENTORS]->() RETURN count(r) AS n"
    )
    assert mentees[0]["n"] == (1 if after["state"] == "ACCEPTED" else 0)


async def test_concurrent_duplicate_requests_create_one(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")

    def body(n: int, key: str | None) -> dict[str, object]:
        return {
            "input": {
                "requesterId": "atlas-ai",
                "targetId": "medsud",
                "purpose": "PARTNERSHIP",
                "message": f"hello {n}",
                "language": "en",
                "clientKey": key,
            }
        }

    same_key = await asyncio.gather(*(api(REQUEST, body(n, "same"), key=atlas) for n in range(N)))
    ids = {b["data"]["requestIntroduction"]["id"] for b in same_key}
    assert len(ids) == 1 and not any(b.get("errors") for b in same_key)
    no_key = await asyncio.gather(*(api(REQUEST, body(n, None), key=atlas) for n in range(N)))
    assert all(error_codes(b) == ["CONFLICT"] for b in no_key)  # the first one is open
    rows = await store.read("MATCH (i:Introduction) RETURN count(i) AS n")
    assert rows[0]["n"] == 1
