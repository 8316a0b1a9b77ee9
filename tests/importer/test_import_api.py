"""`importStartups` over HTTP: roles, a partner's rows hosted by its organisation, the size cap,
reports in the caller's language, nothing written on a bad row."""

from __future__ import annotations

from typing import Any

from hub.demo.load import load_reference
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes
from tests.importer.helpers import digest

IMPORT = """mutation ($rows: [StartupImportRow!]!, $dry: Boolean) {
  importStartups(rows: $rows, dryRun: $dry) {
    dryRun rows created updated unchanged rejected problems { row column message } } }"""


def rows(n: int, prefix: str = "api") -> list[dict[str, Any]]:
    return [
        {
            "id": f"{prefix}-{i}",
            "name": f"Startup {prefix} {i}",
            "stage": "idea",
            "city": "casablanca",
            "sectors": ["fintech"],
            "languages": ["fr"],
        }
        for i in range(n)
    ]


async def test_roles(store: GraphStore, api: Api, keys: Keys) -> None:
    await load_reference(store)
    assert error_codes(await api(IMPORT, {"rows": rows(1)})) == ["UNAUTHENTICATED"]
    await store.write("CREATE (s:Entity:Startup) SET s.id = 'mine', s.name = 'Mine'", {})
    startup_key = await keys("startup", "mine")
    assert error_codes(await api(IMPORT, {"rows": rows(1)}, key=startup_key)) == ["FORBIDDEN"]
    admin = await keys("admin")
    data = await api.data(IMPORT, {"rows": rows(2)}, key=admin)
    assert data["importStartups"]["created"] == 2


async def test_partner_rows_are_hosted_by_its_organisation(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await load_reference(store)
    await store.write("CREATE (o:Entity:Organisation) SET o.id = 'incub', o.kind = 'incubator'", {})
    await store.write("CREATE (o:Entity:Organisation) SET o.id = 'other', o.kind = 'incubator'", {})
    partner = await keys("partner", "incub")
    data = await api.data(IMPORT, {"rows": rows(3)}, key=partner)
    assert data["importStartups"] == {
        "dryRun": False,
        "rows": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "rejected": 0,
        "problems": [],
    }
    hosted = await store.read(
        "MATCH (s:Startup)-[:HOSTED_BY]->(o:Organisation) RETURN o.id AS o, count(s) AS n", {}
    )
    assert hosted == [{"o": "incub", "n": 3}]
    again = await api.data(IMPORT, {"rows": rows(3)}, key=partner)
    assert again["importStartups"]["unchanged"] == 3

    # Another partner may not change them (its own new rows are fine, but nothing is written).
    other = await keys("partner", "other")
    before = await digest(store)
    body = await api.data(IMPORT, {"rows": [*rows(1), *rows(1, "new")]}, key=other)
    report = body["importStartups"]
    assert report["rejected"] == 1 and report["created"] == 0
    assert [(p["row"], p["column"]) for p in report["problems"]] == [(1, "id")]
    assert await digest(store) == before


async def test_dry_run_and_language(store: GraphStore, api: Api, keys: Keys) -> None:
    await load_reference(store)
    admin = await keys("admin")
    before = await digest(store)
    data = await api.data(IMPORT, {"rows": rows(2), "dry": True}, key=admin)
    assert data["importStartups"]["dryRun"] and data["importStartups"]["created"] == 2
    assert await digest(store) == before
    bad = [{**rows(1)[0], "name": "", "stage": "seed"}, *rows(1, "ok")]
    data = await api.data(IMPORT, {"rows": bad}, key=admin, language="fr")
    report = data["importStartups"]
    assert report["rejected"] == 1 and report["created"] == 0
    problems = {(p["row"], p["column"]): p["message"] for p in report["problems"]}
    assert problems[(1, "name")] == "name est obligatoire"
    assert "seed" in problems[(1, "stage")]
    assert await digest(store) == before


async def test_size_cap(store: GraphStore, api: Api, keys: Keys) -> None:
    admin = await keys("admin")
    before = await digest(store)
    body = await api(IMPORT, {"rows": rows(501)}, key=admin)
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert await digest(store) == before


async def test_an_update_row_leaves_out_what_it_does_not_change(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """A row for an existing startup is an update: only `id` and one field is enough."""
    await load_reference(store)
    admin = await keys("admin")
    await api.data(IMPORT, {"rows": rows(2)}, key=admin)
    renamed = [{"id": "api-0", "name": "Renommée"}, {"id": "api-1", "languages": ["ar"]}]
    report = (await api.data(IMPORT, {"rows": renamed}, key=admin))["importStartups"]
    assert report["problems"] == [] and report["updated"] == 2 and report["created"] == 0
    found = await api.data(
        '{ a: startup(id: "api-0") { name stage languages } '
        'b: startup(id: "api-1") { name languages } }'
    )
    assert found["a"] == {"name": "Renommée", "stage": "IDEA", "languages": ["fr"]}
    assert found["b"] == {"name": "Startup api 1", "languages": ["ar"]}
    # A new id still needs what a new startup needs.
    new = await api.data(IMPORT, {"rows": [{"id": "api-9", "name": "X"}]}, key=admin)
    assert [p["column"] for p in new["importStartups"]["problems"]] == ["stage"]
