"""Partner view: journeys started/completed, median days to settle, where journeys stall."""

from __future__ import annotations

from hub.demo.settlement import Change, DemoJourney, replay
from hub.domain.settlement import StepStatus as S
from hub.domain.templates import FRANCE_MARSEILLE, MOROCCO_TECHNOPARK
from hub.graph.store import GraphStore
from tests.api.settlement_seed import seed
from tests.conftest import Api, Keys, error_codes

FR, MA = "france-marseille-v1", "morocco-technopark-v1"


def at(day: str) -> str:
    return f"{day}T10:00:00.000Z"


def skip_rest(day: str, keys: list[str]) -> tuple[Change, ...]:
    return tuple(Change(k, S.SKIPPED, at(day), reason="not needed") for k in keys)


FR_KEYS = [s.key for s in FRANCE_MARSEILLE.steps]
MA_KEYS = [s.key for s in MOROCCO_TECHNOPARK.steps]
JOURNEYS = [
    # Marseille: domiciliation 10 days, statutes blocked once then 6 days; settled in 60 days.
    DemoJourney(
        "j1",
        "atlas-ai",
        "marseille",
        FR,
        at("2026-01-05"),
        (
            Change("domiciliation", S.IN_PROGRESS, at("2026-01-05")),
            Change("domiciliation", S.DONE, at("2026-01-15")),
            Change("statutes", S.BLOCKED, at("2026-01-16"), reason="Notary away"),
            Change("statutes", S.IN_PROGRESS, at("2026-01-20")),
            Change("statutes", S.DONE, at("2026-01-26")),
            *skip_rest(
                "2026-03-06", [k for k in FR_KEYS if k not in ("domiciliation", "statutes")]
            ),
        ),
    ),
    # Casablanca: certificat négatif in 2 days, registered office blocked now; still active.
    DemoJourney(
        "j2",
        "calanques",
        "casablanca",
        MA,
        at("2026-02-01"),
        (
            Change("certificat-negatif", S.IN_PROGRESS, at("2026-02-01")),
            Change("certificat-negatif", S.DONE, at("2026-02-03")),
            Change("registered-office", S.BLOCKED, at("2026-02-05"), reason="No office yet"),
        ),
    ),
    # Rabat: everything skipped, settled in 20 days.
    DemoJourney("j3", "calanques", "rabat", MA, at("2026-02-10"), skip_rest("2026-03-02", MA_KEYS)),
    # Before the period asked.
    DemoJourney("j4", "atlas-ai", "rabat", MA, at("2025-06-01"), ()),
]

STATS = """
query($d: ID) {
  settlementStats(destinationId: $d, from: "2026-01-01", to: "2026-04-01") {
    started completed medianDaysToSettle
    byDestination { id started completed medianDaysToSettle }
    byHost { id started completed medianDaysToSettle }
    byProgramme { id started completed medianDaysToSettle }
    slowestSteps { key medianDays }
    mostBlockedSteps { key journeysBlocked blockedNow }
  }
}"""


def g(id: str, started: int, completed: int, median: float | None) -> dict[str, object]:
    return {"id": id, "started": started, "completed": completed, "medianDaysToSettle": median}


async def test_settlement_stats_by_destination_host_and_programme(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    for journey in JOURNEYS:
        assert await replay(store, journey)
    assert not await replay(store, JOURNEYS[0])  # replaying changes nothing
    partner = await keys("partner", "marseille-innovation")
    stats = (await api.data(STATS, {}, key=partner))["settlementStats"]
    assert (stats["started"], stats["completed"], stats["medianDaysToSettle"]) == (3, 2, 40.0)
    assert stats["byDestination"] == [
        g("casablanca", 1, 0, None),
        g("marseille", 1, 1, 60.0),
        g("rabat", 1, 1, 20.0),
    ]
    assert stats["byHost"] == [
        g("marseille-innovation", 2, 1, 20.0),
        g("technopark-casablanca", 1, 1, 60.0),
    ]
    assert stats["byProgramme"] == [g("soft-landing", 1, 1, 60.0)]
    assert stats["slowestSteps"] == [
        {"key": "domiciliation", "medianDays": 10.0},
        {"key": "statutes", "medianDays": 6.0},
        {"key": "certificat-negatif", "medianDays": 2.0},
    ]
    assert stats["mostBlockedSteps"] == [
        {"key": "registered-office", "journeysBlocked": 1, "blockedNow": 1},
        {"key": "statutes", "journeysBlocked": 1, "blockedNow": 0},
    ]
    morocco = (await api.data(STATS, {"d": "morocco"}, key=await keys("admin")))["settlementStats"]
    assert (morocco["started"], morocco["completed"], morocco["medianDaysToSettle"]) == (2, 1, 20.0)
    forbidden = await api(STATS, {}, key=await keys("startup", "calanques"))
    assert error_codes(forbidden) == ["FORBIDDEN"]
