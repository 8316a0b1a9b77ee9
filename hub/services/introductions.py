"""Requesting and moving introductions (the API and the demo use this): read, let the domain
decide, write ONE guarded statement, and only when the guard refused, read again to say why."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from hub.config import Settings
from hub.domain import consent
from hub.domain import introductions as intro
from hub.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from hub.domain.events import INTRODUCTION_EVENTS, Change, Event
from hub.domain.ids import new_id
from hub.domain.introductions import Action, Outcome, PartyKind, State
from hub.domain.keys import Caller
from hub.domain.vocabulary import Purpose
from hub.graph.queries import introductions as queries
from hub.graph.store import GraphStore, Row, UniqueViolation

MAX_NOTE = 2000


@dataclass(frozen=True)
class Request:
    requester_id: str
    target_id: str
    broker_id: str | None
    purpose: Purpose
    message: str
    language: str
    client_key: str | None = None
    demo: bool = False  # fictional demo data


def _kind(row: Row | None) -> PartyKind | None:
    if row is None:
        return None
    return next((PartyKind(lb) for lb in row["labels"] if lb in set(PartyKind)), None)


def event_for(
    caller: Caller,
    intro_id: str,
    action: Action,
    source: State | None,
    to: State,
    at: str,
    note: str | None,
) -> Row:
    if note is not None and len(note) > MAX_NOTE:
        raise InvalidInput("a note holds at most {max} characters", field="note", max=MAX_NOTE)
    event: Row = {
        "id": new_id(),
        "introduction_id": intro_id,
        "action": action.value,
        "to_state": to.value,
        "at": at,
        "actor_role": caller.role.value if caller.role else "system",
    }
    if source is not None:
        event["from_state"] = source.value
    if caller.entity_id:
        event["actor_id"] = caller.entity_id
    if caller.key_id:
        event["key_id"] = caller.key_id
    if note:
        event["note"] = note
    return event


def logged(
    caller: Caller,
    intro_id: str,
    action: Action,
    source: State | None,
    to: State,
    at: str,
    recorded_at: str | None,
) -> Row:
    """The event log's record of an introduction's move (its state before and after)."""
    before = source.value if source is not None else None
    changed = (Change("state", before, to.value),)
    kind = INTRODUCTION_EVENTS[action]
    event = Event(kind, intro_id, "Introduction", caller, at, changed, recorded_at)
    return event.row(new_id())


def _region(row: Row | None) -> str | None:
    regions = (row or {}).get("regions") or []
    return str(regions[0]) if regions else None


async def request(
    store: GraphStore,
    settings: Settings,
    caller: Caller,
    req: Request,
    *,
    now: datetime | None = None,
    intro_id: str | None = None,
    recorded_at: str | None = None,
) -> Row:
    """A new introduction, waiting for its broker or its target. The demo gives its fixed id,
    when it was requested (`now`) and when that was recorded; by default new, and now."""
    intro.check_request(req.requester_id, req.target_id, req.broker_id, req.message, req.language)
    client_key = f"{req.requester_id}:{req.client_key}" if req.client_key else None
    if client_key:
        existing = await queries.by_client_key(store, client_key)
        if existing is not None:
            return _mine(existing, caller)
    ids = [req.requester_id, req.target_id, *([req.broker_id] if req.broker_id else [])]
    found = await queries.parties(store, ids)
    for field, pid in (
        ("requesterId", req.requester_id),
        ("targetId", req.target_id),
        ("brokerId", req.broker_id),
    ):
        # consent: a target or broker the caller may not see does not exist for it
        hidden = (
            field != "requesterId"
            and pid in found
            and not consent.may_see_profile(caller, pid, found[pid].get("seen"))
        )
        if pid is not None and (pid not in found or hidden):
            raise NotFound("no startup, mentor or organisation with id {id}", field=field, id=pid)
    requester, target = found[req.requester_id], found[req.target_id]
    broker = found.get(req.broker_id) if req.broker_id else None
    r_kind, t_kind, b_kind = _kind(requester), _kind(target), _kind(broker)
    intro.check_kinds(r_kind, t_kind, b_kind, req.broker_id is not None)
    assert r_kind is not None and t_kind is not None
    if not intro.may_request(caller, req.requester_id, requester["hosts"]):
        raise Forbidden("this key may not request introductions for {id}", id=req.requester_id)

    now = now or datetime.now(UTC)
    at, cutoff = intro.iso(now), intro.expiry_cutoff(now, settings.introduction_expiry_days)
    state = intro.initial_state(req.broker_id)
    direction = intro.direction(
        _region(requester), _region(target), requester["diaspora"], target["diaspora"]
    )
    intro_id = intro_id or new_id()
    props: Row = {
        "id": intro_id,
        "state": state.value,
        "state_at": at,
        "created_at": recorded_at or at,
        "requested_at": at,
        "updated_at": at,
        "purpose": req.purpose.value,
        "message": req.message,
        "language": req.language,
        "direction": direction.value,
        "requester_id": req.requester_id,
        "requester_kind": r_kind.value,
        "target_id": req.target_id,
        "target_kind": t_kind.value,
    }
    if state is State.OFFERED:
        props["offered_at"] = at
    if req.broker_id and b_kind:
        props.update(broker_id=req.broker_id, broker_kind=b_kind.value)
    if client_key:
        props["client_key"] = client_key
    if req.demo:
        props["demo"] = True
    mentor = None
    if intro.creates_mentoring(req.purpose, r_kind, t_kind):
        mentor = "r" if r_kind is PartyKind.MENTOR else "t"
    event = event_for(caller, intro_id, Action.REQUEST, None, state, at, None)
    try:
        row = await queries.create(
            store,
            props,
            event,
            logged(caller, intro_id, Action.REQUEST, None, state, at, recorded_at),
            broker_id=req.broker_id,
            cutoff=cutoff,
            max_pending=settings.max_pending_per_target,
            mentor=mentor,
        )
    except UniqueViolation:  # the same client key, sent concurrently
        row = await queries.by_client_key(store, client_key) if client_key else None
        if row is None:
            raise
    if row is not None:
        return row
    return await _refused(store, settings, caller, req, client_key, cutoff, mentor)


async def _refused(
    store: GraphStore,
    settings: Settings,
    caller: Caller,
    req: Request,
    client_key: str | None,
    cutoff: str,
    mentor: str | None,
) -> Row:
    if client_key and (existing := await queries.by_client_key(store, client_key)):
        return _mine(existing, caller)
    why = await queries.diagnose(store, req.requester_id, req.target_id, req.purpose, cutoff)
    if why["open"]:
        raise Conflict(
            "an open introduction between these parties for this purpose exists: {existing}",
            existing=why["open"][0],
        )
    if why["pending"] >= settings.max_pending_per_target:
        raise Conflict(
            "{id} already has {count} pending introduction requests",
            id=req.target_id,
            count=why["pending"],
        )
    if mentor is not None:
        room = why["requester_room"] if mentor == "r" else why["target_room"]
        if room <= 0:
            mentor_id = req.requester_id if mentor == "r" else req.target_id
            raise Conflict("mentor {id} has no free mentoring capacity", id=mentor_id)
    raise Conflict("the introduction changed meanwhile; try again")


def _mine(row: Row, caller: Caller) -> Row:
    """A re-sent client key returns the introduction, to those who may request for it."""
    if not intro.may_request(caller, row["requester_id"], row.get("requester_hosts") or ()):
        raise Forbidden("this key may not request introductions for {id}", id=row["requester_id"])
    return row


def changes_for(action: Action, to: State, at: str, outcome: Outcome | None) -> Row:
    """The properties a transition sets on the introduction."""
    changes: Row = {"state": to.value, "state_at": at, "updated_at": at}
    if to in intro.STAMPS:
        changes[intro.STAMPS[to]] = at
    if action in (Action.ACCEPT, Action.DECLINE):
        changes["answered_at"] = at
    if action in (Action.APPROVE, Action.REJECT):
        changes["reviewed_at"] = at
    if outcome is not None:
        changes["outcome"] = outcome.value
    return changes


def parties_of(row: Row) -> intro.Parties:
    return intro.Parties(
        row["requester_id"],
        row["target_id"],
        row.get("broker_id"),
        frozenset(row.get("requester_hosts") or ()),
    )


async def act(
    store: GraphStore,
    settings: Settings,
    caller: Caller,
    intro_id: str,
    action: Action,
    note: str | None = None,
    outcome: Outcome | None = None,
    *,
    now: datetime | None = None,
    recorded_at: str | None = None,
) -> Row:
    """The caller's action on the introduction (review, answer, withdraw, meet, outcome), if
    its side may take it in the state the introduction is in `now`."""
    row = await queries.get(store, intro_id)
    sides = intro.sides_of(caller, parties_of(row)) if row else frozenset()
    if row is None or not intro.may_view(sides, row.get("offered_at") is not None):
        raise NotFound("no introduction with id {id}", id=intro_id)
    now = now or datetime.now(UTC)
    days = settings.introduction_expiry_days
    state = intro.effective_state(State(row["state"]), row["state_at"], now, days)
    to = intro.decide(action, state, sides, intro_id)
    at = intro.iso(now)
    changes = changes_for(action, to, at, outcome)
    mentoring = None
    r_kind, t_kind = PartyKind(row["requester_kind"]), PartyKind(row["target_kind"])
    if action is Action.ACCEPT and intro.creates_mentoring(Purpose(row["purpose"]), r_kind, t_kind):
        mentoring = ("r", "t") if r_kind is PartyKind.MENTOR else ("t", "r")
    event = event_for(caller, intro_id, action, state, to, at, note)
    cutoff = intro.expiry_cutoff(now, days)
    moved = await queries.transition(
        store,
        intro_id,
        [state.value],
        changes,
        event,
        logged(caller, intro_id, action, state, to, at, recorded_at),
        cutoff=cutoff,
        mentoring=mentoring,
        created_at=recorded_at,
    )
    if moved is not None:
        return moved
    again = await queries.get(store, intro_id)
    if again is None:
        raise NotFound("no introduction with id {id}", id=intro_id)
    now_state = intro.effective_state(State(again["state"]), again["state_at"], now, days)
    if now_state is not state:
        raise Conflict(
            "introduction {id} changed meanwhile: it is now {state}",
            id=intro_id,
            state=now_state,
        )
    if mentoring is not None:
        mentor_id = row["requester_id"] if mentoring[0] == "r" else row["target_id"]
        raise Conflict("mentor {id} has no free mentoring capacity", id=mentor_id)
    raise Conflict("introduction {id} changed meanwhile; try again", id=intro_id)
