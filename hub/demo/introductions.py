"""Demo introductions in every state and every direction, between the fictional demo profiles.

Replayed through the API's own use cases, as the party who takes each step, with fixed ids and
timestamps; an introduction that exists is left as it is, so loading again changes nothing.
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
from hub.domain.introductions import Action, Outcome, PartyKind
from hub.domain.keys import Caller
from hub.domain.vocabulary import Purpose, Role
from hub.graph.queries import introductions as queries
from hub.graph.store import GraphStore
from hub.services import introductions as use_cases

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
    """Request the introduction and take its steps, each as the party who takes it, through the
    same use cases as the API; False if it existed or a party is missing."""
    intro_id = _id(demo.slug)
    if await queries.get(store, intro_id) is not None:
        return False
    ids = [demo.requester, demo.target, *([demo.broker] if demo.broker else [])]
    found = await queries.parties(store, ids)
    if any(i not in found for i in ids):
        return False
    kinds = {i: _kind(found[i]["labels"]) for i in ids}
    actor = {i: Caller(ROLE[kind], i) for i, kind in kinds.items() if kind is not None}
    start = intro.parse_time(f"{demo.requested or today}T09:00:00.000Z")
    request = use_cases.Request(
        requester_id=demo.requester,
        target_id=demo.target,
        broker_id=demo.broker,
        purpose=demo.purpose,
        message=demo.message,
        language=demo.language,
        demo=True,
    )
    await use_cases.request(
        store,
        settings,
        actor[demo.requester],
        request,
        now=start,
        intro_id=intro_id,
        recorded_at=DEMO_AT,
    )
    for step in demo.steps:
        who = {
            A.APPROVE: demo.broker,
            A.REJECT: demo.broker,
            A.ACCEPT: demo.target,
            A.DECLINE: demo.target,
            A.RECORD_OUTCOME: demo.target,
        }.get(step.action)
        await use_cases.act(
            store,
            settings,
            actor[who or demo.requester],
            intro_id,
            step.action,
            step.note,
            step.outcome,
            now=start + timedelta(days=step.day),
            recorded_at=DEMO_AT,
        )
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
