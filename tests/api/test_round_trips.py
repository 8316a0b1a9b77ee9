"""Database round trips per GraphQL operation must not grow with the number of items.

Each operation runs on a small and a large graph; both counts must equal the baseline checked in
at tests/api/round_trips.json (NetBox-style). A nested field that bypasses the dataloaders makes
the large count grow and fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.conftest import Api

BASELINES = Path(__file__).with_name("round_trips.json")
SMALL, LARGE = 3, 30

OPERATIONS: dict[str, tuple[str, dict[str, Any]]] = {
    "startupNetwork": (
        """query ($id: ID!) { startup(id: $id) { name
             mentors { name affiliations { name { text }
               city { name { text } startups { id name } } } } } }""",
        {"id": "startup-000"},
    ),
    "startupsPage": (
        """{ startups(first: 50) { totalCount pageInfo { hasNextPage endCursor }
             edges { cursor node { id name stage
               sectors { id name { text } } city { id name { text } }
               hosts { id name { text } } mentors { id name } contact { email }
               targets { cities { id } countries { id } } programmes { cohort } } } } }""",
        {},
    ),
    "organisationsWithPartners": (
        """{ organisations(first: 50) { edges { node { id kind name { text }
             partners { since agreement organisation { id name { text } city { id } } } } } } }""",
        {},
    ),
    "mentorsPage": (
        """{ mentors(first: 50) { totalCount edges { node { id name capacity
             city { id } sectors { id } affiliations { id partners { organisation { id } } }
             mentees { id city { id } } } } } }""",
        {},
    ),
    "nodeById": (
        """query ($id: ID!) { node(id: $id) { id
             ... on Startup { name city { id country { id } } sectors { id } hosts { id }
               mentors { id } } } }""",
        {"id": "startup-001"},
    ),
}


def names(prefix: str, n: int) -> list[dict[str, Any]]:
    return [
        {"id": f"{prefix}-{i:03}", "name": f"{prefix.title()} {i:03}", "search": f"{prefix} {i:03}"}
        for i in range(n)
    ]


async def seed(store: GraphStore, startups: int) -> None:
    """Countries, cities, sectors, organisations, startups and mentors, all linked."""
    orgs, mentors = max(3, startups // 3), max(2, startups // 3)
    w = store.write
    await w(
        "UNWIND $rows AS r CREATE (c:Entity:Country) SET c = r",
        {
            "rows": [
                {
                    "id": "ma",
                    "code": "MA",
                    "region": "africa",
                    "name_fr": "Maroc",
                    "search": "maroc",
                },
                {
                    "id": "fr",
                    "code": "FR",
                    "region": "europe",
                    "name_fr": "France",
                    "search": "france",
                },
            ]
        },
    )
    cities = [("rabat", "ma"), ("casablanca", "ma"), ("marseille", "fr"), ("aix", "fr")]
    await w(
        "UNWIND $rows AS r MATCH (k:Country {id: r.country}) "
        "CREATE (c:Entity:City)-[:IN_COUNTRY]->(k) SET c.id = r.id, c.name_fr = r.id, "
        "c.search = r.id",
        {"rows": [{"id": c, "country": k} for c, k in cities]},
    )
    await w(
        "UNWIND $rows AS r CREATE (s:Entity:Sector) SET s.id = r.id, s.name_fr = r.name, "
        "s.search = r.search",
        {"rows": names("sector", 3)},
    )
    await w(
        "UNWIND $rows AS r MATCH (c:City {id: r.city}) "
        "CREATE (o:Entity:Organisation)-[:LOCATED_IN]->(c) SET o.id = r.id, "
        "o.name_fr = r.name, o.search = r.search, o.kind = 'incubator'",
        {"rows": [{**row, "city": cities[i % 4][0]} for i, row in enumerate(names("org", orgs))]},
    )
    await w(
        "UNWIND $rows AS r MATCH (a:Organisation {id: r.a}) MATCH (b:Organisation {id: r.b}) "
        "CREATE (a)-[:PARTNERS_WITH {since: 2020, agreement: 'mou'}]->(b)",
        {"rows": [{"a": f"org-{i:03}", "b": f"org-{(i + 1) % orgs:03}"} for i in range(orgs)]},
    )
    await w(
        "UNWIND $rows AS r MATCH (c:City {id: r.city}) MATCH (o:Organisation {id: r.org}) "
        "CREATE (m:Entity:Mentor)-[:LOCATED_IN]->(c) SET m.id = r.id, m.name = r.name, "
        "m.search = r.search, m.capacity = 3 CREATE (m)-[:AFFILIATED_WITH]->(o)",
        {
            "rows": [
                {**row, "city": cities[i % 4][0], "org": f"org-{i % orgs:03}"}
                for i, row in enumerate(names("mentor", mentors))
            ]
        },
    )
    await w(
        "UNWIND $rows AS r MATCH (c:City {id: r.city}) MATCH (o:Organisation {id: r.org}) "
        "CREATE (s:Entity:Startup)-[:LOCATED_IN]->(c) SET s.id = r.id, s.name = r.name, "
        "s.search = r.search, s.stage = 'creation' CREATE (s)-[:HOSTED_BY {since: 2024}]->(o)",
        {
            "rows": [
                {**row, "city": cities[i % 4][0], "org": f"org-{i % orgs:03}"}
                for i, row in enumerate(names("startup", startups))
            ]
        },
    )
    links = [(i, k) for i in range(startups) for k in (0, 1)]
    await w(
        "UNWIND $rows AS r MATCH (s:Startup {id: r.s}) MATCH (x:Sector {id: r.x}) "
        "CREATE (s)-[:IN_SECTOR]->(x)",
        {"rows": [{"s": f"startup-{i:03}", "x": f"sector-{(i + k) % 3:03}"} for i, k in links]},
    )
    await w(
        "UNWIND $rows AS r MATCH (s:Startup {id: r.s}) MATCH (m:Mentor {id: r.m}) "
        "CREATE (m)-[:MENTORS {since: 2025}]->(s)",
        {
            "rows": [
                {"s": f"startup-{i:03}", "m": f"mentor-{(i + k) % mentors:03}"} for i, k in links
            ]
        },
    )


async def round_trips(api: Api, name: str) -> tuple[int, dict[str, Any]]:
    query, variables = OPERATIONS[name]
    body = await api(query, variables)
    assert not body.get("errors"), body["errors"]
    return int(body["extensions"]["dbRoundTrips"]), body["data"]


def test_every_operation_has_a_baseline() -> None:
    assert sorted(json.loads(BASELINES.read_text())) == sorted(OPERATIONS)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
async def test_round_trips_stay_flat(store: GraphStore, api: Api, name: str) -> None:
    baseline = json.loads(BASELINES.read_text())[name]
    await seed(store, SMALL)
    small, small_data = await round_trips(api, name)
    await store.clear()
    await seed(store, LARGE)
    large, large_data = await round_trips(api, name)
    assert small_data != large_data  # the large graph really answered with more

    assert small == large, (
        f"{name}: {small} database round trips with {SMALL} startups but {large} with {LARGE}: "
        "a nested field does not go through a dataloader (info.context.loaders)"
    )
    assert large <= baseline, (
        f"{name}: {large} database round trips, the baseline is {baseline} "
        f"({BASELINES.name}): find the extra statement, or raise the baseline with a reason"
    )
    assert large == baseline, (
        f"{name}: {large} database round trips, fewer than the baseline {baseline}: "
        f"lower it in tests/api/{BASELINES.name}"
    )
