"""The demo introductions: every state, every direction, idempotent, usable by the API."""

from hub.demo.introductions import load_introductions
from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api, Keys

LIST = """{ introductions(first: 50) { totalCount edges { node { state direction outcome
  events { action } } } } }"""


async def test_demo_introductions_in_every_state_and_direction(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    counts = await load(store)
    assert counts["introductions"] == 13
    again = await load_introductions(store)
    assert (
        again["introductions"] == 13
        and again["introduction_events"] == counts["introduction_events"]
    )
    admin = await keys("admin")
    nodes = [e["node"] for e in (await api.data(LIST, key=admin))["introductions"]["edges"]]
    assert {n["state"] for n in nodes} == {
        "REQUESTED",
        "BROKER_DECLINED",
        "OFFERED",
        "ACCEPTED",
        "DECLINED",
        "MET",
        "CONCLUDED",
        "EXPIRED",
        "WITHDRAWN",
    }
    assert {n["direction"] for n in nodes} == {
        "MOROCCO_TO_EUROPE",
        "EUROPE_TO_AFRICA",
        "DIASPORA",
        "DOMESTIC",
    }
    assert {n["outcome"] for n in nodes} >= {
        "PARTNERSHIP",
        "CONTRACT",
        "HIRE",
        "SETTLED",
        "NO_FOLLOW_UP",
    }
    suggested = await api.data(
        '{ introductionSuggestions(forId: "demo-cyberatlas", first: 3) '
        "{ score reasons { code } } }",
        key=admin,
    )
    assert len(suggested["introductionSuggestions"]) == 3
    assert all(s["reasons"] for s in suggested["introductionSuggestions"])
    paths = await api.data(
        '{ introductionPaths(fromId: "demo-medinapay", toId: "marseille-innovation") { hops } }',
        key=admin,
    )
    assert paths["introductionPaths"]
