"""Statistics never single out a profile the caller may not see: for partners, groups keyed by
such a profile, or smaller than k=3 and involving one, are left out; admins see every group."""

from __future__ import annotations

from typing import Any

import pytest

from hub.demo.settlement import replay
from hub.domain.disclosure import K
from hub.graph.store import GraphStore
from tests.api import settlement_seed
from tests.api.test_settlement_stats import JOURNEYS, STATS
from tests.conftest import Api, Keys
from tests.security.seed import seed

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
INTRO_STATS = """query($by: IntroductionGroupBy!) {
  introductionStats(groupBy: $by) { key requested } }"""


async def ask(api: Api, keys: Keys, requester: str) -> None:
    body = {
        "requesterId": requester,
        "targetId": "claire",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour",
        "language": "fr",
    }
    await api.data(REQUEST, {"input": body}, key=await keys("startup", requester))


async def groups(api: Api, key: str, by: str) -> dict[str, int]:
    data = await api.data(INTRO_STATS, {"by": by}, key=key)
    return {g["key"]: g["requested"] for g in data["introductionStats"]}


@pytest.fixture
async def world(store: GraphStore) -> None:
    await seed(store)


async def test_small_groups_involving_a_private_profile_are_withheld_from_partners(
    api: Api, keys: Keys, world: None
) -> None:
    assert K == 3
    await ask(api, keys, "open-co")
    await ask(api, keys, "quiet-co")  # private
    partner, admin = await keys("partner", "marseille-innovation"), await keys("admin")
    # two introductions from Casablanca to Marseille, one by a private startup: withheld
    assert await groups(api, partner, "DIRECTION") == {}
    assert await groups(api, partner, "HOST") == {}
    assert await groups(api, admin, "DIRECTION") == {"morocco_to_europe": 2}
    assert await groups(api, admin, "HOST") == {"technopark": 2}
    # a third one makes the group large enough not to single anyone out
    await ask(api, keys, "legacy-co")
    assert await groups(api, partner, "DIRECTION") == {"morocco_to_europe": 3}
    # still two by Technopark's startups, one private: withheld; legacy-co has no host
    assert await groups(api, partner, "HOST") == {"none": 1}
    assert await groups(api, partner, "CITY") == {"casablanca": 3}


async def test_groups_without_hidden_profiles_are_shown_whatever_their_size(
    api: Api, keys: Keys, world: None
) -> None:
    await ask(api, keys, "open-co")
    partner = await keys("partner", "technopark")
    assert await groups(api, partner, "DIRECTION") == {"morocco_to_europe": 1}
    # partners-only profiles are visible to partner keys: nothing to withhold
    await ask(api, keys, "partner-co")
    assert await groups(api, partner, "PURPOSE") == {"partnership": 2}


def ids(groups: list[dict[str, Any]]) -> list[str]:
    return [g["id"] for g in groups]


async def test_settlement_groups_of_a_private_startup_are_withheld_from_partners(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await settlement_seed.seed(store)
    for journey in JOURNEYS:
        assert await replay(store, journey)
    await store.write("MATCH (s:Startup {id: 'calanques'}) SET s.profile_visibility = 'private'")
    partner = await keys("partner", "marseille-innovation")
    seen = (await api.data(STATS, {}, key=partner))["settlementStats"]
    admin = (await api.data(STATS, {}, key=await keys("admin")))["settlementStats"]
    assert seen["started"] == admin["started"] == 3  # totals stay right
    assert ids(admin["byDestination"]) == ["casablanca", "marseille", "rabat"]
    assert ids(seen["byDestination"]) == ["marseille"]  # calanques' two journeys: withheld
    assert len(seen["byHost"]) < len(admin["byHost"]) or not admin["byHost"]
