"""A profile the caller may not see answers every write exactly as an id that does not exist:
same code, same message (the id aside), nothing written. And an update that changes nothing
writes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.api.profile_seed import seed, snapshot
from tests.conftest import Api, Keys

HIDDEN = """
MATCH (tp:Organisation {id: 'technopark-casa'})-[:LOCATED_IN]->(casa:City)
CREATE (:Entity:Startup {id: 'hidden', name: 'Hidden', stage: 'idea', search: 'hidden',
        profile_visibility: 'private', updated_at: '2026-01-01T00:00:00.000Z'})
        -[:HOSTED_BY]->(tp),
       (:Entity:Startup {id: 'seen', name: 'Seen', stage: 'idea', search: 'seen',
        updated_at: '2026-01-01T00:00:00.000Z'})-[:HOSTED_BY]->(tp),
       (:Entity:Mentor {id: 'ana', name: 'Ana', search: 'ana', capacity: 3,
        profile_visibility: 'private'})-[:LOCATED_IN]->(casa)
"""

WRITES = {
    "update": 'mutation { updateStartup(id: "$ID", input: {name: "X"}) { id } }',
    "delete": 'mutation { deleteStartup(id: "$ID") }',
    "sector": 'mutation { addStartupSector(startupId: "$ID", sectorId: "energy") { id } }',
    "programme": (
        'mutation { addStartupToProgramme(startupId: "$ID", programmeId: "passerelle-2026", '
        'cohort: "C1", year: 2026) { id } }'
    ),
    "mentoring": 'mutation { linkMentorToStartup(mentorId: "$ID", startupId: "seen") { state } }',
    "hosting": (
        'mutation { linkStartupToHost(startupId: "$ID", organisationId: "technopark-casablanca") '
        "{ state } }"
    ),
}


def _shape(body: dict[str, Any], node_id: str) -> list[tuple[str, str]]:
    return [
        (e["extensions"]["code"], e["message"].replace(node_id, "$ID"))
        for e in body.get("errors") or []
    ]


#: Every write for every role, but a mentor's own mentoring link (a mentor sees itself).
CASES = [
    (role, operation)
    for role in ("partner", "mentor", "startup")
    for operation in sorted(WRITES)
    if (role, operation) != ("mentor", "mentoring")
]


@pytest.mark.parametrize(("role", "operation"), CASES)
async def test_a_hidden_profile_answers_as_a_missing_one(
    store: GraphStore, api: Api, keys: Keys, role: str, operation: str
) -> None:
    await seed(store)
    await store.write(HIDDEN)
    owner = {"partner": "technopark-casa", "mentor": "ana", "startup": "seen"}[role]
    key = await keys(role, owner)
    hidden_id = "ana" if operation == "mentoring" else "hidden"
    query = WRITES[operation]
    before = await snapshot(store)
    hidden = await api(query.replace("$ID", hidden_id), key=key)
    missing = await api(query.replace("$ID", "no-such-id"), key=key)
    assert hidden.get("errors"), hidden
    assert _shape(hidden, hidden_id) == _shape(missing, "no-such-id")
    assert await snapshot(store) == before


UPDATED_AT = 'query { startup(id: "seen") { updatedAt name } }'


@pytest.mark.parametrize(
    "change",
    ["{}", '{name: "Seen"}', '{name: "  Seen  ", stage: IDEA}'],
    ids=["empty", "same", "same-again"],
)
async def test_an_update_that_changes_nothing_writes_nothing(
    store: GraphStore, api: Api, keys: Keys, change: str
) -> None:
    await seed(store)
    await store.write(HIDDEN)
    admin = await keys("admin")
    before = await snapshot(store)
    answer = await api.data(
        f'mutation {{ updateStartup(id: "seen", input: {change}) {{ updatedAt name }} }}',
        key=admin,
    )
    assert answer["updateStartup"]["name"] == "Seen"
    assert await snapshot(store) == before
    assert (await api.data(UPDATED_AT))["startup"]["updatedAt"] == answer["updateStartup"][
        "updatedAt"
    ]
