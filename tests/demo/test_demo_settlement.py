"""The demo's settlement journeys: different stages, in Marseille and Technopark cities."""

from __future__ import annotations

from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys

QUERY = """
{ startups(first: 100) { edges { node { id settlementJourneys {
    status city { id } template { key }
    progress(asOf: "2025-12-15") { percentDone blocked { key reason } workableNow { key }
                                   expiring { step { key } daysLeft } }
} } } } }"""


async def test_demo_journeys_at_different_stages(store: GraphStore, api: Api, keys: Keys) -> None:
    await load(store)
    data = await api.data(QUERY, key=await keys("admin"))
    journeys = {
        e["node"]["id"]: j
        for e in data["startups"]["edges"]
        for j in e["node"]["settlementJourneys"]
    }
    assert {j["city"]["id"] for j in journeys.values()} == {
        "marseille",
        "casablanca",
        "rabat",
        "tanger",
        "agadir",
    }
    assert journeys["demo-tanjaflow"]["status"] == "COMPLETED"
    assert journeys["demo-tanjaflow"]["progress"]["percentDone"] == 100.0
    kafaa = journeys["demo-kafaa-ai"]["progress"]
    assert kafaa["percentDone"] == round(100 * 7 / 11, 1)
    agadir = journeys["demo-vieux-port-studio"]
    assert agadir["template"]["key"] == "morocco-technopark"
    assert [b["key"] for b in agadir["progress"]["blocked"]] == ["capital-blocked"]
    medinapay = journeys["demo-medinapay"]["progress"]
    assert [w["key"] for w in medinapay["workableNow"]] == ["domiciliation"]
    # The certificat négatif done on 2025-10-08 expires 90 days later, 2026-01-06.
    calanques = journeys["demo-calanques-cloud"]["progress"]
    assert calanques["expiring"] == [{"step": {"key": "certificat-negatif"}, "daysLeft": 22}]
