from datetime import UTC, datetime

import pytest

from hub.domain import introductions as intro
from hub.domain.errors import Conflict, Forbidden, InvalidInput
from hub.domain.introductions import Action, Direction, Parties, Side, State
from hub.domain.keys import Caller
from hub.domain.vocabulary import Purpose, Role

PARTIES = Parties("startup-a", "mentor-b", "org-broker", frozenset({"technopark-rabat"}))
LEGAL = {
    (Action.APPROVE, State.REQUESTED): State.OFFERED,
    (Action.REJECT, State.REQUESTED): State.BROKER_DECLINED,
    (Action.ACCEPT, State.OFFERED): State.ACCEPTED,
    (Action.DECLINE, State.OFFERED): State.DECLINED,
    (Action.MEET, State.ACCEPTED): State.MET,
    (Action.RECORD_OUTCOME, State.MET): State.CONCLUDED,
    (Action.WITHDRAW, State.REQUESTED): State.WITHDRAWN,
    (Action.WITHDRAW, State.OFFERED): State.WITHDRAWN,
    (Action.WITHDRAW, State.ACCEPTED): State.WITHDRAWN,
    (Action.EXPIRE, State.REQUESTED): State.EXPIRED,
    (Action.EXPIRE, State.OFFERED): State.EXPIRED,
}
ACTIONS = [a for a in Action if a is not Action.REQUEST]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("state", list(State))
def test_every_transition_is_legal_or_refused_as_a_conflict(action: Action, state: State) -> None:
    expected = LEGAL.get((action, state))
    if expected is None:
        with pytest.raises(Conflict):
            intro.decide(action, state, {Side.ADMIN}, "i")
    else:
        assert intro.decide(action, state, {Side.ADMIN}, "i") is expected


def test_terminal_states_allow_nothing() -> None:
    for state in (
        State.BROKER_DECLINED,
        State.DECLINED,
        State.CONCLUDED,
        State.EXPIRED,
        State.WITHDRAWN,
    ):
        for action in ACTIONS:
            with pytest.raises(Conflict):
                intro.decide(action, state, {Side.ADMIN}, "i")


