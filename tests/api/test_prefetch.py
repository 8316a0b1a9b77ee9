"""Relation fields fetched ahead (`hub.api.core.node.prefetch`, one statement per request level)
answer exactly what the dataloaders answer, through aliases, fragments, @skip and @include."""

from __future__ import annotations

from typing import Any

from hub.graph.store import GraphStore
from tests.api import settlement_seed
from tests.api.test_round_trips import seed
from tests.conftest import Api, Keys

FIELDS = """id name city { id name { text } country { id } } sectors { id }
  hosts { id city { id } } mentors { id affiliations { id } }"""
DIRECT = "query ($id: ID!) { startup(id: $id) { " + FIELDS + " } }"
# A mutation's result is not fetched ahead: its fields go through the dataloaders.
UPDATED = (
    'mutation ($id: ID!) { updateStartup(id: $id, input: {website: "https://x.example"}) { '
    + FIELDS
    + " } }"
)
FRAGMENTS = """query ($id: ID!, $yes: Boolean!, $no: Boolean!) {
  node(id: $id) { ...S ... on Mentor { capacity }
    ... on Startup { here: city { id } hosts @skip(if: $yes) { name { text } } } } }
fragment S on Startup { id name city @include(if: $yes) { id name { text } country { id } }
  sectors @include(if: $no) { id name { text } } mentors { id affiliations { id } } }"""


async def trips(
    api: Api, query: str, variables: dict[str, Any], key: str | None = None
) -> tuple[int, dict[str, Any]]:
    body = await api(query, variables, key=key)
    assert not body.get("errors"), body["errors"]
    return int(body["extensions"]["dbRoundTrips"]), body["data"]


async def test_fetched_ahead_equals_loaded(store: GraphStore, api: Api, keys: Keys) -> None:
    await seed(store, 12)
    count, direct = await trips(api, DIRECT, {"id": "startup-004"})
    assert count == 3  # the startup, then one statement for each of the two levels below
    startup = direct["startup"]
    assert startup["city"]["country"]["id"] and startup["mentors"] and startup["sectors"]
    loaded, through = await trips(api, UPDATED, {"id": "startup-004"}, await keys("admin"))
    assert through["updateStartup"] == startup
    assert loaded > count  # one statement per field and level there


async def test_fragments_aliases_and_directives(store: GraphStore, api: Api) -> None:
    await seed(store, 12)
    count, data = await trips(api, FRAGMENTS, {"id": "startup-004", "yes": True, "no": False})
    node = data["node"]
    assert "sectors" not in node and "hosts" not in node and "capacity" not in node
    assert node["here"] == {"id": node["city"]["id"]} and node["city"]["country"]["id"]
    assert node["mentors"][0]["affiliations"]
    assert count == 3  # skipped and excluded fields are not fetched
    _, direct = await trips(api, DIRECT, {"id": "startup-004"})
    assert node["city"] == direct["startup"]["city"]
    assert node["mentors"] == direct["startup"]["mentors"]


JOURNEY_FIELDS = """id status startedAt steps { key status assigneeId template { key } }
  progress(asOf: "2026-01-05") { percentDone workableNow { key } }"""
JOURNEYS = (
    "query ($id: ID!) { startup(id: $id) { id city { id country { id } } "
    "settlementJourneys { " + JOURNEY_FIELDS + " } } }"
)
ONE_JOURNEY = "query ($id: ID!) { settlementJourney(id: $id) { " + JOURNEY_FIELDS + " } }"


async def test_journeys_and_their_steps_come_with_the_levels(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await settlement_seed.seed(store)
    admin = await keys("admin")
    first = await settlement_seed.start(api, admin, "atlas-ai", "marseille")
    await settlement_seed.start(api, admin, "atlas-ai", "rabat")
    count, data = await trips(api, JOURNEYS, {"id": "atlas-ai"}, admin)
    # The key, the startup, then its journeys with its city, their steps with the city's
    # country (through the dataloaders, the journeys and the steps were two more).
    assert count == 4
    journeys = data["startup"]["settlementJourneys"]
    assert len(journeys) == 2 and first["id"] in {j["id"] for j in journeys}
    for journey in journeys:  # the same as each journey read alone, through the dataloaders
        _, alone = await trips(api, ONE_JOURNEY, {"id": journey["id"]}, admin)
        assert alone["settlementJourney"] == journey and journey["steps"]
    # Who may not follow them still sees none (the rows fetched ahead are not served).
    _, other = await trips(api, JOURNEYS, {"id": "atlas-ai"}, await keys("startup", "calanques"))
    assert other["startup"]["settlementJourneys"] == []
