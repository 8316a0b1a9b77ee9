"""Templates: shipped ones installed idempotently, admins' revisions, journeys keep versions."""

from __future__ import annotations

from typing import Any

from hub.domain.templates import FRANCE_MARSEILLE
from hub.graph.store import GraphStore
from hub.services.settlement import install_templates
from tests.api.settlement_seed import seed, start
from tests.conftest import Api, Keys, error_codes

SAVE = """
mutation($input: SettlementTemplateInput!) {
  saveSettlementTemplate(input: $input) { id key version countryId cityId steps { key requires } }
}"""

TEMPLATES = """
query($all: Boolean!) {
  settlementTemplates(country: "france", allVersions: $all) { id version }
}"""


def step_input(key: str, *requires: str, days: int = 3) -> dict[str, Any]:
    return {
        "key": key,
        "titleFr": f"Étape {key}",
        "titleEn": f"Step {key}",
        "titleAr": f"خطوة {key}",
        "descriptionFr": "…",
        "descriptionEn": "…",
        "descriptionAr": "…",
        "responsible": "STARTUP",
        "typicalDays": days,
        "documents": ["passport"],
        "requires": list(requires),
    }


def shipped_france_input(extra: list[dict[str, Any]]) -> dict[str, Any]:
    steps = [
        {
            "key": s.key,
            "titleFr": s.title["fr"],
            "titleEn": s.title["en"],
            "titleAr": s.title["ar"],
            "descriptionFr": s.description["fr"],
            "descriptionEn": s.description["en"],
            "descriptionAr": s.description["ar"],
            "responsible": s.responsible.name,
            "typicalDays": s.typical_days,
            "documents": list(s.documents),
            "requires": list(s.requires),
            "validityDays": s.validity_days,
        }
        for s in FRANCE_MARSEILLE.steps
    ]
    return {
        "key": "france-marseille",
        "countryId": "france",
        "cityId": "marseille",
        "steps": steps + extra,
    }


async def test_revising_a_template_keeps_running_journeys_on_their_version(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    old = await start(api, admin, "atlas-ai", "marseille")
    extra = step_input("bank-meeting", "domiciliation")
    data = await api.data(SAVE, {"input": shipped_france_input([extra])}, key=admin)
    revised = data["saveSettlementTemplate"]
    assert (revised["id"], revised["version"], revised["cityId"]) == (
        "france-marseille-v2",
        2,
        "marseille",
    )
    assert revised["steps"][-1] == {"key": "bank-meeting", "requires": ["domiciliation"]}
    latest = await api.data(TEMPLATES, {"all": False})
    assert latest["settlementTemplates"] == [{"id": "france-marseille-v2", "version": 2}]
    every = await api.data(TEMPLATES, {"all": True})
    assert [t["version"] for t in every["settlementTemplates"]] == [2, 1]
    new = await start(api, admin, "calanques", "marseille")
    assert (new["templateVersion"], len(new["steps"])) == (2, 12)
    read = await api.data(
        "query($id: ID!) { settlementJourney(id: $id) { templateVersion template { id } "
        "steps { key } } }",
        {"id": old["id"]},
        key=admin,
    )
    assert read["settlementJourney"]["templateVersion"] == 1
    assert read["settlementJourney"]["template"] == {"id": "france-marseille-v1"}
    assert len(read["settlementJourney"]["steps"]) == 11
    # Installing the shipped templates again changes nothing.
    assert await install_templates(store) == 0
    rows = await store.read("MATCH (t:SettlementTemplate) RETURN count(t) AS n")
    assert rows[0]["n"] == 3


async def test_a_cycle_is_refused_and_named(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    steps = [step_input("a", "c"), step_input("b", "a"), step_input("c", "b")]
    cyclic = {"key": "tunisia-tunis", "countryId": "tunisia", "steps": steps}
    body = await api(SAVE, {"input": cyclic}, key=admin, language="en")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert "a → c → b → a" in body["errors"][0]["message"]
    unknown = {**cyclic, "steps": [step_input("a", "zz")]}
    assert error_codes(await api(SAVE, {"input": unknown}, key=admin)) == ["BAD_USER_INPUT"]
    rows = await store.read("MATCH (t:SettlementTemplate {key: 'tunisia-tunis'}) RETURN t.id")
    assert rows == []
    fine = {**cyclic, "steps": [step_input("a"), step_input("b", "a")]}
    created = (await api.data(SAVE, {"input": fine}, key=admin))["saveSettlementTemplate"]
    assert (created["id"], created["version"], created["cityId"]) == ("tunisia-tunis-v1", 1, None)


async def test_only_admins_save_templates_and_anyone_reads_them(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    fine = {"key": "x", "countryId": "tunisia", "steps": [step_input("a")]}
    for token in [
        await keys("partner", "marseille-innovation"),
        await keys("startup", "calanques"),
    ]:
        assert error_codes(await api(SAVE, {"input": fine}, key=token)) == ["FORBIDDEN"]
    assert error_codes(await api(SAVE, {"input": fine})) == ["UNAUTHENTICATED"]
    data = await api.data(
        '{ settlementTemplate(id: "morocco-technopark-v1") { key disclaimer sources '
        "steps { key title { text language dir } responsible typicalDays validityDays } } }",
        language="ar",
    )
    template = data["settlementTemplate"]
    assert template["disclaimer"].startswith("المدد تقريبية")
    assert any("ompic" in s for s in template["sources"])
    cert = template["steps"][0]
    assert cert["key"] == "certificat-negatif"
    assert cert["title"] == {"text": "الشهادة السلبية (OMPIC)", "language": "AR", "dir": "RTL"}
    assert (cert["responsible"], cert["typicalDays"], cert["validityDays"]) == ("STARTUP", 2, 90)
    node = await api.data('{ node(id: "france-marseille-v1") { __typename id } }')
    assert node["node"] == {"__typename": "SettlementTemplate", "id": "france-marseille-v1"}
