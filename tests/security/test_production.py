"""Production switches (GraphiQL, introspection), the per-statement timeout, and database errors
that reach the client only as a generic message."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.falkor import FalkorStore
from hub.graph.neo4j_store import Neo4jStore
from hub.graph.store import GraphStore, StoreError
from tests.api.test_limits import assert_clean
from tests.bolt_gaps import Gap
from tests.conftest import Api, Keys, error_codes

# Ten billion rows: no machine counts them within a statement timeout (or within this test run),
# so the timeout is what ends it, however fast or busy the machine is; it holds two short lists.
SLOW = "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b RETURN count(*) AS n"
INTROSPECTION = "{ __schema { queryType { name } types { name } } }"


async def client(settings: Settings, store: GraphStore) -> AsyncIterator[Api]:
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as http:
        yield Api(http)


@pytest.fixture
async def production(store: GraphStore) -> AsyncIterator[Api]:
    settings = Settings(graphiql=False, introspection=False, _env_file=None)  # type: ignore[call-arg]
    async for api in client(settings, store):
        yield api


async def test_no_graphiql_in_production(production: Api) -> None:
    response = await production.client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code != 200 or "graphiql" not in response.text.lower()
    assert "graphiql" not in response.text.lower()


async def test_introspection_is_refused_in_production(production: Api) -> None:
    body = await production(INTROSPECTION)
    assert body.get("data") is None
    assert set(error_codes(body)) == {"GRAPHQL_VALIDATION_FAILED"}
    assert "introspection" in body["errors"][0]["message"].lower()
    typename = await production('{ __type(name: "Startup") { name } }')
    assert set(error_codes(typename)) == {"GRAPHQL_VALIDATION_FAILED"}
    assert (await production.data("{ __typename countries { id } }"))["__typename"] == "Query"


async def test_introspection_is_on_by_default(api: Api) -> None:
    data = await api.data(INTROSPECTION)
    assert data["__schema"]["queryType"]["name"] == "Query"


# -- the per-statement timeout


@pytest.mark.needs(Gap.STATEMENT_TIMEOUT)
async def test_a_slow_read_is_cut_by_the_statement_timeout(
    store: GraphStore, request: pytest.FixtureRequest
) -> None:
    cut: GraphStore
    if isinstance(store, FalkorStore):
        cut = FalkorStore(store.client, store.graph_name, backend=store.backend, timeout_ms=50)
    else:
        uri, user, password, database = request.getfixturevalue("bolt_uri")
        cut = Neo4jStore(
            uri, user=user, password=password, database=database or None, timeout_ms=50
        )
    with pytest.raises(StoreError) as error:
        await cut.read(SLOW)
    assert "time" in str(error.value).lower()
    # The same store answers what fits in the timeout: the cut was the statement's length.
    assert await cut.read("UNWIND range(1, 3) AS x RETURN count(x) AS n") == [{"n": 3}]
    if isinstance(cut, Neo4jStore):
        await cut.close()


def test_the_timeout_comes_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUB_STATEMENT_TIMEOUT_MS", "250")
    assert Settings(_env_file=None).statement_timeout_ms == 250  # type: ignore[call-arg]


# -- database errors are masked


class Sabotaged(FalkorStore):
    """The real database, sent statements it refuses: Cypher it cannot parse, or one it must
    cut by the timeout. The key lookup is left alone so that keys still work."""

    mode = "syntax"

    async def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[Any]:
        if "ApiKey" not in query:
            if self.mode == "syntax":
                query = "MATCH (n:Secret) RETURN n.password ORDER BY BROKEN " + query
            else:
                write, query = False, SLOW
        return await super()._run(query, params, write=write)


@pytest.fixture
async def sabotaged(store: GraphStore, settings: Settings) -> AsyncIterator[tuple[Api, Sabotaged]]:
    if not isinstance(store, FalkorStore):
        pytest.skip("sabotages the FalkorDB client")
    broken = Sabotaged(store.client, store.graph_name, backend=store.backend, timeout_ms=5)
    async for api in client(settings, broken):
        yield api, broken


@pytest.mark.parametrize("mode", ["syntax", "timeout"])
async def test_a_database_error_is_a_generic_message(
    sabotaged: tuple[Api, Sabotaged], keys: Keys, mode: str
) -> None:
    api, broken = sabotaged
    broken.mode = mode
    admin = await keys("admin")
    for query, key in [
        ("{ startups { totalCount } }", None),
        ("{ countries { id } }", admin),
        ('mutation { deleteStartup(id: "x") }', admin),
    ]:
        response = await api.post(query, key=key, language="en")
        assert response.status_code < 500 or response.status_code == 503
        body = response.json()
        assert error_codes(body) == ["INTERNAL_SERVER_ERROR"], body
        assert body["errors"][0]["message"] == "internal error"
        assert_clean(body)
        for leak in ("Secret", "password", "BROKEN", "UNWIND", "timed out", "errCtx", "line:"):
            assert leak not in response.text, response.text
