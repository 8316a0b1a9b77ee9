from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.api.profile_seed import codes, fields, seed, snapshot
from tests.conftest import Api, Keys

CREATE = """
mutation($input: OrganisationInput!) {
  createOrganisation(input: $input) { id kind name(locale: EN) { text language } }
}"""
UPDATE = """
mutation($id: ID!, $input: OrganisationInput!) {
  updateOrganisation(id: $id, input: $input) { id updatedAt }
}"""
DELETE = "mutation($id: ID!) { deleteOrganisation(id: $id) }"
READ = """
query($id: ID!) {
  organisation(id: $id) {
    id kind website languages createdAt updatedAt
    fr: name(locale: FR) { text language }
    en: name(locale: EN) { text language }
    ar: name(locale: AR) { text language }
    description(locale: EN) { text }
    city { id }
  }
}"""

FULL = {
    "id": "wadi-hub",
    "kind": "NETWORK",
    "name": {"fr": "Réseau Wadi", "en": "Wadi Network", "ar": "شبكة وادي"},
    "description": {"en": "A network"},
    "website": "https://wadi.example/about",
    "languages": ["ar", "fr"],
    "email": "contact@wadi.example",
    "cityId": "rabat",
}


async def _read(api: Api, org_id: str) -> Any:
    return (await api.data(READ, {"id": org_id}))["organisation"]


async def _texts(api: Api, text: str) -> list[str]:
    query = "query($t: String) { organisations(filter: {text: $t}) { edges { node { id } } } }"
    data = await api.data(query, {"t": text})
    return [e["node"]["id"] for e in data["organisations"]["edges"]]


async def test_admin_creates_an_organisation_with_a_slug(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    created = (await api.data(CREATE, {"input": FULL}, key=admin))["createOrganisation"]
    assert created == {
        "id": "wadi-hub",
        "kind": "NETWORK",
        "name": {"text": "Wadi Network", "language": "EN"},
    }
    org = await _read(api, "wadi-hub")
    assert org["ar"] == {"text": "شبكة وادي", "language": "AR"}
    assert org["languages"] == ["ar", "fr"]
    assert org["city"] == {"id": "rabat"}
    assert org["description"] == {"text": "A network"}
    assert await _texts(api, "reseau") == ["wadi-hub"]
    assert await _texts(api, "وادى") == ["wadi-hub"]  # alef maqsura folded
    # Without an id, a UUID.
    data = await api.data(CREATE, {"input": {"kind": "FUNDER", "name": {"fr": "Fonds"}}}, key=admin)
    assert len(data["createOrganisation"]["id"]) == 36


async def test_duplicate_slug_is_a_conflict(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {**FULL, "id": "technopark-casa"}}, key=admin)
    assert codes(body) == ["CONFLICT"]
    assert "technopark-casa" in body["errors"][0]["message"]
    body = await api(CREATE, {"input": {**FULL, "id": "energy"}}, key=admin)  # a sector's id
    assert codes(body) == ["CONFLICT"]
    assert await snapshot(store) == before


@pytest.mark.parametrize(
    ("values", "code", "field"),
    [
        ({"id": "Not A Slug"}, "BAD_USER_INPUT", "id"),
        ({"kind": None}, "BAD_USER_INPUT", "kind"),
        ({"name": {"fr": " ", "en": ""}}, "BAD_USER_INPUT", "name"),
        ({"name": None}, "BAD_USER_INPUT", "name"),
        ({"website": "wadi.example"}, "BAD_USER_INPUT", "website"),
        ({"languages": ["fr", "zz"]}, "BAD_USER_INPUT", "languages"),
        ({"cityId": "atlantis"}, "NOT_FOUND", None),
    ],
)
async def test_invalid_organisation_writes_nothing(
    store: GraphStore, api: Api, keys: Keys, values: dict[str, Any], code: str, field: str | None
) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {**FULL, **values}}, key=admin)
    assert codes(body) == [code]
    assert fields(body) == [field]
    assert await snapshot(store) == before


async def test_only_admins_create_and_delete_organisations(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    partner = await keys("partner", "technopark-casa")
    await store.write("CREATE (:Entity:Mentor {id: 'm1', name: 'M'})")
    mentor = await keys("mentor", "m1")
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (partner, "FORBIDDEN"), (mentor, "FORBIDDEN")]:
        assert codes(await api(CREATE, {"input": FULL}, key=key)) == [code]
        assert codes(await api(DELETE, {"id": "technopark-casa"}, key=key)) == [code]
    assert await snapshot(store) == before


async def test_partner_updates_its_own_organisation_only(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    own = await keys("partner", "technopark-casa")
    other = await keys("partner", "incubator-mrs")
    await store.write("CREATE (:Entity:Startup {id: 's1', name: 'S', stage: 'idea'})")
    startup = await keys("startup", "s1")
    before = await snapshot(store)
    change = {"id": "technopark-casa", "input": {"website": "https://tp.example"}}
    assert codes(await api(UPDATE, change)) == ["UNAUTHENTICATED"]
    assert codes(await api(UPDATE, change, key=other)) == ["FORBIDDEN"]
    assert codes(await api(UPDATE, change, key=startup)) == ["FORBIDDEN"]
    assert await snapshot(store) == before
    await api.data(
        UPDATE,
        {
            "id": "technopark-casa",
            "input": {
                "name": {"en": "Technopark Casablanca EN", "ar": "تكنوبارك"},
                "website": "https://tp.example",
                "cityId": "rabat",
            },
        },
        key=own,
    )
    org = await _read(api, "technopark-casa")
    assert org["fr"] == {"text": "Technopark Casablanca", "language": "FR"}  # untouched
    assert org["en"]["text"] == "Technopark Casablanca EN"
    assert org["website"] == "https://tp.example"
    assert org["city"] == {"id": "rabat"}
    assert org["kind"] == "TECHNOPARK_SITE"
    assert await _texts(api, "تكنوبارك") == ["technopark-casa"]
    assert await _texts(api, "casablanca en") == ["technopark-casa"]
    # Clearing French keeps the others; clearing every name is refused.
    await api.data(UPDATE, {"id": "technopark-casa", "input": {"name": {"fr": ""}}}, key=own)
    assert (await _read(api, "technopark-casa"))["fr"]["language"] == "EN"
    before = await snapshot(store)
    body = await api(
        UPDATE, {"id": "technopark-casa", "input": {"name": {"en": "", "ar": ""}}}, key=own
    )
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["name"]
    body = await api(UPDATE, {"id": "technopark-casa", "input": {"id": "renamed"}}, key=own)
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["id"]
    assert await snapshot(store) == before


async def test_admin_deletes_an_organisation(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    partner = await keys("partner", "incubator-mrs")
    data = await api.data(DELETE, {"id": "incubator-mrs"}, key=admin)
    assert data == {"deleteOrganisation": "incubator-mrs"}
    assert await _read(api, "incubator-mrs") is None
    rows = await store.read("MATCH (p:Programme {id: 'cap-sud'})-[r]->() RETURN count(r) AS n")
    assert rows == [{"n": 0}]
    assert (await api.post("{ countries { id } }", key=partner)).status_code == 401
    body = await api(DELETE, {"id": "incubator-mrs"}, key=admin)
    assert codes(body) == ["NOT_FOUND"] and "incubator-mrs" in body["errors"][0]["message"]
    body = await api(UPDATE, {"id": "incubator-mrs", "input": {"website": None}}, key=admin)
    assert codes(body) == ["NOT_FOUND"]
