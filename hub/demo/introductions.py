"""Demo introductions in every state and every direction, between the fictional demo profiles.

Replayed through the API's own statements (one guarded statement per transition) with fixed ids
and timestamps; an introduction that exists is left as it is, so loading again changes nothing.
The two still waiting for an answer are dated on the day they are first loaded (fixed after
that): with fixed past dates they would read as expired.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from hub.config import Settings
from hub.demo.graph import DEMO_AT
from hub.domain import introductions as intro
from hub.domain.introductions import Action, Outcome, PartyKind, Side, State
from hub.domain.keys import Caller
from hub.domain.vocabulary import Purpose, Role
from hub.graph.queries import introductions as queries
from hub.graph.store import GraphStore
from hub.services import introductions as flow

_NS = uuid.UUID("1e7d0c00-0000-4000-8000-000000000003")
A, P, OUT = Action, Purpose, Outcome
MI, CASA = "marseille-innovation", "technopark-casablanca"
ROLE = {
    PartyKind.STARTUP: Role.STARTUP,
    PartyKind.MENTOR: Role.MENTOR,
    PartyKind.ORGANISATION: Role.PARTNER,
}


@dataclass(frozen=True)
class Step:
    action: Action
    day: int  # days after the request
    note: str | None = None
    outcome: Outcome | None = None


@dataclass(frozen=True)
class DemoIntroduction:
    slug: str
    requester: str
    target: str
    broker: str | None
    purpose: Purpose
    language: str
    message: str
    requested: str | None  # ISO day; None: the day of the first load (still waiting)
    steps: tuple[Step, ...] = ()


D = DemoIntroduction
OUTCOME_STEPS = (Step(A.ACCEPT, 3), Step(A.MEET, 15, "Rencontre au Technopark"))
DEMO: tuple[DemoIntroduction, ...] = (
    D(
        "casa-arena-julien",
        "demo-casa-arena",
        "demo-mentor-julien-p",
        MI,
        P.MENTORING,
        "fr",
        "Nous cherchons un mentor pour préparer notre entrée sur le marché français.",
        "2025-09-01",
        (
            Step(A.APPROVE, 2, "Bon profil"),
            *OUTCOME_STEPS,
            Step(A.RECORD_OUTCOME, 60, "Mentorat en cours", OUT.PARTNERSHIP),
        ),
    ),
    D(
        "medinapay-mi",
        "demo-medinapay",
        MI,
        CASA,
        P.SETTLEMENT_SUPPORT,
        "fr",
        "Nous voulons ouvrir un bureau à Marseille en 2026.",
        "2025-10-06",
        (Step(A.APPROVE, 1), *OUTCOME_STEPS),
    ),
    D(
        "cyberatlas-phocee",
        "demo-cyberatlas",
        "demo-phocee-logistique",
        None,
        P.PARTNERSHIP,
        "en",
        "Security audits for your logistics platform?",
        "2025-11-03",
        (Step(A.ACCEPT, 4),),
    ),
    D(
        "calanques-tanjaflow",
        "demo-calanques-cloud",
        "demo-tanjaflow",
        None,
        P.MARKET_ACCESS,
        "fr",
        "Hébergement cloud souverain pour vos flux portuaires ?",
        "2025-05-12",
        (Step(A.DECLINE, 6, "Pas le bon moment"),),
    ),
    D(
        "massilia-chifa",
        "demo-massilia-sante",
        "demo-chifa-connect",
        "metropole-aix-marseille-provence",
        P.PARTNERSHIP,
        "fr",
        "Télémédecine entre Marseille et Tanger.",
        "2025-07-07",
        (Step(A.REJECT, 5, "Hors du périmètre de la convention"),),
    ),
    D(
        "vieux-port-rabat",
        "demo-vieux-port-studio",
        "technopark-rabat",
        None,
        P.MARKET_ACCESS,
        "fr",
        "Présenter notre studio aux startups de Rabat.",
        "2025-04-14",
        (Step(A.WITHDRAW, 9, "Projet reporté"),),
    ),
    D(
        "atlas-beldi-casa",
        "demo-atlas-beldi",
        CASA,
        MI,
        P.SETTLEMENT_SUPPORT,
        "fr",
        "Fondateurs de la diaspora : nous voulons nous installer au Technopark.",
        "2025-02-03",
        (
            Step(A.APPROVE, 2),
            *OUTCOME_STEPS,
            Step(A.RECORD_OUTCOME, 90, "Installés à Casablanca", OUT.SETTLED),
        ),
    ),
    D(
        "mistral-chamsi",
        "demo-mistral-solaire",
        "demo-chamsi-energie",
        None,
        P.PARTNERSHIP,
        "fr",
        "Onduleurs solaires : co-développement ?",
        "2025-03-10",
        (*OUTCOME_STEPS, Step(A.RECORD_OUTCOME, 75, None, OUT.CONTRACT)),
    ),
    D(
        "arganalytica-angels",
        "demo-arganalytica",
        "demo-diaspora-angels",
        "technopark-agadir",
        P.FUNDING,
        "fr",
        "Levée d'amorçage pour notre analytique agricole.",
        "2025-06-02",
        (Step(A.APPROVE, 3), *OUTCOME_STEPS, Step(A.RECORD_OUTCOME, 40, None, OUT.NO_FOLLOW_UP)),
    ),
    D(
        "phocee-kafaa",
        "demo-phocee-logistique",
        "demo-kafaa-ai",
        None,
        P.TALENT,
        "en",
        "We are hiring two data engineers in Casablanca.",
        "2025-08-18",
        (*OUTCOME_STEPS, Step(A.RECORD_OUTCOME, 30, None, OUT.HIRE)),
    ),
    D(
        "zellige-mediterranee",
        "demo-zellige-digital",
        "demo-mediterranee-conseil",
        None,
        P.MARKET_ACCESS,
        "ar",
        "نبحث عن شريك لدخول السوق الفرنسية.",
        "2025-06-01",
    ),  # expires
    D(
        "wouri-karim",
        "demo-wouri-connect",
        "demo-mentor-karim-h",
        None,
        P.MENTORING,
        "fr",
        "Fondateur camerounais à Marseille, je cherche un mentor fintech.",
        None,
    ),  # offered
    D(
        "madrasti-leila",
        "demo-madrasti",
        "demo-mentor-leila-b",
        "technopark-rabat",
        P.MENTORING,
        "ar",
        "نبحث عن مرشدة في التعليم الرقمي.",
        None,
    ),  # requested
)


def _id(slug: str) -> str:
    return str(uuid.uuid5(_NS, slug))


def _kind(labels: list[str]) -> PartyKind | None:
    return next((PartyKind(lb) for lb in labels if lb in set(PartyKind)), None)


async def replay(store: GraphStore, demo: DemoIntroduction, today: str, settings: Settings) -> bool:
    """Create the introduction and apply its steps; False if it existed or a party is missing."""
    intro_id = _id(demo.slug)
    if await queries.get(store, intro_id) is not None:
        return False
    ids = [demo.requester, demo.target, *([demo.broker] if demo.broker else [])]
    found = await queries.parties(store, ids)
    if any(i not in found for i in ids):
        return False
    requester, target = found[demo.requester], found[demo.target]
    r_kind, t_kind = _kind(requester["labels"]), _kind(target["labels"])
    assert r_kind is not None and t_kind is not None
    start = intro.parse_time(f"{demo.requested or today}T09:00:00.000Z")
    at = intro.iso(start)
    state = intro.initial_state(demo.broker)
    regions = (requester["regions"] or [None])[0], (target["regions"] or [None])[0]
    props = {
        "id": intro_id,
        "state": state.value,
        "state_at": at,
        "created_at": DEMO_AT,
        "requested_at": at,
        "updated_at": at,
        "purpose": demo.purpose.value,
        "message": demo.message,
        "language": demo.language,
        "direction": intro.direction(*regions, requester["diaspora"], target["diaspora"]).value,
        "requester_id": demo.requester,
        "requester_kind": r_kind.value,
        "target_id": demo.target,
        "target_kind": t_kind.value,
        "demo": True,
    }
    if state is State.OFFERED:
        props["offered_at"] = at
    if demo.broker:
        b_kind = _kind(found[demo.broker]["labels"])
        assert b_kind is not None
        props.update(broker_id=demo.broker, broker_kind=b_kind.value)
    actor = {
        demo.requester: Caller(ROLE[r_kind], demo.requester),
        demo.target: Caller(ROLE[t_kind], demo.target),
    }
    if demo.broker:
        actor[demo.broker] = Caller(Role.PARTNER, demo.broker)
    event = flow.event_for(actor[demo.requester], intro_id, Action.REQUEST, None, state, at, None)
    days = settings.introduction_expiry_days
    mentor = None
    if intro.creates_mentoring(demo.purpose, r_kind, t_kind):
        mentor = "r" if r_kind is PartyKind.MENTOR else "t"
    cutoff = intro.expiry_cutoff(start, days)
    if not await queries.create(
        store,
        props,
        event,
        broker_id=demo.broker,
        cutoff=cutoff,
        max_pending=settings.max_pending_per_target,
        mentor=mentor,
    ):
        raise RuntimeError(f"demo introduction {demo.slug} could not be requested")
    for step in demo.steps:
        when = start + timedelta(days=step.day)
        to = intro.decide(step.action, state, {Side.ADMIN}, intro_id)
        who = {
            A.APPROVE: demo.broker,
            A.REJECT: demo.broker,
            A.ACCEPT: demo.target,
            A.DECLINE: demo.target,
            A.RECORD_OUTCOME: demo.target,
        }.get(step.action)
        caller = actor[who or demo.requester]
        mentoring = None
        if step.action is A.ACCEPT and mentor is not None:
            mentoring = ("r", "t") if mentor == "r" else ("t", "r")
        changes = flow.changes_for(step.action, to, intro.iso(when), step.outcome)
        event = flow.event_for(caller, intro_id, step.action, state, to, intro.iso(when), step.note)
        moved = await queries.transition(
            store,
            intro_id,
            [state.value],
            changes,
            event,
            cutoff=intro.expiry_cutoff(when, days),
            mentoring=mentoring,
            created_at=DEMO_AT,
        )
        if moved is None:
            raise RuntimeError(f"demo introduction {demo.slug}: {step.action} was refused")
        state = to
    return True


async def load_introductions(store: GraphStore) -> dict[str, int]:
    """The demo loader step. Reports what is present, so loading twice reports the same."""
    settings = Settings()
    today = datetime.now(UTC).strftime("%Y-%m-%d")
    for demo in DEMO:
        await replay(store, demo, today, settings)
    found = await queries.footprint(store, [_id(d.slug) for d in DEMO])
    return {
        "introductions": found["introductions"],
        "introduction_events": found["events"],
        "relationships": found["relationships"],
    }
