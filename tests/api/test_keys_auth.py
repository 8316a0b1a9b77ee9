from hub.graph.store import GraphStore
from tests.conftest import Api, Keys


async def test_a_bad_key_is_refused_with_401_and_a_code(api: Api) -> None:
    response = await api.post("{ countries { id } }", key="hub_nope_nope")
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert response.headers["www-authenticate"] == "Bearer"


async def test_a_valid_admin_key_is_accepted(store: GraphStore, api: Api, keys: Keys) -> None:
    token = await keys("admin")
    assert (await api.data("{ countries { id } }", key=token)) == {"countries": []}
