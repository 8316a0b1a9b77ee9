"""Profile visibility over HTTP: a profile the caller may not see is absent everywhere (by id,
node(id), lists and their counts, nested lists), for every role."""

from __future__ import annotations

from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes
from tests.security.seed import seed

EVERYWHERE = """query($id: ID!) {
  startups(first: 50) { totalCount edges { node { id } } }
  mentors(first: 50) { totalCount edges { node { id } } }
  startup(id: $id) { id }
  node(id: $id) { id }
  city(id: "casablanca") { startups { id } }
  sector(id: "ai") { startups { id } }
  organisation(id: "technopark") { hostedStartups { id } }
  marseille: organisation(id: "marseille-innovation") { mentors { id } }
  mentor(id: "claire") { mentees { id } }
  openCo: startup(id: "open-co") { mentors { id } }
}"""


async def everywhere(api: Api, key: str | None, startup: str) -> dict[str, Any]:
    data = await api.data(EVERYWHERE, {"id": startup}, key=key)
    return {
        "startups": sorted(e["node"]["id"] for e in data["startups"]["edges"]),
        "startup_count": data["startups"]["totalCount"],
        "mentors": sorted(e["node"]["id"] for e in data["mentors"]["edges"]),
        "mentor_count": data["mentors"]["totalCount"],
        "by_id": data["startup"] is not None,
        "node": data["node"] is not None,
        "city": sorted(s["id"] for s in data["city"]["startups"]),
        "sector": sorted(s["id"] for s in data["sector"]["startups"]),
        "hosted": sorted(s["id"] for s in data["organisation"]["hostedStartups"]),
        "affiliated": sorted(m["id"] for m in data["marseille"]["mentors"]),
        "mentees": sorted(s["id"] for s in data["mentor"]["mentees"]),
        "mentors_of_open": sorted(m["id"] for m in data["openCo"]["mentors"]),
    }


@pytest.fixture
async def world(store: GraphStore) -> None:
    await seed(store)


async def test_anonymous_sees_public_profiles_only(api: Api, world: None) -> None:
    seen = await everywhere(api, None, "quiet-co")
    assert seen == {
        "startups": ["legacy-co", "open-co"],  # a profile written before consent is public
        "startup_count": 2,
        "mentors": ["claire"],
        "mentor_count": 1,
        "by_id": False,
        "node": False,
        "city": ["legacy-co", "open-co"],
        "sector": ["open-co"],
        "hosted": ["open-co"],
        "affiliated": ["claire"],
        "mentees": ["open-co"],
        "mentors_of_open": ["claire"],
    }
    assert (await everywhere(api, None, "partner-co"))["by_id"] is False


@pytest.mark.parametrize("org", ["technopark", "marseille-innovation"])
async def test_partners_see_partner_profiles_but_not_private_ones_even_as_hosts(
    api: Api, keys: Keys, world: None, org: str
) -> None:
    key = await keys("partner", org)
    seen = await everywhere(api, key, "partner-co")
    assert seen["startups"] == ["legacy-co", "open-co", "partner-co"]
    assert seen["startup_count"] == 3
    assert seen["by_id"] and seen["node"]
    assert seen["hosted"] == ["open-co", "partner-co"]
    assert seen["mentors"] == ["claire"] and seen["affiliated"] == ["claire"]
    assert seen["mentees"] == ["open-co"]
    private = await everywhere(api, key, "quiet-co")
    assert not private["by_id"] and not private["node"]


@pytest.mark.parametrize("role,owner", [("mentor", "claire"), ("startup", "open-co")])
async def test_mentor_and_startup_keys_see_public_profiles_only(
    api: Api, keys: Keys, world: None, role: str, owner: str
) -> None:
    seen = await everywhere(api, await keys(role, owner), "partner-co")
    assert seen["startups"] == ["legacy-co", "open-co"] and seen["startup_count"] == 2
    assert not seen["by_id"] and not seen["node"]


async def test_a_private_profile_sees_itself_and_admins_see_everything(
    api: Api, keys: Keys, world: None
) -> None:
    own = await everywhere(api, await keys("startup", "quiet-co"), "quiet-co")
    assert own["by_id"] and own["node"]
    assert own["startups"] == ["legacy-co", "open-co", "quiet-co"]
    assert own["startup_count"] == 3
    assert own["mentees"] == ["open-co", "quiet-co"]
    hidden = await everywhere(api, await keys("mentor", "hidden"), "quiet-co")
    assert hidden["mentors"] == ["claire", "hidden"] and not hidden["by_id"]
    admin = await everywhere(api, await keys("admin"), "quiet-co")
    assert admin["startup_count"] == 4 and admin["mentor_count"] == 2
    assert admin["by_id"] and admin["node"]
    assert admin["mentors_of_open"] == ["claire", "hidden"]


async def test_pages_and_counts_agree_with_what_is_visible(api: Api, world: None) -> None:
    data = await api.data(
        "{ startups(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage "
        "startCursor endCursor } edges { cursor node { id } } } }"
    )
    page = data["startups"]
    assert page["totalCount"] == 2 and page["pageInfo"]["hasNextPage"]
    assert page["pageInfo"]["hasPreviousPage"] is False
    assert page["pageInfo"]["startCursor"] == page["edges"][0]["cursor"]
    after = page["pageInfo"]["endCursor"]
    rest = await api.data(
        "query($a: String) { startups(first: 5, after: $a) { pageInfo { hasNextPage "
        "hasPreviousPage } edges { node { id } } } }",
        {"a": after},
    )
    assert [e["node"]["id"] for e in rest["startups"]["edges"]] == ["open-co"]
    assert rest["startups"]["pageInfo"] == {"hasNextPage": False, "hasPreviousPage": True}


