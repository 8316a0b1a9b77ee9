"""What users read: progress, workable steps, overdue, expiring validity, ETA (hand-checked)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hub.graph.store import GraphStore
from tests.api.settlement_seed import PROGRESS, move, seed, start, step_of
from tests.conftest import Api, Keys, error_codes

# Morocco template, after the certificat négatif and the registered office: statutes 5,
# subscription 2, capital blocked 3, tax office 3, business tax 5, trade register 7,
# residence permit 30 = 55 days along the critical path.
CRITICAL = [
    "statutes",
    "subscription",
    "capital-blocked",
    "tax-registration",
    "patente-if",
    "trade-register",
    "residence-permit",
]


async def progress(api: Api, token: str, journey_id: str, as_of: date) -> dict[str, Any]:
    data = await api.data(PROGRESS, {"id": journey_id, "asOf": as_of.isoformat()}, key=token)
    found: dict[str, Any] = data["settlementJourney"]["progress"]
    return found


def keys_of(steps: list[dict[str, Any]]) -> list[str]:
    return [s["key"] for s in steps]


async def test_progress_and_eta_on_a_moroccan_journey(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    host = await keys("partner", "marseille-innovation")
    journey = await start(api, host, "calanques", "casablanca")
    jid = journey["id"]
    start_day = date(2026, 1, 5)
    fresh = await progress(api, host, jid, start_day)
    assert (fresh["percentDone"], fresh["remainingDays"], fresh["estimatedCompletion"]) == (
        0.0,
        62,
        "2026-03-08",
    )
    assert keys_of(fresh["workableNow"]) == ["certificat-negatif", "registered-office"]

    cert = await move(api, host, step_of(journey, "certificat-negatif"), "DONE")
    today = date.fromisoformat(cert["doneAt"][:10])
    assert cert["expiresOn"] == (today + timedelta(days=90)).isoformat()
    await move(
        api, host, step_of(journey, "registered-office"), "DONE", helper="technopark-casablanca"
    )

    later = today + timedelta(days=70)
    seen = await progress(api, host, jid, later)
    assert seen["percentDone"] == 20.0
    assert keys_of(seen["workableNow"]) == ["statutes"]
    assert seen["remainingDays"] == 55
    assert seen["estimatedCompletion"] == (later + timedelta(days=55)).isoformat()
    assert keys_of(seen["criticalPath"]) == CRITICAL
    assert seen["expiring"] == [
        {
            "step": {"key": "certificat-negatif"},
            "expiresOn": (today + timedelta(days=90)).isoformat(),
            "daysLeft": 20,
        }
    ]

    # Statutes started today: 2 days later 3 of its 5 days are left, so 53 in all.
    await move(api, host, step_of(journey, "statutes"), "IN_PROGRESS")
    await move(
        api,
        host,
        step_of(journey, "subscription"),
        "BLOCKED",
        reason="Waiting",
        due=(today + timedelta(days=1)).isoformat(),
    )
    await move(api, host, step_of(journey, "cnss"), "BLOCKED", reason="Agency closed")
    soon = today + timedelta(days=2)
    seen = await progress(api, host, jid, soon)
    assert seen["remainingDays"] == 53
    assert seen["estimatedCompletion"] == (soon + timedelta(days=53)).isoformat()
    assert keys_of(seen["workableNow"]) == ["statutes"]
    assert keys_of(seen["blocked"]) == ["subscription", "cnss"]
    assert keys_of(seen["overdue"]) == ["subscription"]
    assert seen["expiring"] == []  # 88 days left


async def test_a_journey_whose_steps_are_all_finished_is_completed(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    journey = await start(api, admin, "calanques", "casablanca")
    for step in journey["steps"]:
        await move(api, admin, step, "SKIPPED", reason="Done before joining the hub")
    data = await api.data(PROGRESS, {"id": journey["id"], "asOf": "2026-05-01"}, key=admin)
    found = data["settlementJourney"]
    assert found["status"] == "COMPLETED"
    assert (
        found["progress"]["percentDone"],
        found["progress"]["remainingDays"],
        found["progress"]["estimatedCompletion"],
    ) == (100.0, 0, None)
    again = await start(api, admin, "calanques", "casablanca")  # a completed one does not block
    assert again["status"] == "ACTIVE" and again["id"] != journey["id"]


STARTUPS = """
{ startups { edges { node { id settlementJourneys {
    id template { steps { key } }
    steps { key helpedBy { organisation { id } } events { toStatus } }
    progress(asOf: "2026-01-05") { percentDone criticalPath { key } }
} } } } }"""


async def test_who_reads_journeys_and_round_trips(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store)
    admin = await keys("admin")
    first = await start(api, admin, "atlas-ai", "marseille")
    await move(api, admin, step_of(first, "domiciliation"), "DONE", helper="marseille-innovation")
    one = await api(STARTUPS, key=admin)
    await start(api, admin, "calanques", "casablanca")
    await start(api, admin, "atlas-ai", "rabat")
    three = await api(STARTUPS, key=admin)
    journeys = {
        e["node"]["id"]: e["node"]["settlementJourneys"] for e in three["data"]["startups"]["edges"]
    }
    assert sorted(len(j) for j in journeys.values()) == [1, 2]
    # Round trips do not grow with the number of journeys, steps or events.
    assert one["extensions"]["dbRoundTrips"] == three["extensions"]["dbRoundTrips"]
    # Anonymous callers and other startups see none; a mentor of the startup sees its journeys.
    anonymous = await api(STARTUPS)
    assert all(
        e["node"]["settlementJourneys"] == [] for e in anonymous["data"]["startups"]["edges"]
    )
    mentor = await api(STARTUPS, key=await keys("mentor", "mentor-leila"))
    seen = {
        e["node"]["id"]: len(e["node"]["settlementJourneys"])
        for e in mentor["data"]["startups"]["edges"]
    }
    assert seen == {"atlas-ai": 2, "calanques": 0}
    other = await api(PROGRESS, {"id": first["id"]}, key=await keys("startup", "calanques"))
    assert error_codes(other) == ["FORBIDDEN"]
    assert error_codes(await api(PROGRESS, {"id": first["id"]})) == ["UNAUTHENTICATED"]
