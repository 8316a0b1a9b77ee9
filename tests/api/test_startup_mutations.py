from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.api.profile_seed import codes, fields, seed, snapshot
from tests.conftest import Api, Keys

CREATE = """
mutation($input: StartupInput!) {
  createStartup(input: $input) { id name stage createdAt updatedAt hosts { id } }
}"""
UPDATE = """
mutation($id: ID!, $input: StartupInput!) {
  updateStartup(id: $id, input: $input) { id name updatedAt }
}"""
DELETE = "mutation($id: ID!) { deleteStartup(id: $id) }"
READ = """
query($id: ID!) {
  startup(id: $id) {
    id name stage foundedYear website languages seeks offers demo createdAt updatedAt
    fr: description(locale: FR) { text language }
    en: description(locale: EN) { text language }
    ar: description(locale: AR) { text language }
    contact { email phone }
    city { id } hosts { id } sectors { id } diasporaOrigin { id }
    targets { cities { id } countries { id } }
  }
}"""

FULL = {
    "name": "Énergie Verte",
    "description": {"fr": "Panneaux solaires", "en": "Solar panels", "ar": "ألواح شمسية"},
    "stage": "DEVELOPMENT",
    "foundedYear": 2021,
    "website": "https://energie-verte.example",
    "languages": ["fr", "AR"],
    "seeks": ["FUNDING", "MARKET_ACCESS"],
    "offers": ["PARTNERSHIP"],
    "email": "hello@energie-verte.example",
    "phone": "+212 522 00 00 00",
    "cityId": "casablanca",
    "hostIds": ["technopark-casa"],
    "sectorIds": ["energy", "agritech"],
    "targetIds": ["marseille", "france"],
    "diasporaOriginId": "morocco",
}


async def _create(api: Api, key: str, **values: Any) -> str:
    data = await api.data(CREATE, {"input": {"name": "Atlas", "stage": "IDEA", **values}}, key=key)
    return str(data["createStartup"]["id"])


async def _read(api: Api, startup_id: str, key: str | None = None) -> Any:
    return (await api.data(READ, {"id": startup_id}, key=key))["startup"]


async def test_admin_creates_a_full_startup_read_back(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    created = (await api.data(CREATE, {"input": FULL}, key=admin))["createStartup"]
    assert created["createdAt"] == created["updatedAt"]
    startup = await _read(api, created["id"], admin)
    assert startup["name"] == "Énergie Verte"
    assert startup["stage"] == "DEVELOPMENT"
    assert startup["foundedYear"] == 2021
    assert startup["website"] == "https://energie-verte.example"
    assert startup["languages"] == ["fr", "ar"]
    assert startup["seeks"] == ["FUNDING", "MARKET_ACCESS"]
    assert startup["offers"] == ["PARTNERSHIP"]
    assert startup["demo"] is False
    assert startup["ar"] == {"text": "ألواح شمسية", "language": "AR"}
    assert startup["contact"] == {
        "email": "hello@energie-verte.example",
        "phone": "+212 522 00 00 00",
    }
    assert startup["city"] == {"id": "casablanca"}
    assert startup["hosts"] == [{"id": "technopark-casa"}]
    assert {s["id"] for s in startup["sectors"]} == {"energy", "agritech"}
    assert startup["targets"] == {"cities": [{"id": "marseille"}], "countries": [{"id": "france"}]}
    assert startup["diasporaOrigin"] == {"id": "morocco"}
    rows = await store.read("MATCH (s:Startup) RETURN s.search AS search")
    assert rows == [{"search": "energie verte"}]


async def test_a_partners_new_startup_is_hosted_by_its_organisation(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    partner = await keys("partner", "incubator-mrs")
    created = (
        await api.data(CREATE, {"input": {"name": "Mistral", "stage": "IDEA"}}, key=partner)
    )["createStartup"]
    assert created["hosts"] == [{"id": "incubator-mrs"}]
    assert len(created["id"]) == 36  # a UUID
    renamed = await api.data(
        UPDATE, {"id": created["id"], "input": {"name": "Mistral Labs"}}, key=partner
    )
    assert renamed["updateStartup"]["name"] == "Mistral Labs"


@pytest.mark.parametrize(
    ("role", "owner", "code"),
    [
        (None, None, "UNAUTHENTICATED"),
        ("mentor", "m1", "FORBIDDEN"),
        ("startup", "s1", "FORBIDDEN"),
    ],
)
async def test_create_is_refused_without_an_admin_or_partner_key(
    store: GraphStore, api: Api, keys: Keys, role: str | None, owner: str | None, code: str
) -> None:
    await seed(store)
    await store.write(
        "CREATE (:Entity:Mentor {id: 'm1', name: 'M'}), "
        "(:Entity:Startup {id: 's1', name: 'S', stage: 'idea'})"
    )
    key = await keys(role, owner) if role else None
    before = await snapshot(store)
    body = await api(CREATE, {"input": {"name": "X", "stage": "IDEA"}}, key=key)
    assert codes(body) == [code]
    assert await snapshot(store) == before


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"name": "  "}, "name"),
        ({"stage": None}, "stage"),
        ({"foundedYear": 1800}, "foundedYear"),
        ({"foundedYear": 2999}, "foundedYear"),
        ({"website": "not a url"}, "website"),
        ({"website": "ftp://x.example"}, "website"),
        ({"email": "nobody"}, "email"),
        ({"phone": "call me"}, "phone"),
        ({"languages": ["fra"]}, "languages"),
        ({"languages": ["xx"]}, "languages"),
        ({"name": "n" * 161}, "name"),
        ({"description": {"fr": "d" * 4001}}, "description"),
        ({"sectorIds": [f"s{i}" for i in range(21)]}, "sectorIds"),
        ({"hostIds": [f"o{i}" for i in range(11)]}, "hostIds"),
    ],
)
async def test_invalid_input_is_refused_and_nothing_written(
    store: GraphStore, api: Api, keys: Keys, values: dict[str, Any], field: str
) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {"name": "Atlas", "stage": "IDEA", **values}}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"]
    assert fields(body) == [field]
    assert await snapshot(store) == before


