"""Synthetic introductions (every state, expired ones included) and settlement journeys (active
and completed, steps in every status), built with the flows' own property and event shapes."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from hub.domain.introductions import Action, Direction, Outcome, State
from hub.domain.keys import Caller
from hub.domain.settlement import StepStatus
from hub.domain.vocabulary import Purpose, Role
from hub.graph.names import Label, RelType
from hub.services.introductions import changes_for, event_for
from hub.synth.profiles import Sizes, mentor_id, org_id, startup_id

_NS = uuid.UUID("5e7e0000-0000-4000-8000-000000000007")
A, S = Action, State
#: How an introduction reached each state: (action, state) after the request.
PATHS: dict[State, tuple[tuple[Action, State], ...]] = {
    S.REQUESTED: (),
    S.OFFERED: (),
    S.BROKER_DECLINED: ((A.REJECT, S.BROKER_DECLINED),),
    S.ACCEPTED: ((A.ACCEPT, S.ACCEPTED),),
    S.DECLINED: ((A.DECLINE, S.DECLINED),),
    S.MET: ((A.ACCEPT, S.ACCEPTED), (A.MEET, S.MET)),
    S.CONCLUDED: ((A.ACCEPT, S.ACCEPTED), (A.MEET, S.MET), (A.RECORD_OUTCOME, S.CONCLUDED)),
    S.WITHDRAWN: ((A.WITHDRAW, S.WITHDRAWN),),
}
STATES = [*PATHS, S.EXPIRED]  # expired: a waiting one whose date is past the expiry cutoff


def sid(kind: str, *parts: object) -> str:
    return str(uuid.uuid5(_NS, "/".join([kind, *map(str, parts)])))


@dataclass
class Activity:
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    links: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=dict)

    def node(self, label: str, props: dict[str, Any]) -> None:
        self.nodes.setdefault(label, []).append({"id": props["id"], "props": props})

    def link(self, key: tuple[str, str, str], a: str, b: str, at: str) -> None:
        row = {"source": a, "target": b, "props": {"created_at": at}}
        self.links.setdefault(key, []).append(row)


def _party(rng: random.Random, sizes: Sizes) -> tuple[str, str]:
    pick = rng.random()
    if pick < 0.6:
        return startup_id(rng.randrange(sizes.startups)), "Startup"
    if pick < 0.85:
        return mentor_id(rng.randrange(sizes.mentors)), "Mentor"
    return org_id(rng.randrange(sizes.organisations)), "Organisation"


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _introduction(out: Activity, rng: random.Random, sizes: Sizes, i: int, today: datetime) -> None:
    state = STATES[i % len(STATES)]
    (requester, r_kind), (target, t_kind) = _party(rng, sizes), _party(rng, sizes)
    if requester == target:
        return
    brokered = state in (S.REQUESTED, S.BROKER_DECLINED) or rng.random() < 0.3
    if state is S.EXPIRED:
        start, final = today - timedelta(days=rng.randint(40, 400)), S.OFFERED
    elif state in (S.REQUESTED, S.OFFERED):
        start, final = today - timedelta(days=rng.randint(0, 10)), state
    else:
        start, final = today - timedelta(days=rng.randint(30, 700)), state
    intro_id, at = sid("introduction", i), _iso(start)
    first = S.REQUESTED if brokered else S.OFFERED
    props: dict[str, Any] = {
        "id": intro_id,
        "state": first.value,
        "state_at": at,
        "created_at": at,
        "updated_at": at,
        "purpose": rng.choice(list(Purpose)).value,
        "message": f"Introduction synthétique {i}",
        "language": rng.choice(["fr", "en", "ar"]),
        "direction": rng.choice(list(Direction)).value,
        "requester_id": requester,
        "requester_kind": r_kind,
        "target_id": target,
        "target_kind": t_kind,
    }
    broker = org_id(rng.randrange(sizes.organisations)) if brokered else None
    if broker:
        props.update(broker_id=broker, broker_kind="Organisation")
    else:
        props["offered_at"] = at
    steps = list(PATHS[final])
    if brokered and final not in (S.REQUESTED, S.BROKER_DECLINED):
        steps.insert(0, (A.APPROVE, S.OFFERED))
    caller = Caller(role=Role.ADMIN)
    events = [event_for(caller, intro_id, A.REQUEST, None, first, at, None)]
    source, moment = first, start
    for action, to in steps:
        moment += timedelta(days=rng.randint(1, 9))
        outcome = rng.choice(list(Outcome)) if action is A.RECORD_OUTCOME else None
        props.update(changes_for(action, to, _iso(moment), outcome))
        events.append(event_for(caller, intro_id, action, source, to, _iso(moment), None))
        source = to
    out.node(Label.INTRODUCTION, props)
    out.link((RelType.REQUESTED_BY, Label.INTRODUCTION, r_kind), intro_id, requester, at)
    out.link((RelType.TARGETS_PARTY, Label.INTRODUCTION, t_kind), intro_id, target, at)
    if broker:
        out.link(
            (RelType.BROKERED_BY, Label.INTRODUCTION, Label.ORGANISATION), intro_id, broker, at
        )
    for n, event in enumerate(events):
        # Numbered when loaded, after the graph's own events (hub.synth.load).
        event.update(id=sid("event", i, n), created_at=event["at"])
        out.node(Label.INTRODUCTION_EVENT, event)
        out.link(
            (RelType.OF, Label.INTRODUCTION_EVENT, Label.INTRODUCTION),
            event["id"],
            intro_id,
            event["at"],
        )


def _journey(
    out: Activity,
    rng: random.Random,
    i: int,
    template: dict[str, Any],
    steps: list[dict[str, Any]],
    today: datetime,
) -> None:
    startup, start = startup_id(i), today - timedelta(days=rng.randint(20, 500))
    jid, at = sid("journey", i), _iso(start)
    completed = i % 4 == 3
    done = len(steps) if completed else rng.randint(0, len(steps) - 1)
    destination = template.get("city") or template["country"]
    status = "completed" if completed else "active"
    journey = {
        "id": jid,
        "status": status,
        "started_at": at,
        "created_at": at,
        "updated_at": at,
        "template_version": template["version"],
    }
    if completed:
        journey["completed_at"] = _iso(start + timedelta(days=90))
    else:
        journey["active_key"] = f"{startup}/{destination}"
    out.node(Label.SETTLEMENT_JOURNEY, journey)
    out.link((RelType.FOR_STARTUP, Label.SETTLEMENT_JOURNEY, Label.STARTUP), jid, startup, at)
    place = Label.CITY if template.get("city") else Label.COUNTRY
    out.link((RelType.TO, Label.SETTLEMENT_JOURNEY, place), jid, destination, at)
    out.link(
        (RelType.USES, Label.SETTLEMENT_JOURNEY, Label.SETTLEMENT_TEMPLATE), jid, template["id"], at
    )
    for n, step in enumerate(steps):
        status = StepStatus.DONE if n < done else StepStatus.TODO
        if n < done and rng.random() < 0.1:
            status = StepStatus.SKIPPED
        elif n == done:
            status = [StepStatus.IN_PROGRESS, StepStatus.BLOCKED, StepStatus.TODO][i % 3]
        row: dict[str, Any] = {
            "id": sid("step", i, n),
            "key": step["key"],
            "status": status.value,
            "version": 0 if n > done else 1,
            "created_at": at,
        }
        if status in (StepStatus.BLOCKED, StepStatus.SKIPPED):
            row["reason"] = "Synthetic: waiting for a document" if n == done else "Not needed"
        if status is StepStatus.DONE:
            row["done_at"] = _iso(start + timedelta(days=n + 1))
        out.node(Label.SETTLEMENT_STEP, row)
        out.link(
            (RelType.IN_JOURNEY, Label.SETTLEMENT_STEP, Label.SETTLEMENT_JOURNEY),
            row["id"],
            jid,
            at,
        )
        out.link(
            (RelType.INSTANCE_OF, Label.SETTLEMENT_STEP, Label.TEMPLATE_STEP),
            row["id"],
            step["id"],
            at,
        )


def activity_rows(
    sizes: Sizes, seed: int, today: datetime, templates: list[tuple[dict[str, Any], list[Any]]]
) -> Activity:
    """`templates`: (template, its steps in order) for each template journeys may use."""
    rng, out = random.Random(seed + 1), Activity()
    for i in range(max(len(STATES), sizes.startups // 5)):
        _introduction(out, rng, sizes, i, today)
    for i in range(min(sizes.startups, max(4, sizes.startups // 20))):
        template, steps = templates[i % len(templates)]
        _journey(out, rng, i, template, steps, today)
    return out
