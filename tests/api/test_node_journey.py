"""`node(id)` finds a settlement journey (it implements Node) for those who may follow it,
and answers null to everyone else, as for an id that does not exist."""

from __future__ import annotations

from hub.graph.store import GraphStore
from tests.api.settlement_seed import seed, start
from tests.conftest import Api, Keys

NODE = """query($id: ID!) { node(id: $id) { __typename id
  ... on SettlementJourney { status } } }"""


async def test_node_resolves_a_journey_for_who_may_follow_it(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    admin = await keys("admin")
    journey = await start(api, admin, "calanques", "marseille")
    for key in (
        admin,
        await keys("startup", "calanques"),
        await keys("partner", "marseille-innovation"),
    ):
        found = (await api.data(NODE, {"id": journey["id"]}, key=key))["node"]
        assert found == {"__typename": "SettlementJourney", "id": journey["id"], "status": "ACTIVE"}
    for key in (None, await keys("startup", "atlas-ai"), await keys("mentor", "mentor-other")):
        assert (await api.data(NODE, {"id": journey["id"]}, key=key))["node"] is None
    assert (await api.data(NODE, {"id": "no-such-id"}, key=admin))["node"] is None
