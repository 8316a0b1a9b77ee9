"""Every test runs against two real databases: the embedded FalkorDB, and a Bolt server: a real
Neo4j 5 when HUB_TEST_NEO4J_URI is set, otherwise ArcadeDB's Bolt server started by the suite
(`tests/bolt_server.py`). Each test gets its own empty, migrated graph."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
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
from tests import bolt_server
from tests.bolt_gaps import Gap, detect

pytest_plugins = ["tests.statements_plugin"]
NEO4J_URI = os.environ.get("HUB_TEST_NEO4J_URI")
ROOT = Path(__file__).resolve().parents[1]


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
def bolt_uri(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str, str]]:
    """(uri, user, password, database) of the Bolt server: the configured Neo4j, or ArcadeDB
    started here for the session (`tests/bolt_server.py`)."""
    if NEO4J_URI:
        yield (
            NEO4J_URI,
            os.environ.get("HUB_TEST_NEO4J_USER", "neo4j"),
            os.environ.get("HUB_TEST_NEO4J_PASSWORD", ""),
            os.environ.get("HUB_TEST_NEO4J_DATABASE", ""),
        )
        return
    with bolt_server.running(tmp_path_factory.mktemp("bolt")) as bolt:
        yield bolt.uri, bolt.user, bolt.password, bolt.database


@pytest.fixture(scope="session")
def bolt_gaps(bolt_uri: tuple[str, str, str, str]) -> dict[Gap, str]:
    uri, user, password, database = bolt_uri
    return detect(uri, user, password, database or None)


def skip_on_gaps(request: pytest.FixtureRequest) -> None:
    """The Neo4j half of a test marked `needs(Gap…)` skips where the server lacks one."""
    gaps: dict[Gap, str] = request.getfixturevalue("bolt_gaps")
    for marker in request.node.iter_markers("needs"):
        for gap in marker.args:
            if gap in gaps:
                pytest.skip(f"declared gap of this Bolt server: {gaps[gap]}")


@pytest.fixture(scope="session")
def neo4j_server(bolt_uri: tuple[str, str, str, str]) -> Neo4jStore:
    uri, user, password, database = bolt_uri
    return Neo4jStore(uri, user=user, password=password, database=database or None)


@pytest.fixture(params=["falkordb", "neo4j"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[GraphStore]:
    if request.param == "falkordb":
        server: FalkorStore = request.getfixturevalue("falkor_server")
        graph = server.sibling(f"test_{uuid.uuid4().hex[:12]}")
        await migrate(graph)
        yield graph
        await graph.drop()
    else:
        skip_on_gaps(request)
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


#: Builds an HTTP client of an app whose settings differ from the suite's by `overrides`.
Make = Callable[..., Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def client_for(store: GraphStore, settings: Settings) -> AsyncIterator[Make]:
    clients: list[httpx.AsyncClient] = []

    async def make(**overrides: Any) -> httpx.AsyncClient:
        app = create_app(settings.model_copy(update=overrides), store=store)
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://hub")
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def error_codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors") or []]


class Keys:
    """Issues real API keys in the test's graph: `await keys("partner", "technopark-rabat")`."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store

    async def __call__(self, role: str, owner_id: str | None = None) -> str:
        from hub.domain.vocabulary import Role
        from hub.services import api_keys

        _, token = await api_keys.issue(self.store, Role(role), owner_id)
        return token


@pytest.fixture
def keys(store: GraphStore) -> Keys:
    return Keys(store)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs(*gaps): the test needs what tests/bolt_gaps.py names")


#: CI sets it: a run whose Bolt half did not run (no test passed on it) fails.
REQUIRE_BOLT = os.environ.get("HUB_TEST_REQUIRE_BOLT") == "1"
_bolt_passed: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed and "[neo4j" in report.nodeid:
        _bolt_passed.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if REQUIRE_BOLT and not _bolt_passed and exitstatus == 0:
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(
            "HUB_TEST_REQUIRE_BOLT=1: no test passed on the Bolt server; the Neo4j half did not run"
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
