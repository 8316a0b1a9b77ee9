"""Introductions: the brokered double opt-in state machine, who may move it, direction, expiry.

Pure: the API reads the introduction, asks `decide()` whether the caller may take an action from
the state it is effectively in, then runs ONE guarded statement (the graph re-checks the state).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from hub.domain.errors import Conflict, Forbidden, InvalidInput
from hub.domain.keys import Caller
from hub.domain.vocabulary import Language, Purpose, Region, Role


class State(StrEnum):
    REQUESTED = "requested"  # waiting for the named broker
    BROKER_DECLINED = "broker_declined"
    OFFERED = "offered"  # waiting for the target
    ACCEPTED = "accepted"
    DECLINED = "declined"
    MET = "met"
    CONCLUDED = "concluded"  # an outcome is recorded
    EXPIRED = "expired"  # no answer in time: stored by the worker, computed on read until then
    WITHDRAWN = "withdrawn"


#: States that wait for an answer and so can expire.
WAITING = frozenset({State.REQUESTED, State.OFFERED})
#: Open: the two parties are (still) being introduced for this purpose.
OPEN = frozenset({State.REQUESTED, State.OFFERED, State.ACCEPTED, State.MET})
#: The target has said yes: the double opt-in is complete.
SHARED = frozenset({State.ACCEPTED, State.MET, State.CONCLUDED})


class Action(StrEnum):
    REQUEST = "request"
    APPROVE = "approve"
    REJECT = "reject"  # the broker declines
    ACCEPT = "accept"
    DECLINE = "decline"
    MEET = "meet"
    RECORD_OUTCOME = "record_outcome"
    WITHDRAW = "withdraw"
    EXPIRE = "expire"  # the hub's own, when nobody answered in time (no caller may take it)


class Side(StrEnum):
    """The parts a caller can play in one introduction."""

    REQUESTER = "requester"  # the requester's own key, or a partner of its host organisation
    BROKER = "broker"
    TARGET = "target"
    ADMIN = "admin"


class Outcome(StrEnum):
    PARTNERSHIP = "partnership"
    CONTRACT = "contract"
    INVESTMENT = "investment"
    HIRE = "hire"
    SETTLED = "settled"
    NO_FOLLOW_UP = "no_follow_up"


class Direction(StrEnum):
    MOROCCO_TO_EUROPE = "morocco_to_europe"
    EUROPE_TO_AFRICA = "europe_to_africa"
    DIASPORA = "diaspora"
    DOMESTIC = "domestic"


class PartyKind(StrEnum):
    STARTUP = "Startup"
    MENTOR = "Mentor"
    ORGANISATION = "Organisation"


@dataclass(frozen=True)
class Transition:
    sources: frozenset[State]
    target: State
    sides: frozenset[Side]


def _t(sources: Collection[State], target: State, *sides: Side) -> Transition:
    return Transition(frozenset(sources), target, frozenset(sides))


TRANSITIONS: dict[Action, Transition] = {
    Action.APPROVE: _t({State.REQUESTED}, State.OFFERED, Side.BROKER),
    Action.REJECT: _t({State.REQUESTED}, State.BROKER_DECLINED, Side.BROKER),
    Action.ACCEPT: _t({State.OFFERED}, State.ACCEPTED, Side.TARGET),
    Action.DECLINE: _t({State.OFFERED}, State.DECLINED, Side.TARGET),
    Action.MEET: _t({State.ACCEPTED}, State.MET, Side.REQUESTER, Side.TARGET),
    Action.RECORD_OUTCOME: _t(
        {State.MET}, State.CONCLUDED, Side.REQUESTER, Side.TARGET, Side.BROKER
    ),
    Action.WITHDRAW: _t(
        {State.REQUESTED, State.OFFERED, State.ACCEPTED}, State.WITHDRAWN, Side.REQUESTER
    ),
    # No party's: the hub's worker makes it (hub.services.jobs) once nobody answered in time.
    Action.EXPIRE: _t({State.REQUESTED, State.OFFERED}, State.EXPIRED),
}

#: The timestamp property each state's arrival sets (for stats and visibility).
STAMPS: dict[State, str] = {
    State.OFFERED: "offered_at",
    State.ACCEPTED: "accepted_at",
    State.DECLINED: "answered_at",
    State.BROKER_DECLINED: "reviewed_at",
    State.MET: "met_at",
    State.CONCLUDED: "concluded_at",
    State.WITHDRAWN: "withdrawn_at",
}


@dataclass(frozen=True)
class Parties:
    requester_id: str
    target_id: str
    broker_id: str | None = None
    requester_hosts: frozenset[str] = frozenset()


def initial_state(broker_id: str | None) -> State:
    return State.REQUESTED if broker_id else State.OFFERED


def sides_of(caller: Caller, parties: Parties) -> frozenset[Side]:
    sides: set[Side] = set()
    if caller.role is Role.ADMIN:
        sides.add(Side.ADMIN)
    me = caller.entity_id
    if me is None:
        return frozenset(sides)
    if me == parties.requester_id or (
        caller.role is Role.PARTNER and me in parties.requester_hosts
    ):
        sides.add(Side.REQUESTER)
    if me == parties.target_id:
        sides.add(Side.TARGET)
    if parties.broker_id is not None and me == parties.broker_id:
        sides.add(Side.BROKER)
    return frozenset(sides)


def may_request(caller: Caller, requester_id: str, requester_hosts: Collection[str]) -> bool:
    parties = Parties(requester_id, "", None, frozenset(requester_hosts))
    return bool(sides_of(caller, parties) & {Side.REQUESTER, Side.ADMIN})


def decide(action: Action, state: State, sides: Collection[Side], intro_id: str) -> State:
    """The state `action` leads to from `state` (effective, expiry applied); refuses otherwise.

    Rights first (Forbidden), then the state (Conflict): an outsider learns nothing of the state.
    """
    rule = TRANSITIONS[action]
    if Side.ADMIN not in sides and not rule.sides & set(sides):
        raise Forbidden("this key may not {action} introduction {id}", action=action, id=intro_id)
    if state not in rule.sources:
        raise Conflict(
            "introduction {id} is {state}: this action ({action}) is not possible now",
            id=intro_id,
            state=state,
            action=action,
        )
    return rule.target


def effective_state(state: State, state_at: str, now: datetime, expiry_days: int) -> State:
    if state in WAITING and parse_time(state_at) + timedelta(days=expiry_days) <= now:
        return State.EXPIRED
    return state


def expires_at(state: State, state_at: str, expiry_days: int) -> datetime | None:
    if state not in WAITING:
        return None
    return parse_time(state_at) + timedelta(days=expiry_days)


def expiry_cutoff(now: datetime, expiry_days: int) -> str:
    """Waiting introductions whose state began before this are expired (ISO text compares)."""
    return iso(now - timedelta(days=expiry_days))


def may_view(sides: Collection[Side], offered: bool) -> bool:
    """The target sees an introduction only once it is offered to them."""
    if {Side.ADMIN, Side.REQUESTER, Side.BROKER} & set(sides):
        return True
    return Side.TARGET in sides and offered


def sees_requester(sides: Collection[Side], accepted: bool) -> bool:
    """Until the target accepts, the target sees only an anonymised profile of the requester."""
    return bool({Side.ADMIN, Side.REQUESTER, Side.BROKER} & set(sides)) or accepted


def sees_contacts(sides: Collection[Side], accepted: bool) -> bool:
    """Contact details: to the two parties once both said yes (and to admins)."""
    if Side.ADMIN in sides:
        return True
    return accepted and bool({Side.REQUESTER, Side.TARGET} & set(sides))


def direction(
    requester_region: str | None,
    target_region: str | None,
    requester_diaspora: bool = False,
    target_diaspora: bool = False,
) -> Direction:
    if requester_diaspora or target_diaspora:
        return Direction.DIASPORA
    if requester_region == Region.AFRICA and target_region == Region.EUROPE:
        return Direction.MOROCCO_TO_EUROPE
    if requester_region == Region.EUROPE and target_region == Region.AFRICA:
        return Direction.EUROPE_TO_AFRICA
    return Direction.DOMESTIC


MAX_MESSAGE = 4000


def check_request(
    requester_id: str, target_id: str, broker_id: str | None, message: str, language: str
) -> None:
    if requester_id == target_id:
        raise InvalidInput("an introduction needs two different parties", field="targetId")
    if broker_id is not None and broker_id in (requester_id, target_id):
        raise InvalidInput("the broker must be a third party", field="brokerId")
    if not message.strip() or len(message) > MAX_MESSAGE:
        raise InvalidInput(
            "the message must hold 1 to {max} characters", field="message", max=MAX_MESSAGE
        )
    if language not in {lang.value for lang in Language}:
        raise InvalidInput("unsupported language {value}", field="language", value=language)


def check_kinds(
    requester: PartyKind | None,
    target: PartyKind | None,
    broker: PartyKind | None,
    broker_named: bool,
) -> None:
    if requester is None:
        raise InvalidInput(
            "the requester must be a startup, mentor or organisation", field="requesterId"
        )
    if target is None:
        raise InvalidInput("the target must be a startup, mentor or organisation", field="targetId")
    if broker_named and broker not in (PartyKind.ORGANISATION, PartyKind.MENTOR):
        raise InvalidInput("the broker must be an organisation or a mentor", field="brokerId")


def creates_mentoring(purpose: Purpose, requester: PartyKind, target: PartyKind) -> bool:
    """Accepting a mentoring introduction between a startup and a mentor makes them mentor and
    mentee (only if the mentor has free capacity)."""
    kinds = {requester, target}
    return purpose is Purpose.MENTORING and kinds == {PartyKind.STARTUP, PartyKind.MENTOR}


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def days_between(start: str, end: str) -> float:
    return (parse_time(end) - parse_time(start)).total_seconds() / 86400
