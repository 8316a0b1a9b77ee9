"""GDPR over HTTP: exportMyData returns everything held about the caller; eraseMe deletes the
person and its contact data, keeps anonymised introductions and journeys so statistics stay
right; both audited."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hub.demo.settlement import replay
from hub.domain.gdpr import subject_hash
from hub.graph.store import GraphStore
from tests.api import settlement_seed
from tests.api.test_settlement_stats import JOURNEYS, STATS
from tests.bolt_gaps import Gap
from tests.conftest import Api, Keys, error_codes
from tests.security.seed import seed

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
RESPOND = "mutation($id: ID!) { respondToIntroduction(id: $id, accept: true) { id } }"
EXPORT = "{ exportMyData }"
ERASE = """mutation { eraseMe { erasedAt keysRevoked introductionsAnonymised
  journeysAnonymised } }"""
AUDIT = "{ auditEvents(first: 10) { totalCount edges { node { action actorKeyId actorRole subjectId at } } } }"  # noqa: E501
INTRO_STATS = """query($by: IntroductionGroupBy!) {
  introductionStats(groupBy: $by) { key requested accepted met outcomes
    byState { state count } } }"""


@pytest.fixture
async def world(store: GraphStore) -> None:
    await seed(store)


async def introduce(api: Api, keys: Keys, requester: str, accept: bool = True) -> str:
    body = {
        "requesterId": requester,
        "targetId": "claire",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour, c'est nous",
        "language": "fr",
    }
    made = await api.data(REQUEST, {"input": body}, key=await keys("startup", requester))
    intro_id: str = made["requestIntroduction"]["id"]
    if accept:
        await api.data(RESPOND, {"id": intro_id}, key=await keys("mentor", "claire"))
    return intro_id


@pytest.mark.needs(Gap.NESTED_MAP_PROJECTION)
async def test_export_holds_profile_relationships_introductions_and_keys(
    api: Api, keys: Keys, world: None
) -> None:
    intro_id = await introduce(api, keys, "open-co")
    token = await keys("startup", "open-co")
    found = (await api.data(EXPORT, key=token))["exportMyData"]
    assert found["kind"] == "Startup"
    assert found["profile"]["id"] == "open-co"
    assert found["profile"]["email"] == "hi@open.test"  # the caller's own data, in full
    rels = {(r["type"], r["direction"], r["id"]) for r in found["relationships"]}
    assert {
        ("HOSTED_BY", "out", "technopark"),
        ("MENTORS", "in", "claire"),
        ("LOCATED_IN", "out", "casablanca"),
    } <= rels
    [intro] = found["introductions"]
    assert intro["id"] == intro_id and intro["state"] == "accepted"
    assert [e["action"] for e in intro["events"]] == ["request", "accept"]
    assert len(found["keys"]) == 2  # one per keys() call above
    assert all("hash" not in k and k["role"] == "startup" for k in found["keys"])
    assert "hash" not in json.dumps(found)
    assert found["settlementJourneys"] == []


@pytest.mark.needs(Gap.NESTED_MAP_PROJECTION)
async def test_partners_export_their_organisation_admins_and_anonymous_cannot(
    api: Api, keys: Keys, world: None
) -> None:
    found = (await api.data(EXPORT, key=await keys("partner", "technopark")))["exportMyData"]
    assert found["kind"] == "Organisation" and found["profile"]["id"] == "technopark"
    # a private startup it hosts keeps its consent: not in the host's export
    hosted = {r["id"] for r in found["relationships"] if r["type"] == "HOSTED_BY"}
    assert hosted == {"open-co", "partner-co"}
    assert error_codes(await api(EXPORT, key=await keys("admin"))) == ["FORBIDDEN"]
    assert error_codes(await api(EXPORT)) == ["UNAUTHENTICATED"]
    partner = await keys("partner", "technopark")
    assert error_codes(await api(ERASE, key=partner)) == ["FORBIDDEN"]
    assert error_codes(await api(AUDIT, key=partner)) == ["FORBIDDEN"]


async def stats(api: Api, admin: str) -> dict[str, Any]:
    by = ["DIRECTION", "PURPOSE", "HOST", "CITY", "BROKER", "PROGRAMME"]
    return {b: (await api.data(INTRO_STATS, {"by": b}, key=admin))["introductionStats"] for b in by}


@pytest.mark.needs(Gap.NESTED_MAP_PROJECTION)
async def test_erase_me_keeps_statistics_and_anonymises_the_trail(
    store: GraphStore, api: Api, keys: Keys, world: None
) -> None:
    accepted = await introduce(api, keys, "open-co")
    await introduce(api, keys, "legacy-co", accept=False)
    admin, token = await keys("admin"), await keys("startup", "open-co")
    await api.data(EXPORT, key=token)
    before = await stats(api, admin)

    erased = (await api.data(ERASE, key=token))["eraseMe"]
    assert erased["keysRevoked"] == 2 and erased["introductionsAnonymised"] == 1
    assert await stats(api, admin) == before  # every grouping, every count

    # the startup and its contact data are gone, its keys no longer work
    gone = await store.read(
        "MATCH (n) WHERE n.id = 'open-co' OR n.email = 'hi@open.test' RETURN count(n) AS n"
    )
    assert gone[0]["n"] == 0
    assert (await api.post(EXPORT, key=token)).status_code == 401
    seen = await api.data(
        "query($id: ID!) { introduction(id: $id) { state message requester { __typename } "
        'events { action actorId } } mentor(id: "claire") { mentees { id } } }',
        {"id": accepted},
        key=await keys("mentor", "claire"),
    )
    assert seen["introduction"]["state"] == "ACCEPTED" and seen["introduction"]["message"] == ""
    assert seen["introduction"]["requester"] is None
    actors = [e["actorId"] for e in seen["introduction"]["events"]]
    assert "open-co" not in actors and actors[1] == "claire"
    assert seen["mentor"]["mentees"] == []  # claire mentored open-co only among visible ones
    keys_left = await store.read(
        "MATCH (k:ApiKey {role: 'startup'}) WHERE k.entity_id STARTS WITH 'erased-' "
        "RETURN count(k) AS n, collect(k.hash) AS hashes, "
        "size([x IN collect(k.revoked_at) WHERE x IS NULL]) AS live"
    )
    assert keys_left[0]["n"] == 2 and keys_left[0]["hashes"] == []
    assert keys_left[0]["live"] == 0

    audit = (await api.data(AUDIT, key=admin))["auditEvents"]
    assert audit["totalCount"] == 2
    events = [e["node"] for e in audit["edges"]]
    assert [e["action"] for e in events] == ["erase_me", "export_my_data"]
    assert {e["subjectId"] for e in events} == {subject_hash("open-co")}
    assert all(e["actorKeyId"] and e["actorRole"] == "startup" for e in events)


async def test_erasing_a_startup_keeps_settlement_statistics_right(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await settlement_seed.seed(store)
    for journey in JOURNEYS:
        assert await replay(store, journey)
    admin = await keys("admin")
    before = (await api.data(STATS, {}, key=admin))["settlementStats"]
    erased = (await api.data(ERASE, key=await keys("startup", "calanques")))["eraseMe"]
    assert erased["journeysAnonymised"] == 2
    after = (await api.data(STATS, {}, key=admin))["settlementStats"]
    assert after == before
    left = await store.read("MATCH (s:Startup {id: 'calanques'}) RETURN count(s) AS n")
    assert left[0]["n"] == 0


async def test_erase_me_is_for_startup_and_mentor_keys_only(
    api: Api, keys: Keys, world: None
) -> None:
    assert error_codes(await api(ERASE)) == ["UNAUTHENTICATED"]
    assert error_codes(await api(ERASE, key=await keys("admin"))) == ["FORBIDDEN"]
    done = await api.data(ERASE, key=await keys("mentor", "hidden"))
    assert done["eraseMe"]["keysRevoked"] == 1