CREATE = """mutation($input: StartupInput!) { createStartup(input: $input) {
  id profileVisibility contactVisibility } }"""
UPDATE = """mutation($id: ID!, $input: StartupInput!) { updateStartup(id: $id, input: $input) {
  id profileVisibility contactVisibility } }"""
MENTOR = """mutation($id: ID!, $input: MentorInput!) { updateMentor(id: $id, input: $input) {
  id profileVisibility contactVisibility } }"""


async def test_visibility_is_set_through_the_profile_mutations(
    api: Api, keys: Keys, world: None
) -> None:
    admin = await keys("admin")
    made = (await api.data(CREATE, {"input": {"name": "New Co", "stage": "IDEA"}}, key=admin))[
        "createStartup"
    ]
    assert made["profileVisibility"] == "PUBLIC" and made["contactVisibility"] == "PUBLIC"
    own = await keys("startup", made["id"])
    changed = (
        await api.data(
            UPDATE,
            {
                "id": made["id"],
                "input": {"profileVisibility": "PRIVATE", "contactVisibility": "PARTNERS"},
            },
            key=own,
        )
    )["updateStartup"]
    assert changed == {
        "id": made["id"],
        "profileVisibility": "PRIVATE",
        "contactVisibility": "PARTNERS",
    }
    gone = await api.data("query($id: ID!) { startup(id: $id) { id } }", {"id": made["id"]})
    assert gone["startup"] is None
    mentor = (
        await api.data(
            MENTOR,
            {"id": "hidden", "input": {"profileVisibility": "PUBLIC"}},
            key=await keys("mentor", "hidden"),
        )
    )["updateMentor"]
    assert mentor["profileVisibility"] == "PUBLIC" and mentor["contactVisibility"] == "PRIVATE"
    seen = await api.data('{ mentor(id: "hidden") { id profileVisibility contactVisibility } }')
    assert seen["mentor"] == {
        "id": "hidden",
        "profileVisibility": "PUBLIC",
        "contactVisibility": None,
    }


async def test_visibility_cannot_be_cleared(api: Api, keys: Keys, world: None) -> None:
    body = await api(
        UPDATE,
        {"id": "open-co", "input": {"profileVisibility": None}},
        key=await keys("admin"),
    )
    assert error_codes(body) == ["BAD_USER_INPUT"]


SUGGEST = """query($id: ID!) { introductionSuggestions(forId: $id, first: 20) {
  party { ... on Startup { id } ... on Mentor { id } ... on Organisation { id } } } }"""
PATHS = """query($a: ID!, $b: ID!) { introductionPaths(fromId: $a, toId: $b, maxHops: 4) {
  nodes { id } } }"""


async def test_suggestions_and_paths_skip_profiles_the_caller_may_not_see(
    api: Api, keys: Keys, world: None
) -> None:
    claire = await keys("mentor", "claire")
    found = await api.data(SUGGEST, {"id": "claire"}, key=claire)
    offered = {s["party"]["id"] for s in found["introductionSuggestions"] if s["party"]}
    assert not offered & {"quiet-co", "partner-co", "hidden"}
    assert not (await api.data(PATHS, {"a": "claire", "b": "partner-co"}, key=claire))[
        "introductionPaths"
    ]
    # through a private mentor: Open Co <- Hidden -> Marseille Innovation
    admin = await keys("admin")
    through = await api.data(PATHS, {"a": "open-co", "b": "hidden"}, key=admin)
    assert through["introductionPaths"]
    assert not (await api.data(PATHS, {"a": "open-co", "b": "hidden"}, key=claire))[
        "introductionPaths"
    ]
    partner = await keys("partner", "technopark")
    seen = await api.data(PATHS, {"a": "claire", "b": "partner-co"}, key=partner)
    assert seen["introductionPaths"]
    assert all(
        n["id"] not in ("quiet-co", "hidden") for p in seen["introductionPaths"] for n in p["nodes"]
    )


async def test_an_introduction_to_a_hidden_profile_is_refused_as_not_found(
    api: Api, keys: Keys, world: None
) -> None:
    request = """mutation($input: RequestIntroductionInput!) {
      requestIntroduction(input: $input) { id } }"""
    body = {
        "requesterId": "claire",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour",
        "language": "fr",
    }
    claire = await keys("mentor", "claire")
    for hidden in ("quiet-co", "partner-co"):
        refused = await api(request, {"input": {**body, "targetId": hidden}}, key=claire)
        assert error_codes(refused) == ["NOT_FOUND"]
    made = await api.data(request, {"input": {**body, "targetId": "open-co"}}, key=claire)
    assert made["requestIntroduction"]["id"]


async def test_the_translation_work_list_holds_only_visible_profiles(
    api: Api, keys: Keys, store: GraphStore, world: None
) -> None:
    await store.write(
        "MATCH (s:Startup) WHERE s.id IN ['open-co', 'quiet-co'] SET s.description_fr = 'Texte'"
    )
    query = "{ missingTranslations(language: EN) { items { id } } }"

    async def listed(key: str) -> set[str]:
        data = await api.data(query, key=key)
        return {i["id"] for r in data["missingTranslations"] for i in r["items"]}

    partner = await listed(await keys("partner", "technopark"))
    assert "open-co" in partner and "quiet-co" not in partner
    assert {"open-co", "quiet-co"} <= await listed(await keys("admin"))
