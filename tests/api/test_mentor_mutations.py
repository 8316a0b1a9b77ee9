from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.api.profile_seed import codes, fields, seed, snapshot
from tests.conftest import Api, Keys

CREATE = """
mutation($input: MentorInput!) {
  createMentor(input: $input) { id name affiliations { id } createdAt }
}"""
UPDATE = """
mutation($id: ID!, $input: MentorInput!) {
  updateMentor(id: $id, input: $input) { id name capacity }
}"""
DELETE = "mutation($id: ID!) { deleteMentor(id: $id) }"
READ = """
query($id: ID!) {
  mentor(id: $id) {
    id name languages capacity demo createdAt updatedAt
    fr: bio(locale: FR) { text language }
    en: bio(locale: EN) { text language }
    contact { email phone }
    city { id } sectors { id } affiliations { id }
  }
}"""

FULL = {
    "name": "Amina Benali",
    "bio": {"fr": "Ingénieure énergie", "en": "Energy engineer"},
    "languages": ["fr", "ar", "en"],
    "capacity": 3,
    "email": "amina@example.org",
    "phone": "+33 6 00 00 00 00",
    "demo": True,
    "cityId": "marseille",
    "sectorIds": ["energy"],
    "affiliationIds": ["incubator-mrs"],
}


async def _create(api: Api, key: str, **values: Any) -> str:
    data = await api.data(CREATE, {"input": {"name": "Karim", **values}}, key=key)
    return str(data["createMentor"]["id"])


async def _read(api: Api, mentor_id: str, key: str | None = None) -> Any:
    return (await api.data(READ, {"id": mentor_id}, key=key))["mentor"]


async def test_admin_creates_a_mentor_read_back(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    mentor_id = (await api.data(CREATE, {"input": FULL}, key=admin))["createMentor"]["id"]
    mentor = await _read(api, mentor_id, admin)
    assert mentor["name"] == "Amina Benali"
    assert mentor["fr"] == {"text": "Ingénieure énergie", "language": "FR"}
    assert mentor["languages"] == ["fr", "ar", "en"]
    assert mentor["capacity"] == 3
    assert mentor["demo"] is True
    assert mentor["contact"] == {"email": "amina@example.org", "phone": "+33 6 00 00 00 00"}
    assert mentor["city"] == {"id": "marseille"}
    assert mentor["sectors"] == [{"id": "energy"}]
    assert mentor["affiliations"] == [{"id": "incubator-mrs"}]
    found = await api.data('{ mentors(filter: {text: "BENALI"}) { edges { node { id } } } }')
    assert found["mentors"]["edges"] == [{"node": {"id": mentor_id}}]


async def test_a_partners_new_mentor_is_affiliated_with_it(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    partner = await keys("partner", "technopark-casa")
    created = (await api.data(CREATE, {"input": {"name": "Youssef"}}, key=partner))["createMentor"]
    assert created["affiliations"] == [{"id": "technopark-casa"}]


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": None}, "name"),
        ({"capacity": -1}, "capacity"),
        ({"capacity": 1000}, "capacity"),
        ({"languages": ["french"]}, "languages"),
        ({"bio": {"en": "b" * 4001}}, "bio"),
        ({"email": "a@b"}, "email"),
        ({"sectorIds": [""]}, "sectorIds"),
    ],
)
async def test_invalid_mentor_input_writes_nothing(
    store: GraphStore, api: Api, keys: Keys, values: dict[str, Any], field: str
) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {"name": "Karim", **values}}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"]
    assert fields(body) == [field]
    assert await snapshot(store) == before


async def test_unknown_affiliation_is_not_found(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {"name": "K", "affiliationIds": ["ghost-org"]}}, key=admin)
    assert codes(body) == ["NOT_FOUND"]
    assert "ghost-org" in body["errors"][0]["message"]
    assert await snapshot(store) == before


async def test_who_may_create_and_update_a_mentor(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    mentor_id = await _create(api, admin, affiliationIds=["incubator-mrs"])
    other_id = await _create(api, admin)
    own = await keys("mentor", mentor_id)
    affiliated = await keys("partner", "incubator-mrs")
    stranger = await keys("partner", "technopark-casa")
    await store.write("CREATE (:Entity:Startup {id: 's1', name: 'S', stage: 'idea'})")
    startup = await keys("startup", "s1")
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (own, "FORBIDDEN"), (startup, "FORBIDDEN")]:
        assert codes(await api(CREATE, {"input": {"name": "X"}}, key=key)) == [code]
    for key, code in [(None, "UNAUTHENTICATED"), (stranger, "FORBIDDEN"), (startup, "FORBIDDEN")]:
        body = await api(UPDATE, {"id": mentor_id, "input": {"capacity": 9}}, key=key)
        assert codes(body) == [code]
    body = await api(UPDATE, {"id": other_id, "input": {"capacity": 9}}, key=own)
    assert codes(body) == ["FORBIDDEN"]
    assert await snapshot(store) == before
    for key, capacity in [(own, 1), (affiliated, 2), (admin, 0)]:
        data = await api.data(UPDATE, {"id": mentor_id, "input": {"capacity": capacity}}, key=key)
        assert data["updateMentor"]["capacity"] == capacity


async def test_update_mentor_bio_per_language(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    mentor_id = (await api.data(CREATE, {"input": FULL}, key=admin))["createMentor"]["id"]
    await api.data(
        UPDATE,
        {
            "id": mentor_id,
            "input": {
                "bio": {"en": "Solar expert"},
                "sectorIds": [],
                "cityId": None,
                "name": "Amina B.",
            },
        },
        key=admin,
    )
    mentor = await _read(api, mentor_id, admin)
    assert mentor["fr"] == {"text": "Ingénieure énergie", "language": "FR"}
    assert mentor["en"] == {"text": "Solar expert", "language": "EN"}
    assert mentor["sectors"] == [] and mentor["city"] is None
    assert mentor["affiliations"] == [{"id": "incubator-mrs"}]
    assert mentor["name"] == "Amina B."
    before = await snapshot(store)
    body = await api(UPDATE, {"id": mentor_id, "input": {"cityId": "atlantis"}}, key=admin)
    assert codes(body) == ["NOT_FOUND"] and "atlantis" in body["errors"][0]["message"]
    assert await snapshot(store) == before


async def test_delete_mentor(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    mentor_id = await _create(api, admin, affiliationIds=["incubator-mrs"])
    own = await keys("mentor", mentor_id)
    stranger = await keys("partner", "technopark-casa")
    affiliated = await keys("partner", "incubator-mrs")
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (own, "FORBIDDEN"), (stranger, "FORBIDDEN")]:
        assert codes(await api(DELETE, {"id": mentor_id}, key=key)) == [code]
    assert await snapshot(store) == before
    data = await api.data(DELETE, {"id": mentor_id}, key=affiliated)
    assert data == {"deleteMentor": mentor_id}
    assert await _read(api, mentor_id) is None
    assert codes(await api(DELETE, {"id": mentor_id}, key=admin)) == ["NOT_FOUND"]
