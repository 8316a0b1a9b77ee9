"""Relation fields fetched ahead (`hub.api.node.prefetch`, one statement per request level)
answer exactly what the dataloaders answer, through aliases, fragments, @skip and @include."""

from __future__ import annotations

from typing import Any

from hub.graph.store import GraphStore
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
