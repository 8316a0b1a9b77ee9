from datetime import UTC, datetime

from hub.domain.introduction_stats import GroupBy, compute, keys_of
from hub.domain.introductions import State

NOW = datetime(2026, 6, 1, tzinfo=UTC)
T0 = "2026-05-01T00:00:00.000Z"


def row(state: str, **extra: object) -> dict[str, object]:
    return {
        "state": state,
        "state_at": "2026-05-30T00:00:00.000Z",
        "requested_at": T0,
        "offered_at": T0,
        "direction": "morocco_to_europe",
        "purpose": "mentoring",
        **extra,
    }


def test_conversion_and_median_days_per_group() -> None:
    rows = [
        row(
            "concluded",
            accepted_at="x",
            met_at="x",
            concluded_at="x",
            answered_at="2026-05-03T00:00:00.000Z",
            hosts=["tp-casa"],
        ),
        row(
            "accepted",
            accepted_at="x",
            answered_at="2026-05-05T00:00:00.000Z",
            hosts=["tp-casa", "tp-rabat"],
        ),
        row("declined", answered_at="2026-05-11T00:00:00.000Z", direction="europe_to_africa"),
        row("offered", state_at="2026-01-01T00:00:00.000Z"),  # expired by now
    ]
    [europe, morocco] = compute(rows, GroupBy.DIRECTION, NOW, 14)
    assert europe.key == "europe_to_africa" and europe.requested == 1
    assert morocco.requested == 3 and morocco.accepted == 2 and morocco.met == 1
    assert morocco.outcomes == 1
    assert morocco.rate(morocco.accepted) == 0.667
    assert morocco.median_days_to_answer == 3.0  # 2 and 4 days
    assert morocco.states == {State.CONCLUDED: 1, State.ACCEPTED: 1, State.EXPIRED: 1}
    hosts = {g.key: g.requested for g in compute(rows, GroupBy.HOST, NOW, 14)}
    assert hosts == {"none": 2, "tp-casa": 2, "tp-rabat": 1}


def test_group_keys() -> None:
    r = {
        "direction": "diaspora",
        "purpose": "funding",
        "broker_id": None,
        "cities": ["rabat"],
        "programmes": [],
    }
    assert keys_of(r, GroupBy.BROKER) == ["none"]
    assert keys_of(r, GroupBy.CITY) == ["rabat"]
    assert keys_of(r, GroupBy.PROGRAMME) == ["none"]
    assert keys_of(r, GroupBy.PURPOSE) == ["funding"]
