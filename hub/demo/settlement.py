"""Demo settlement journeys at different stages, in Marseille and in Technopark cities.

Replayed through the same statements as the API, with fixed ids and timestamps, so running the
demo again changes nothing (a journey that exists is left as it is).
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.demo.graph import DEMO_AT, REFERENCE_AT
from hub.domain.errors import Conflict
from hub.domain.keys import Caller
from hub.domain.settlement import StepStatus
from hub.domain.vocabulary import Role
from hub.graph.queries import settlement as queries
from hub.graph.store import GraphStore
from hub.services import settlement
from hub.services.settlement import StepChange, install_templates

S = StepStatus
MI, CASA = "marseille-innovation", "technopark-casablanca"


@dataclass(frozen=True)
class Change:
    key: str
    status: StepStatus
    at: str  # ISO timestamp
    reason: str | None = None
    helper: str | None = None


@dataclass(frozen=True)
class DemoJourney:
    id: str
    startup: str
    destination: str
    template: str
    started_at: str
    changes: tuple[Change, ...]


def _done(at: str, *keys: str, helper: str | None = None) -> tuple[Change, ...]:
    return tuple(Change(k, S.DONE, at, helper=helper) for k in keys)


def _at(day: str) -> str:
    return f"{day}T09:00:00.000Z"


FR, MA = "france-marseille-v1", "morocco-technopark-v1"
JOURNEYS = (
    DemoJourney(
        "demo-journey-kafaa-marseille",
        "demo-kafaa-ai",
        "marseille",
        FR,
        _at("2025-03-03"),
        (
            *_done(_at("2025-03-10"), "domiciliation", helper=MI),
            *_done(_at("2025-03-24"), "ftv-eligibility", helper=MI),
            *_done(_at("2025-03-28"), "statutes"),
            *_done(_at("2025-04-04"), "capital-deposit", "legal-notice", "innovation-attestation"),
            *_done(_at("2025-04-08"), "inpi-filing"),
            Change("kbis-siren", S.IN_PROGRESS, _at("2025-04-09")),
            Change("talent-passport", S.IN_PROGRESS, _at("2025-04-10")),
        ),
    ),
    DemoJourney(
        "demo-journey-medinapay-marseille",
        "demo-medinapay",
        "marseille",
        FR,
        _at("2025-09-15"),
        (
            Change(
                "ftv-eligibility",
                S.BLOCKED,
                _at("2025-09-22"),
                reason="Waiting for the incubator's admission committee",
            ),
            Change("domiciliation", S.IN_PROGRESS, _at("2025-09-23"), helper=MI),
        ),
    ),
    DemoJourney(
        "demo-journey-tanjaflow-marseille",
        "demo-tanjaflow",
        "marseille",
        FR,
        _at("2024-10-01"),
        (
            Change(
                "ftv-eligibility",
                S.SKIPPED,
                _at("2024-10-01"),
                reason="The founder already holds an EU residence permit",
            ),
            Change(
                "innovation-attestation", S.SKIPPED, _at("2024-10-01"), reason="Visa not needed"
            ),
            Change("talent-passport", S.SKIPPED, _at("2024-10-01"), reason="Visa not needed"),
            *_done(_at("2024-10-07"), "domiciliation", helper=MI),
            *_done(_at("2024-10-14"), "statutes"),
            *_done(_at("2024-10-18"), "capital-deposit", "legal-notice"),
            *_done(_at("2024-10-21"), "inpi-filing"),
            *_done(_at("2024-11-04"), "kbis-siren"),
            *_done(_at("2024-11-07"), "capital-release"),
            *_done(_at("2024-11-25"), "vat-urssaf"),
        ),
    ),
    DemoJourney(
        "demo-journey-calanques-casablanca",
        "demo-calanques-cloud",
        "casablanca",
        MA,
        _at("2025-10-06"),
        (
            *_done(_at("2025-10-08"), "certificat-negatif"),
            *_done(_at("2025-10-13"), "registered-office", helper=CASA),
            Change("statutes", S.IN_PROGRESS, _at("2025-10-14")),
        ),
    ),
    DemoJourney(
        "demo-journey-tawassol-rabat",
        "demo-tawassol-transfert",
        "rabat",
        MA,
        _at("2025-11-03"),
        (
            Change("certificat-negatif", S.IN_PROGRESS, _at("2025-11-04")),
            Change(
                "registered-office", S.IN_PROGRESS, _at("2025-11-05"), helper="technopark-rabat"
            ),
        ),
    ),
    DemoJourney(
        "demo-journey-phocee-tanger",
        "demo-phocee-logistique",
        "tanger",
        MA,
        _at("2025-02-03"),
        (
            *_done(_at("2025-02-05"), "certificat-negatif"),
            *_done(_at("2025-02-12"), "registered-office", helper="technopark-tanger"),
            *_done(_at("2025-02-18"), "statutes"),
            *_done(_at("2025-02-20"), "subscription"),
            *_done(_at("2025-02-25"), "capital-blocked"),
            *_done(_at("2025-03-03"), "tax-registration"),
            *_done(_at("2025-03-10"), "patente-if"),
            *_done(_at("2025-03-19"), "trade-register"),
            *_done(_at("2025-04-02"), "cnss"),
            Change("residence-permit", S.IN_PROGRESS, _at("2025-04-07")),
        ),
    ),
    DemoJourney(
        "demo-journey-vieux-port-agadir",
        "demo-vieux-port-studio",
        "agadir",
        MA,
        _at("2025-06-02"),
        (
            *_done(_at("2025-06-04"), "certificat-negatif"),
            *_done(_at("2025-06-09"), "registered-office", helper="technopark-agadir"),
            *_done(_at("2025-06-16"), "statutes", "subscription"),
            Change(
                "capital-blocked",
                S.BLOCKED,
                _at("2025-06-20"),
                reason="The bank asks for more KYC documents on the foreign shareholders",
            ),
        ),
    ),
)


#: The demo's changes are an admin's, recorded as the demo's.
DEMO = Caller(Role.ADMIN, key_id="demo")


async def replay(store: GraphStore, journey: DemoJourney) -> bool:
    """Start the journey and apply its changes at their timestamps, through the same use cases
    as the API; False if it existed."""
    if await queries.journeys_by_ids(store, [journey.id]):
        return False
    try:
        await settlement.start_journey(
            store,
            DEMO,
            journey.startup,
            journey.destination,
            journey.template,
            journey_id=journey.id,
            now=journey.started_at,
            recorded_at=DEMO_AT,
        )
    except Conflict:  # started meanwhile (another demo load)
        return False
    rows = (await queries.steps_of_journeys(store, [journey.id]))[journey.id]
    steps = {row["key"]: row for row in rows}
    for change in journey.changes:
        step = steps[change.key]
        steps[change.key] = await settlement.update_step(
            store,
            DEMO,
            step["id"],
            int(step["version"]),
            StepChange(status=change.status, reason=change.reason, helped_by_id=change.helper),
            now=change.at,
            recorded_at=DEMO_AT,
        )
    return True


async def load_settlement(store: GraphStore) -> dict[str, int]:
    """The demo loader step: shipped templates, then the demo journeys. Reports what is present
    (not what was created), so loading twice reports the same."""
    await install_templates(store, created_at=REFERENCE_AT)
    for journey in JOURNEYS:
        await replay(store, journey)
    rows = await store.read(
        "MATCH (t:SettlementTemplate) WITH count(t) AS templates "
        "OPTIONAL MATCH (j:SettlementJourney) WHERE j.id IN $ids "
        "WITH templates, count(j) AS journeys "
        "OPTIONAL MATCH (a)-[r]->() WHERE a:SettlementTemplate OR a:TemplateStep "
        "  OR a:SettlementJourney OR a:SettlementStep OR a:SettlementEvent "
        "RETURN templates, journeys, count(r) AS relationships",
        {"ids": [j.id for j in JOURNEYS]},
    )
    return {
        "settlement_templates": rows[0]["templates"],
        "settlement_journeys": rows[0]["journeys"],
        "relationships": rows[0]["relationships"],
    }
