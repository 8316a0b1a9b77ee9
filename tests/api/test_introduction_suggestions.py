"""Suggestions in both directions, with reasons and exclusions; warm paths."""

from typing import Any

from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys, error_codes

SUGGEST = """query($id: ID!, $purpose: Purpose, $first: Int) {
  introductionSuggestions(forId: $id, purpose: $purpose, first: $first) {
    score party { __typename ... on Startup { id } ... on Mentor { id }
                  ... on Organisation { id } }
    reasons { code weight sectors languages places programmes brokers count } } }"""
PATHS = """query($from: ID!, $to: ID!, $max: Int) {
  introductionPaths(fromId: $from, toId: $to, maxHops: $max) {
    hops relationships brokers nodes { id kind name } } }"""


def ids(found: list[dict[str, Any]]) -> list[str]:
    return [s["party"]["id"] for s in found]


def reasons_of(found: list[dict[str, Any]], party: str) -> dict[str, dict[str, Any]]:
    entry = next(s for s in found if s["party"]["id"] == party)
    assert entry["score"] == sum(r["weight"] for r in entry["reasons"])
    return {r["code"]: r for r in entry["reasons"]}


async def test_a_moroccan_startup_gets_marseille_mentors_and_incubators(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    got = await api.data(SUGGEST, {"id": "atlas-ai", "purpose": "MENTORING"}, key=atlas)
    found = got["introductionSuggestions"]
    # paul has no free capacity; startups, funders and public bodies do not mentor; yasmine is
    # on the same side.
    assert ids(found) == ["claire", "marseille-innovation"]
    claire = reasons_of(found, "claire")
    assert claire["SHARED_SECTOR"]["sectors"] == ["ai"]
    assert claire["COMMON_LANGUAGE"]["languages"] == ["en", "fr"]
    assert claire["TARGET_MARKET"]["places"] == ["france"]
    assert claire["FREE_CAPACITY"]["count"] == 1
    assert "PURPOSE_FIT" in claire
    mi = reasons_of(found, "marseille-innovation")
    assert mi["SHARED_PROGRAMME"]["programmes"] == ["mit-africa"]
    settle = await api.data(SUGGEST, {"id": "atlas-ai", "purpose": "SETTLEMENT_SUPPORT"}, key=atlas)
    amp = reasons_of(settle["introductionSuggestions"], "aix-marseille-metropole")
    assert amp["BROKER_PATH"]["brokers"] == ["technopark-casablanca"]  # the 2018 convention
    # Deterministic for equal inputs.
    again = await api.data(SUGGEST, {"id": "atlas-ai", "purpose": "MENTORING"}, key=atlas)
    assert again == got


async def test_open_introductions_are_left_out(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    await api.data(
        """mutation { requestIntroduction(input: {requesterId: "atlas-ai", targetId: "claire",
           purpose: MENTORING, message: "Bonjour", language: "fr"}) { id } }""",
        key=atlas,
    )
    got = await api.data(SUGGEST, {"id": "atlas-ai", "purpose": "MENTORING"}, key=atlas)
    assert ids(got["introductionSuggestions"]) == ["marseille-innovation"]
    # The other side too: claire is no longer suggested atlas-ai.
    claire = await keys("mentor", "claire")
    back = await api.data(SUGGEST, {"id": "claire", "first": 20}, key=claire)
    assert "atlas-ai" not in ids(back["introductionSuggestions"])


async def test_a_marseille_firm_gets_moroccan_startups_and_sites(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    mi = await keys("partner", "marseille-innovation")  # staff of medsud's host
    got = await api.data(SUGGEST, {"id": "medsud", "first": 3}, key=mi)
    found = got["introductionSuggestions"]
    assert ids(found)[0] == "atlas-ai"
    atlas = reasons_of(found, "atlas-ai")
    assert atlas["TARGET_MARKET"]["places"] == ["france", "morocco"]
    assert atlas["SHARED_SECTOR"]["sectors"] == ["ai"]
    everyone = await api.data(SUGGEST, {"id": "medsud", "first": 20}, key=mi)
    assert set(ids(everyone["introductionSuggestions"])) == {
        "atlas-ai",
        "rif-pay",
        "technopark-casablanca",
        "technopark-rabat",
        "yasmine",
    }
    partners = await api.data(SUGGEST, {"id": "medsud", "purpose": "PARTNERSHIP"}, key=mi)
    assert "yasmine" not in ids(partners["introductionSuggestions"])
    # A diaspora founder in Marseille is pointed to the Moroccan side.
    admin = await keys("admin")
    dia = await api.data(SUGGEST, {"id": "diaspo-lab", "purpose": "SETTLEMENT_SUPPORT"}, key=admin)
    assert ids(dia["introductionSuggestions"]) == ["technopark-casablanca", "technopark-rabat"]


async def test_suggestions_need_the_right_key(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    other = await keys("startup", "medsud")
    body = await api(SUGGEST, {"id": "atlas-ai"}, key=other)
    assert error_codes(body) == ["FORBIDDEN"]
    body = await api(SUGGEST, {"id": "nobody"}, key=await keys("admin"))
    assert error_codes(body) == ["NOT_FOUND"]
    assert error_codes(await api(SUGGEST, {"id": "atlas-ai"})) == ["UNAUTHENTICATED"]


async def test_warm_paths_best_first(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    got = await api.data(PATHS, {"from": "atlas-ai", "to": "marseille-innovation"}, key=atlas)
    paths = got["introductionPaths"]
    first = paths[0]
    assert first["hops"] == 2
    assert [n["id"] for n in first["nodes"]] == ["atlas-ai", "mit-africa", "marseille-innovation"]
    assert first["relationships"] == ["IN_PROGRAMME", "RUN_BY"]
    assert first["nodes"][1]["kind"] == "Programme"
    convention = next(p for p in paths if "aix-marseille-metropole" in p["brokers"])
    assert [n["id"] for n in convention["nodes"]] == [
        "atlas-ai",
        "technopark-casablanca",
        "aix-marseille-metropole",
        "marseille-innovation",
    ]
    assert convention["relationships"] == ["HOSTED_BY", "PARTNERS_WITH", "PARTNERS_WITH"]
    assert [p["hops"] for p in paths] == sorted(p["hops"] for p in paths)
    to_mentor = await api.data(PATHS, {"from": "atlas-ai", "to": "claire"}, key=atlas)
    assert to_mentor["introductionPaths"][0]["brokers"] == ["marseille-innovation"]
    short = await api.data(PATHS, {"from": "atlas-ai", "to": "claire", "max": 2}, key=atlas)
    assert short["introductionPaths"] == []
    body = await api(PATHS, {"from": "atlas-ai", "to": "claire", "max": 9}, key=atlas)
    assert error_codes(body) == ["BAD_USER_INPUT"]
