"""Read-modify-write mutations under concurrency, on the real database (those not covered by
the aggregates' own race tests): a mentor's capacity when several accepts race, a withdrawal
racing the answer, concurrent template revisions. (Same client key, concurrent step updates and
concurrent journey starts are in tests/api: test_introductions_race.py, test_settlement.py.)"""

from __future__ import annotations

import asyncio

from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.api.settlement_seed import seed as seed_settlement
from tests.api.test_settlement_templates import SAVE, shipped_france_input, step_input
from tests.conftest import Api, Keys, error_codes

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id state } }"""
RESPOND = """mutation($id: ID!, $ok: Boolean!) {
  respondToIntroduction(id: $id, accept: $ok) { id state } }"""
WITHDRAW = "mutation($id: ID!) { withdrawIntroduction(id: $id) { id state } }"
STATE = "query($id: ID!) { introduction(id: $id) { state } }"
STARTUPS = ["atlas-ai", "rif-pay", "medsud", "diaspo-lab"]


async def request(api: Api, key: str, requester: str, target: str) -> dict[str, object]:
    variables = {
        "input": {
            "requesterId": requester,
            "targetId": target,
            "purpose": "MENTORING",
            "message": "Bonjour",
            "language": "fr",
        }
    }
    return await api(REQUEST, variables, key=key)


async def mentees(store: GraphStore, mentor: str) -> int:
    rows = await store.read(
        "MATCH (:Mentor {id: $id})-[r:MENTORS]->() RETURN count(r) AS n", {"id": mentor}
    )
    return int(rows[0]["n"])


async def test_concurrent_accepts_never_exceed_a_mentors_capacity(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)  # claire mentors no one yet and has a capacity of 1
    ids = []
    for startup in STARTUPS:
        body = await request(api, await keys("startup", startup), startup, "claire")
        if not body.get("errors"):
            ids.append(body["data"]["requestIntroduction"]["id"])  # type: ignore[index]
    assert len(ids) >= 2
    claire = await keys("mentor", "claire")
    for _ in range(3):  # a few rounds: the race is decided by the database, not by luck
        bodies = await asyncio.gather(
            *(api(RESPOND, {"id": i, "ok": True}, key=claire) for i in ids)
        )
        assert all(set(error_codes(b)) <= {"CONFLICT"} for b in bodies), bodies
        assert await mentees(store, "claire") == 1
    accepted = [b for b in bodies if not b.get("errors")]
    assert len(accepted) <= len(ids)


async def test_a_withdrawal_racing_a_decline_one_wins(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas, yasmine = await keys("startup", "atlas-ai"), await keys("mentor", "yasmine")
    made = await request(api, atlas, "atlas-ai", "yasmine")
    iid = made["data"]["requestIntroduction"]["id"]  # type: ignore[index]
    calls = [
        api(WITHDRAW, {"id": iid}, key=atlas)
        if n % 2
        else api(RESPOND, {"id": iid, "ok": False}, key=yasmine)
        for n in range(8)
    ]
    bodies = await asyncio.gather(*calls)
    wins = [b for b in bodies if not b.get("errors")]
    assert len(wins) == 1, bodies  # neither can follow the other
    assert all(error_codes(b) == ["CONFLICT"] for b in bodies if b.get("errors"))
    won = next(iter(wins[0]["data"].values()))["state"]
    assert (await api.data(STATE, {"id": iid}, key=atlas))["introduction"]["state"] == won


async def test_a_withdrawal_racing_an_accept_is_one_serial_order(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """An accepted introduction may still be withdrawn: accept-then-withdraw is a legal order,
    withdraw-then-accept is not (a write whose state moved meanwhile is a CONFLICT). Each action
    wins at most once, and the final state is the last winner's."""
    await seed(store)
    atlas, yasmine = await keys("startup", "atlas-ai"), await keys("mentor", "yasmine")
    made = await request(api, atlas, "atlas-ai", "yasmine")
    iid = made["data"]["requestIntroduction"]["id"]  # type: ignore[index]
    calls = [
        api(WITHDRAW, {"id": iid}, key=atlas)
        if n % 2
        else api(RESPOND, {"id": iid, "ok": True}, key=yasmine)
        for n in range(8)
    ]
    bodies = await asyncio.gather(*calls)
    won = [next(iter(b["data"].values()))["state"] for b in bodies if not b.get("errors")]
    assert sorted(won) in (["ACCEPTED"], ["WITHDRAWN"], ["ACCEPTED", "WITHDRAWN"]), bodies
    assert all(error_codes(b) == ["CONFLICT"] for b in bodies if b.get("errors"))
    final = (await api.data(STATE, {"id": iid}, key=atlas))["introduction"]["state"]
    assert final == ("WITHDRAWN" if "WITHDRAWN" in won else "ACCEPTED")
    assert await mentees(store, "yasmine") == (1 if "ACCEPTED" in won else 0)


async def test_concurrent_template_revisions_get_distinct_versions(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed_settlement(store)
    admin = await keys("admin")
    revisions = [
        shipped_france_input([step_input(f"extra-{n}", "domiciliation")]) for n in range(6)
    ]
    bodies = await asyncio.gather(*(api(SAVE, {"input": r}, key=admin) for r in revisions))
    saved = [b["data"]["saveSettlementTemplate"] for b in bodies if not b.get("errors")]
    assert saved, bodies
    assert all(error_codes(b) == ["CONFLICT"] for b in bodies if b.get("errors"))
    versions = [t["version"] for t in saved]
    assert len(set(versions)) == len(versions)  # no version written twice
    rows = await store.read(
        "MATCH (t:SettlementTemplate {key: 'france-marseille'}) RETURN t.version AS v, t.id AS id"
    )
    assert sorted(r["v"] for r in rows) == list(range(1, len(saved) + 2))
    assert len({r["id"] for r in rows}) == len(rows)