@pytest.mark.parametrize(
    ("values", "missing"),
    [
        ({"cityId": "atlantis"}, "atlantis"),
        ({"sectorIds": ["energy", "space"]}, "space"),
        ({"hostIds": ["nobody-org"]}, "nobody-org"),
        ({"targetIds": ["france", "energy"]}, "energy"),  # a sector is not a market
        ({"diasporaOriginId": "casablanca"}, "casablanca"),  # a city is not a country
    ],
)
async def test_unknown_references_are_not_found_and_nothing_written(
    store: GraphStore, api: Api, keys: Keys, values: dict[str, Any], missing: str
) -> None:
    await seed(store)
    admin = await keys("admin")
    before = await snapshot(store)
    body = await api(CREATE, {"input": {"name": "Atlas", "stage": "IDEA", **values}}, key=admin)
    assert codes(body) == ["NOT_FOUND"]
    assert missing in body["errors"][0]["message"]
    assert await snapshot(store) == before


async def test_update_sets_only_what_is_given(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    startup_id = (await api.data(CREATE, {"input": FULL}, key=admin))["createStartup"]["id"]
    before = await _read(api, startup_id, admin)
    await api.data(
        UPDATE,
        {
            "id": startup_id,
            "input": {
                "name": "Soleil Atlas",
                "description": {"fr": "Nouveau", "ar": ""},
                "website": None,
                "sectorIds": ["agritech"],
                "cityId": "rabat",
                "targetIds": [],
            },
        },
        key=admin,
    )
    after = await _read(api, startup_id, admin)
    assert after["name"] == "Soleil Atlas"
    assert after["fr"] == {"text": "Nouveau", "language": "FR"}
    assert after["en"] == {"text": "Solar panels", "language": "EN"}  # untouched
    assert after["ar"]["language"] != "AR"  # cleared: another language is served
    assert after["website"] is None
    assert after["sectors"] == [{"id": "agritech"}]
    assert after["city"] == {"id": "rabat"}
    assert after["targets"] == {"cities": [], "countries": []}
    assert after["hosts"] == before["hosts"] and after["seeks"] == before["seeks"]
    assert after["createdAt"] == before["createdAt"]
    assert after["updatedAt"] > before["updatedAt"]
    found = await api.data('{ startups(filter: {text: "soleil"}) { edges { node { id } } } }')
    assert [e["node"]["id"] for e in found["startups"]["edges"]] == [startup_id]


async def test_update_with_an_unknown_reference_writes_nothing(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    startup_id = await _create(api, admin, sectorIds=["energy"])
    before = await snapshot(store)
    body = await api(
        UPDATE,
        {"id": startup_id, "input": {"name": "Renamed", "sectorIds": ["agritech", "nope"]}},
        key=admin,
    )
    assert codes(body) == ["NOT_FOUND"]
    assert "nope" in body["errors"][0]["message"]
    assert await snapshot(store) == before
    body = await api(UPDATE, {"id": "ghost", "input": {"name": "X"}}, key=admin)
    assert codes(body) == ["NOT_FOUND"]
    assert "ghost" in body["errors"][0]["message"]


async def test_who_may_update_a_startup(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    startup_id = await _create(api, admin, hostIds=["technopark-casa"])
    other_id = await _create(api, admin)
    own = await keys("startup", startup_id)
    host = await keys("partner", "technopark-casa")
    stranger = await keys("partner", "incubator-mrs")
    await store.write("CREATE (:Entity:Mentor {id: 'm1', name: 'M'})")
    mentor = await keys("mentor", "m1")
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (stranger, "FORBIDDEN"), (mentor, "FORBIDDEN")]:
        body = await api(UPDATE, {"id": startup_id, "input": {"name": "Hacked"}}, key=key)
        assert codes(body) == [code]
    body = await api(UPDATE, {"id": other_id, "input": {"name": "Hacked"}}, key=own)
    assert codes(body) == ["FORBIDDEN"]
    body = await api(UPDATE, {"id": startup_id, "input": {"hostIds": ["incubator-mrs"]}}, key=own)
    assert codes(body) == ["FORBIDDEN"] and fields(body) == ["hostIds"]
    assert await snapshot(store) == before
    for key, name in [(own, "By itself"), (host, "By its host"), (admin, "By admin")]:
        data = await api.data(UPDATE, {"id": startup_id, "input": {"name": name}}, key=key)
        assert data["updateStartup"]["name"] == name


async def test_delete_startup(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    startup_id = await _create(api, admin, hostIds=["technopark-casa"], sectorIds=["energy"])
    own = await keys("startup", startup_id)
    stranger = await keys("partner", "incubator-mrs")
    host = await keys("partner", "technopark-casa")
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (own, "FORBIDDEN"), (stranger, "FORBIDDEN")]:
        assert codes(await api(DELETE, {"id": startup_id}, key=key)) == [code]
    assert await snapshot(store) == before
    assert (await api.data(DELETE, {"id": startup_id}, key=host)) == {"deleteStartup": startup_id}
    assert await _read(api, startup_id) is None
    rows = await store.read("MATCH (s:Sector {id: 'energy'})<-[r]-() RETURN count(r) AS n")
    assert rows == [{"n": 0}]
    # Its key went with it.
    assert (await api.post("{ countries { id } }", key=own)).status_code == 401
    assert codes(await api(DELETE, {"id": startup_id}, key=admin)) == ["NOT_FOUND"]


LIST = """
query($filter: StartupFilter) {
  startups(filter: $filter) { totalCount edges { node { name } } }
}"""


async def _names(api: Api, **filter: Any) -> list[str]:
    data = await api.data(LIST, {"filter": filter})
    names = [e["node"]["name"] for e in data["startups"]["edges"]]
    assert data["startups"]["totalCount"] == len(names)
    return sorted(names)


async def test_list_filters_find_what_mutations_wrote(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    solar = await _create(
        api,
        admin,
        name="Énergie Solaire Casablanca",
        stage="CREATION",
        cityId="casablanca",
        sectorIds=["energy"],
        languages=["fr", "ar"],
        hostIds=["technopark-casa"],
    )
    await _create(
        api, admin, name="الطاقه الخضراء", stage="ACCELERATION", cityId="rabat", languages=["ar"]
    )
    await _create(
        api,
        admin,
        name="Mistral Agri",
        stage="IDEA",
        cityId="marseille",
        sectorIds=["agritech"],
        languages=["fr", "en"],
        hostIds=["incubator-mrs"],
    )
    await api.data(
        'mutation($s: ID!) { addStartupToProgramme(startupId: $s, programmeId: "passerelle-2026",'
        ' cohort: "A", year: 2026) { id } }',
        {"s": solar},
        key=admin,
    )
    assert await _names(api, text="energie") == ["Énergie Solaire Casablanca"]
    assert await _names(api, text="ÉNERGIE solaire") == ["Énergie Solaire Casablanca"]
    assert await _names(api, text="الطاقة") == ["الطاقه الخضراء"]  # taa marbuta folded
    assert await _names(api, sector="energy") == ["Énergie Solaire Casablanca"]
    assert await _names(api, city="rabat") == ["الطاقه الخضراء"]
    assert await _names(api, country="morocco") == ["Énergie Solaire Casablanca", "الطاقه الخضراء"]
    assert await _names(api, country="france") == ["Mistral Agri"]
    assert await _names(api, programme="passerelle-2026") == ["Énergie Solaire Casablanca"]
    assert await _names(api, language="en") == ["Mistral Agri"]
    assert await _names(api, language="ar") == ["Énergie Solaire Casablanca", "الطاقه الخضراء"]
    assert await _names(api, stage="ACCELERATION") == ["الطاقه الخضراء"]
    assert await _names(api, host="incubator-mrs") == ["Mistral Agri"]
    assert await _names(api, host="technopark-casa", stage="IDEA") == []


async def test_each_write_is_one_statement(store: GraphStore, api: Api, keys: Keys) -> None:
    """Key lookup + the write (+ the read the access rule needs, on update and delete)."""
    await seed(store)
    admin = await keys("admin")
    variables = {"input": {**FULL}}
    body = await api(
        "mutation($input: StartupInput!) { createStartup(input: $input) { id } }",
        variables,
        key=admin,
    )
    assert body["extensions"]["dbRoundTrips"] == 2
    startup_id = body["data"]["createStartup"]["id"]
    body = await api(
        "mutation($id: ID!, $input: StartupInput!) { updateStartup(id: $id, "
        "input: $input) { id } }",
        {"id": startup_id, **variables},
        key=admin,
    )
    assert body["extensions"]["dbRoundTrips"] == 3
    body = await api(DELETE, {"id": startup_id}, key=admin)
    assert body["extensions"]["dbRoundTrips"] == 3
