"""Settlement rules on hand-checked examples: DAG, status moves, progress, critical path."""

from datetime import date

import pytest

from hub.domain.errors import InvalidInput
from hub.domain.settlement import (
    Expiring,
    Responsible,
    StepSpec,
    StepState,
    StepStatus,
    blocked,
    check_transition,
    estimate,
    expiring,
    expiry_of,
    find_cycle,
    median,
    overdue,
    percent_done,
    validate_template,
    workable_now,
)

S = StepStatus
TEXT = {"fr": "texte", "en": "text", "ar": "نص"}


def spec(key: str, *requires: str, days: int = 1) -> StepSpec:
    return StepSpec(key, TEXT, TEXT, Responsible.STARTUP, days, requires=requires)


# a(3) → b(5) → d(4);  a → c(2) → d
def diamond(**statuses: StepStatus) -> list[StepState]:
    shape = {"a": (3, ()), "b": (5, ("a",)), "c": (2, ("a",)), "d": (4, ("b", "c"))}
    return [StepState(k, statuses.get(k, S.TODO), days, req) for k, (days, req) in shape.items()]


def test_a_dag_is_accepted_and_has_no_cycle() -> None:
    steps = [spec("a"), spec("b", "a"), spec("c", "a"), spec("d", "b", "c")]
    validate_template(steps)
    assert find_cycle({s.key: s.requires for s in steps}) is None


def test_a_cycle_is_refused_and_named() -> None:
    steps = [spec("a", "c"), spec("b", "a"), spec("c", "b"), spec("d")]
    with pytest.raises(InvalidInput) as caught:
        validate_template(steps)
    assert caught.value.params["cycle"] == "a → c → b → a"


def test_self_dependency_is_a_cycle() -> None:
    assert find_cycle({"a": ["a"]}) == ["a", "a"]


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        ([], "a template needs at least one step"),
        ([spec("a"), spec("a")], "duplicate step key {key}"),
        ([spec("a", "zz")], "step {key} requires an unknown step {other}"),
        ([spec("a", days=-1)], "step {key} has a negative duration or validity"),
        (
            [StepSpec("a", {"fr": "x", "en": "x"}, TEXT, Responsible.BANK, 1)],
            "step {key} needs a title and a description in {lang}",
        ),
    ],
)
def test_invalid_templates(steps: list[StepSpec], message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_template(steps)
    assert caught.value.message == message


@pytest.mark.parametrize("to", [S.BLOCKED, S.SKIPPED])
def test_blocked_and_skipped_need_a_reason(to: StepStatus) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_transition(S.TODO, to, "  ")
    assert caught.value.field == "reason"
    check_transition(S.TODO, to, "waiting for the bank")


@pytest.mark.parametrize(
    ("current", "new"),
    [
        (S.TODO, S.IN_PROGRESS),
        (S.TODO, S.DONE),
        (S.IN_PROGRESS, S.TODO),
        (S.BLOCKED, S.DONE),
        (S.BLOCKED, S.IN_PROGRESS),
        (S.IN_PROGRESS, S.DONE),
        (S.DONE, S.DONE),
    ],
)
def test_legal_moves(current: StepStatus, new: StepStatus) -> None:
    check_transition(current, new, None)


@pytest.mark.parametrize(
    ("current", "new"),
    [(S.DONE, S.TODO), (S.DONE, S.IN_PROGRESS), (S.SKIPPED, S.TODO), (S.SKIPPED, S.DONE)],
)
def test_done_and_skipped_are_final(current: StepStatus, new: StepStatus) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_transition(current, new, "reason")
    assert caught.value.field == "status"


def test_progress_counts_done_and_skipped() -> None:
    assert percent_done(diamond()) == 0.0
    assert percent_done(diamond(a=S.DONE)) == 25.0
    assert percent_done(diamond(a=S.DONE, c=S.SKIPPED)) == 50.0
    assert percent_done(diamond()[:3]) == 0.0
    assert percent_done(diamond(a=S.DONE)[:3]) == 33.3
    assert percent_done([]) == 0.0


def test_workable_now_needs_prerequisites_finished() -> None:
    assert workable_now(diamond()) == ["a"]
    assert workable_now(diamond(a=S.DONE)) == ["b", "c"]
    assert workable_now(diamond(a=S.DONE, b=S.BLOCKED)) == ["c"]
    assert blocked(diamond(a=S.DONE, b=S.BLOCKED)) == ["b"]
    assert workable_now(diamond(a=S.DONE, b=S.DONE, c=S.SKIPPED)) == ["d"]


def test_overdue_and_expiring() -> None:
    today = date(2026, 3, 10)
    steps = [
        StepState("late", S.IN_PROGRESS, 3, due_date=date(2026, 3, 9)),
        StepState("due-today", S.TODO, 3, due_date=date(2026, 3, 10)),
        StepState("done-late", S.DONE, 3, due_date=date(2026, 1, 1)),
        StepState("cert", S.DONE, 2, expires_on=date(2026, 4, 9)),  # 30 days left
        StepState("old", S.DONE, 2, expires_on=date(2026, 3, 1)),  # expired 9 days ago
        StepState("far", S.DONE, 2, expires_on=date(2026, 4, 10)),  # 31 days left
    ]
    assert overdue(steps, today) == ["late"]
    assert expiring(steps, today) == [
        Expiring("old", date(2026, 3, 1), -9),
        Expiring("cert", date(2026, 4, 9), 30),
    ]
    assert expiry_of(date(2026, 1, 15), 90) == date(2026, 4, 15)
    assert expiry_of(date(2026, 1, 15), None) is None


def test_estimate_follows_the_critical_path() -> None:
    today = date(2026, 1, 1)
    # a 3 + b 5 + d 4 = 12 days (a→c→d is 9)
    est = estimate(diamond(), today)
    assert (est.remaining_days, est.completion, est.critical_path) == (
        12,
        date(2026, 1, 13),
        ["a", "b", "d"],
    )
    est = estimate(diamond(a=S.DONE), today)
    assert (est.remaining_days, est.completion, est.critical_path) == (
        9,
        date(2026, 1, 10),
        ["b", "d"],
    )
    est = estimate(diamond(a=S.DONE, c=S.DONE, d=S.DONE, b=S.DONE), today)
    assert (est.remaining_days, est.completion, est.critical_path) == (0, None, [])


def test_estimate_counts_time_already_spent_on_started_steps() -> None:
    today = date(2026, 1, 1)
    steps = diamond(a=S.DONE)
    started = [
        StepState("b", S.IN_PROGRESS, 5, ("a",), started_on=date(2025, 12, 30)),  # 3 left
        *[s for s in steps if s.key != "b"],
    ]
    est = estimate(started, today)
    assert (est.remaining_days, est.completion, est.critical_path) == (
        7,
        date(2026, 1, 8),
        ["b", "d"],
    )
    overran = [
        StepState("b", S.IN_PROGRESS, 5, ("a",), started_on=date(2025, 12, 20)),  # 1 left
        *[s for s in steps if s.key != "b"],
    ]
    est = estimate(overran, today)
    # c (2 days) now dominates: c 2 + d 4
    assert (est.remaining_days, est.completion, est.critical_path) == (
        6,
        date(2026, 1, 7),
        ["c", "d"],
    )


def test_median() -> None:
    assert median([]) is None
    assert median([5, 1, 3]) == 3.0
    assert median([4, 1, 3, 10]) == 3.5