RIGHTS = {
    Action.APPROVE: {Side.BROKER},
    Action.REJECT: {Side.BROKER},
    Action.ACCEPT: {Side.TARGET},
    Action.DECLINE: {Side.TARGET},
    Action.MEET: {Side.REQUESTER, Side.TARGET},
    Action.RECORD_OUTCOME: {Side.REQUESTER, Side.TARGET, Side.BROKER},
    Action.WITHDRAW: {Side.REQUESTER},
    Action.EXPIRE: set(),  # no party's: the hub's worker expires what nobody answered
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("side", [Side.REQUESTER, Side.BROKER, Side.TARGET])
def test_who_may_act(action: Action, side: Side) -> None:
    source = next(s for (a, s) in LEGAL if a is action)
    if side in RIGHTS[action]:
        assert intro.decide(action, source, {side}, "i") is LEGAL[(action, source)]
    else:
        with pytest.raises(Forbidden):
            intro.decide(action, source, {side}, "i")


def test_rights_are_checked_before_the_state() -> None:
    with pytest.raises(Forbidden):
        intro.decide(Action.ACCEPT, State.WITHDRAWN, set(), "i")


def test_sides_of_each_key() -> None:
    def sides(role: Role | None, entity: str | None) -> frozenset[Side]:
        return intro.sides_of(Caller(role=role, entity_id=entity), PARTIES)

    assert sides(Role.ADMIN, None) == {Side.ADMIN}
    assert sides(Role.STARTUP, "startup-a") == {Side.REQUESTER}
    assert sides(Role.PARTNER, "technopark-rabat") == {Side.REQUESTER}  # staff of the host
    assert sides(Role.MENTOR, "mentor-b") == {Side.TARGET}
    assert sides(Role.PARTNER, "org-broker") == {Side.BROKER}
    assert sides(Role.PARTNER, "elsewhere") == frozenset()
    assert sides(None, None) == frozenset()
    # a startup key whose entity id equals a host id is not staff: only partner keys are.
    odd = Parties("s", "t", None, frozenset({"x"}))
    assert intro.sides_of(Caller(role=Role.STARTUP, entity_id="x"), odd) == frozenset()


def test_who_may_request() -> None:
    hosts = {"technopark-rabat"}
    assert intro.may_request(Caller(Role.STARTUP, "startup-a"), "startup-a", hosts)
    assert intro.may_request(Caller(Role.PARTNER, "technopark-rabat"), "startup-a", hosts)
    assert intro.may_request(Caller(Role.ADMIN), "startup-a", hosts)
    assert not intro.may_request(Caller(Role.STARTUP, "startup-z"), "startup-a", hosts)
    assert not intro.may_request(Caller(Role.PARTNER, "marseille-innovation"), "startup-a", hosts)


def test_initial_state_depends_on_a_broker() -> None:
    assert intro.initial_state("org") is State.REQUESTED
    assert intro.initial_state(None) is State.OFFERED


def test_expiry_is_computed_from_the_state_start() -> None:
    start = "2026-01-01T00:00:00.000Z"
    before = datetime(2026, 1, 14, 23, tzinfo=UTC)
    after = datetime(2026, 1, 15, 0, tzinfo=UTC)
    assert intro.effective_state(State.OFFERED, start, before, 14) is State.OFFERED
    assert intro.effective_state(State.OFFERED, start, after, 14) is State.EXPIRED
    assert intro.effective_state(State.REQUESTED, start, after, 14) is State.EXPIRED
    assert intro.effective_state(State.ACCEPTED, start, after, 14) is State.ACCEPTED
    assert intro.expires_at(State.OFFERED, start, 14) == after
    assert intro.expires_at(State.MET, start, 14) is None
    assert intro.expiry_cutoff(after, 14) == start


def test_visibility_double_opt_in() -> None:
    target, requester = {Side.TARGET}, {Side.REQUESTER}
    assert not intro.may_view(target, offered=False)
    assert intro.may_view(target, offered=True)
    assert intro.may_view({Side.BROKER}, offered=False)
    assert not intro.may_view(set(), offered=True)
    assert not intro.sees_requester(target, accepted=False)
    assert intro.sees_requester(target, accepted=True)
    assert not intro.sees_contacts(target, accepted=False)
    assert not intro.sees_contacts(requester, accepted=False)
    assert intro.sees_contacts(target, accepted=True)
    assert intro.sees_contacts(requester, accepted=True)
    assert not intro.sees_contacts({Side.BROKER}, accepted=True)
    assert intro.sees_contacts({Side.ADMIN}, accepted=False)


def test_direction() -> None:
    assert intro.direction("africa", "europe") is Direction.MOROCCO_TO_EUROPE
    assert intro.direction("europe", "africa") is Direction.EUROPE_TO_AFRICA
    assert intro.direction("africa", "africa") is Direction.DOMESTIC
    assert intro.direction(None, "europe") is Direction.DOMESTIC
    assert intro.direction("europe", "africa", requester_diaspora=True) is Direction.DIASPORA
    assert intro.direction("africa", "africa", target_diaspora=True) is Direction.DIASPORA


def test_request_checks() -> None:
    intro.check_request("a", "b", "c", "hello", "fr")
    for args in (
        ("a", "a", None, "hi", "fr"),
        ("a", "b", "a", "hi", "fr"),
        ("a", "b", None, "  ", "fr"),
        ("a", "b", None, "x" * 4001, "fr"),
        ("a", "b", None, "hi", "de"),
    ):
        with pytest.raises(InvalidInput):
            intro.check_request(*args)
    K = intro.PartyKind
    intro.check_kinds(K.STARTUP, K.MENTOR, K.ORGANISATION, True)
    intro.check_kinds(K.STARTUP, K.MENTOR, None, False)
    refused = [
        (None, K.MENTOR, None, False),
        (K.STARTUP, None, None, False),
        (K.STARTUP, K.MENTOR, K.STARTUP, True),
        (K.STARTUP, K.MENTOR, None, True),
    ]
    for kinds in refused:
        with pytest.raises(InvalidInput):
            intro.check_kinds(*kinds)


def test_mentoring_links_only_a_startup_and_a_mentor() -> None:
    K = intro.PartyKind
    assert intro.creates_mentoring(Purpose.MENTORING, K.STARTUP, K.MENTOR)
    assert intro.creates_mentoring(Purpose.MENTORING, K.MENTOR, K.STARTUP)
    assert not intro.creates_mentoring(Purpose.FUNDING, K.STARTUP, K.MENTOR)
    assert not intro.creates_mentoring(Purpose.MENTORING, K.STARTUP, K.ORGANISATION)
