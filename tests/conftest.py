"""Every test runs against a real database: the embedded FalkorDB, and Neo4j when
HUB_TEST_NEO4J_URI is set (skipped otherwise). Each test gets its own empty, migrated graph."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.migrate import migrate
from hub.graph.neo4j_store import Neo4jStore
from hub.graph.store import GraphStore

pytest_plugins = ["tests.statements_plugin"]
NEO4J_URI = os.environ.get("HUB_TEST_NEO4J_URI")


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedFalkor]:
    server = EmbeddedFalkor(tmp_path_factory.mktemp("falkordb")).start()
    yield server
    server.stop()


# Sync fixtures (the clients connect lazily, on the session's event loop): async fixtures cannot
# be requested dynamically, and `store` picks its server by parameter.
@pytest.fixture(scope="session")
def falkor_server(embedded: EmbeddedFalkor) -> FalkorStore:
    return FalkorStore.connect(
        graph="unused", backend="falkordb-embedded", unix_socket=str(embedded.socket)
    )


@pytest.fixture(scope="session")
def neo4j_server() -> Neo4jStore:
    if not NEO4J_URI:
        pytest.skip("HUB_TEST_NEO4J_URI is not set")
    return Neo4jStore(
        NEO4J_URI,
        user=os.environ.get("HUB_TEST_NEO4J_USER", "neo4j"),
        password=os.environ.get("HUB_TEST_NEO4J_PASSWORD", ""),
        database=os.environ.get("HUB_TEST_NEO4J_DATABASE") or None,
    )


@pytest.fixture(params=["falkordb", "neo4j"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[GraphStore]:
    if request.param == "falkordb":
        server: FalkorStore = request.getfixturevalue("falkor_server")
        graph = server.sibling(f"test_{uuid.uuid4().hex[:12]}")
        await migrate(graph)
        yield graph
        await graph.drop()
    else:
        neo: Neo4jStore = request.getfixturevalue("neo4j_server")
        await neo.clear()  # Neo4j tests share one database: each starts from empty
        await migrate(neo)
        yield neo
        await neo.clear()


@pytest.fixture
def settings() -> Settings:
    return Settings(report_round_trips=True, _env_file=None)  # type: ignore[call-arg]


class Api:
    """Calls the GraphQL API over HTTP, as a client would."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def post(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        *,
        key: str | None = None,
        language: str | None = None,
    ) -> httpx.Response:
        headers = {}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        if language:
            headers["Accept-Language"] = language
        return await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )

    async def __call__(
        self, query: str, variables: dict[str, Any] | None = None, **kw: Any
    ) -> dict[str, Any]:
        """The JSON body; fails the test on an HTTP error status."""
        response = await self.post(query, variables, **kw)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def data(
        self, query: str, variables: dict[str, Any] | None = None, **kw: Any
    ) -> dict[str, Any]:
        """The data; fails the test if any error came back."""
        body = await self(query, variables, **kw)
        assert not body.get("errors"), body["errors"]
        data: dict[str, Any] = body["data"]
        return data


@pytest.fixture
async def api(store: GraphStore, settings: Settings) -> AsyncIterator[Api]:
    app = create_app(settings, store=store)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield Api(client)


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors") or []]


ROOT = Path(__file__).resolve().parents[1]


class Keys:
    """Issues real API keys in the test's graph: `await keys("partner", "technopark-rabat")`."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    async def __call__(self, role: str, owner_id: str | None = None) -> str:
        from hub import keyring
        from hub.domain.vocabulary import Role

        _, token = await keyring.issue(self.store, Role(role), owner_id)
        return token


@pytest.fixture
def keys(store: GraphStore) -> Keys:
    return Keys(store)
