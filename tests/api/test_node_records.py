"""`node(id)` finds every record with a global id — settlement journeys and steps,
introductions, audit events — for those who may see it, and answers null to everyone else,
as for an id that does not exist."""

from __future__ import annotations

from graphql import GraphQLObjectType, GraphQLScalarType, get_named_type

from hub.api.schema import build_schema
from hub.graph.store import GraphStore
from tests.api import introduction_seed, settlement_seed
from tests.api.settlement_seed import start
from tests.conftest import Api, Keys

NODE = """query($id: ID!) { node(id: $id) { __typename id
  ... on SettlementJourney { status }
  ... on SettlementStep { key }
  ... on Introduction { purpose }
  ... on AuditEvent { action } } }"""


async def _node(api: Api, node_id: str, key: str | None) -> object:
    return (await api.data(NODE, {"id": node_id}, key=key))["node"]


async def test_node_resolves_a_journey_and_its_steps_for_who_may_follow_it(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await settlement_seed.seed(store)
    admin = await keys("admin")
    journey = await start(api, admin, "calanques", "marseille")
    step = journey["steps"][0]
    for key in (
        admin,
        await keys("startup", "calanques"),
        await keys("partner", "marseille-innovation"),
    ):
        assert await _node(api, journey["id"], key) == {
            "__typename": "SettlementJourney",
            "id": journey["id"],
            "status": "ACTIVE",
        }
        assert await _node(api, step["id"], key) == {
            "__typename": "SettlementStep",
            "id": step["id"],
            "key": step["key"],
        }
    for key in (None, await keys("startup", "atlas-ai"), await keys("mentor", "mentor-other")):
        assert await _node(api, journey["id"], key) is None
        assert await _node(api, step["id"], key) is None
    assert await _node(api, "no-such-id", admin) is None


REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""


async def test_node_resolves_an_introduction_for_its_parties_only(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await introduction_seed.seed(store)
    atlas = await keys("startup", "atlas-ai")
    ask = {
        "requesterId": "atlas-ai",
        "targetId": "medsud",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour",
        "language": "fr",
    }
    made = (await api.data(REQUEST, {"input": ask}, key=atlas))["requestIntroduction"]
    expected = {"__typename": "Introduction", "id": made["id"], "purpose": "PARTNERSHIP"}
    for key in (atlas, await keys("startup", "medsud"), await keys("admin")):
        assert await _node(api, made["id"], key) == expected
    for key in (None, await keys("startup", "rif-pay"), await keys("mentor", "claire")):
        assert await _node(api, made["id"], key) is None


async def test_node_resolves_an_audit_event_for_admins_only(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await introduction_seed.seed(store)
    atlas, admin = await keys("startup", "atlas-ai"), await keys("admin")
    await store.write(
        "CREATE (:AuditEvent {id: 'audit-1', action: 'export', subject_id: 'atlas-ai', "
        "at: '2026-01-01T09:00:00.000Z'})"
    )
    event = {"id": "audit-1", "action": "export"}
    assert await _node(api, event["id"], admin) == {"__typename": "AuditEvent", **event}
    for key in (atlas, await keys("partner", "technopark-casablanca"), None):
        assert await _node(api, event["id"], key) is None


#: Types whose `id` names something else (the entity a row is about), not themselves.
ABOUT_ANOTHER = {"PathNode", "MissingTranslation", "SettlementGroupStats"}


def test_every_type_with_its_own_global_id_implements_node() -> None:
    schema = build_schema()._schema
    lacking = []
    for name, kind in schema.type_map.items():
        if not isinstance(kind, GraphQLObjectType) or name.startswith("__"):
            continue
        own_id = kind.fields.get("id")
        if own_id is None or name in ABOUT_ANOTHER:
            continue
        scalar = get_named_type(own_id.type)
        is_id = isinstance(scalar, GraphQLScalarType) and scalar.name == "ID"
        if is_id and "Node" not in {i.name for i in kind.interfaces}:
            lacking.append(name)
    assert lacking == []
