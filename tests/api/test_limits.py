"""API hardening: query limits, page size and cursors, health, GraphiQL, masked errors, and a
database that is down."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.connect import open_store
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.neo4j_store import Neo4jStore
from hub.graph.store import GraphStore, StoreUnavailable
from tests.bolt_server import free_port
from tests.conftest import Api, Keys, error_codes

LEAKS = ("Traceback", 'File "', "Exception", "MATCH ", "/work/", ".py")


def assert_clean(body: dict[str, Any]) -> None:
    """Every error carries a code; none shows a stack trace, Cypher or a source path."""
    for error in body.get("errors") or []:
        assert error["extensions"]["code"], error
        text = str(error)
        assert not any(leak in text for leak in LEAKS), text


async def test_too_deep_a_query_is_refused(api: Api) -> None:
    nested = "{ countries { cities { country { cities { country { cities { country { cities "
    nested += "{ country { cities { country { id } } } } } } } } } } } }"
    body = await api(nested, language="en")
    assert body.get("data") is None
    assert "GRAPHQL_VALIDATION_FAILED" in error_codes(body)  # and too costly, too
    assert "the operation is deeper than 10 levels" in [e["message"] for e in body["errors"]]
    assert_clean(body)


async def test_too_many_tokens_are_refused(api: Api) -> None:
    body = await api("{ " + " ".join(["countries { id }"] * 600) + " }", language="en")
    assert body.get("data") is None
    assert error_codes(body) == ["GRAPHQL_PARSE_FAILED"]  # parsing stops at the limit
    assert body["errors"][0]["message"] == "the document has more than 2000 tokens"
    assert_clean(body)


async def test_too_many_aliases_are_refused(api: Api) -> None:
    body = await api("{ " + " ".join(f"a{i}: countries {{ id }}" for i in range(16)) + " }")
    assert body.get("data") is None
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    assert "alias" in body["errors"][0]["message"].lower()
    assert_clean(body)


async def test_the_limits_leave_ordinary_queries_alone(api: Api) -> None:
    aliases = " ".join(f"a{i}: countries {{ id }}" for i in range(15))
    assert (await api.data("{ " + aliases + " }"))["a14"] == []


@pytest.mark.parametrize("first", [101, -1])
async def test_a_page_size_out_of_range_is_bad_user_input(api: Api, first: int) -> None:
    body = await api(
        "query ($first: Int) { startups(first: $first) { totalCount } }", {"first": first}
    )
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"].get("field") == "first"
    assert "100" in body["errors"][0]["message"]
    assert_clean(body)


async def test_the_largest_page_size_is_accepted(api: Api) -> None:
    data = await api.data("{ startups(first: 100) { totalCount } }")
    assert data == {"startups": {"totalCount": 0}}


@pytest.mark.parametrize("cursor", ["not-base64!", "b2Zmc2V0Oi0x", "Zm9vOjE=", "b2Zmc2V0Onh5"])
async def test_an_invalid_cursor_is_bad_user_input(api: Api, cursor: str) -> None:
    # b2Zmc2V0Oi0x = "offset:-1"; Zm9vOjE= = "foo:1"; b2Zmc2V0Onh5 = "offset:xy"
    body = await api(
        "query ($after: String) { mentors(after: $after) { totalCount } }", {"after": cursor}
    )
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"].get("field") == "after"
    assert_clean(body)


async def test_healthz_runs_a_statement_and_names_the_server(store: GraphStore, api: Api) -> None:
    response = await api.client.get("/healthz")
    assert response.status_code == 200
    health = response.json()
    assert health["status"] == "ok" and health["backend"] == store.backend
    # The server's own words: FalkorDB's module version, or dbms.components() and the agent.
    assert re.fullmatch(r"FalkorDB \d+\.\d+\.\d+|Neo4j Kernel 5\.\d+\.\d+ \(.+\)", health["server"])


async def test_graphiql_is_served_to_browsers(api: Api) -> None:
    response = await api.client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "graphiql" in response.text.lower()


async def test_unexpected_errors_are_masked(store: GraphStore, api: Api) -> None:
    # A stage the code does not know (bad data): the resolver fails in an unexpected way.
    await store.write(
        "CREATE (s:Entity:Startup) SET s.id = 'odd', s.name = 'Odd', s.search = 'odd', "
        "s.stage = 'no-such-stage'"
    )
    body = await api('{ startup(id: "odd") { name stage } }')
    assert error_codes(body) == ["INTERNAL_SERVER_ERROR"]
    assert "no-such-stage" not in str(body)
    assert_clean(body)


async def test_an_unknown_field_is_a_validation_error_with_a_code(api: Api) -> None:
    body = await api("{ startups { nope } }")
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    assert_clean(body)


# -- the database is down


@pytest.fixture
async def down(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The API over a store whose server went away after the hub connected."""
    data_dir = Path(tempfile.mkdtemp(prefix="hub-down-", dir="/tmp"))
    server = EmbeddedFalkor(data_dir).start()
    dead = FalkorStore.connect(
        graph="down", backend="falkordb-embedded", unix_socket=str(server.socket)
    )
    server.stop()
    app = create_app(settings, store=dead)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield client
    shutil.rmtree(data_dir, ignore_errors=True)


def unavailable(response: httpx.Response) -> None:
    body = response.json()
    assert error_codes(body) == ["SERVICE_UNAVAILABLE"], body
    assert "unavailable" in body["errors"][0]["message"]
    assert_clean(body)
    assert "falkordb.sock" not in response.text


async def test_no_store_can_be_made_for_a_dead_socket() -> None:
    with pytest.raises(StoreUnavailable) as error:
        await open_store(
            Settings(graph_uri="unix:///nonexistent/falkordb.sock", _env_file=None)
        ).__aenter__()  # type: ignore[call-arg]
    assert "\n" not in str(error.value) and "not reachable" in str(error.value)


async def test_a_query_while_the_database_is_down_is_service_unavailable(
    down: httpx.AsyncClient,
) -> None:
    response = await down.post(
        "/graphql", json={"query": "{ countries { id } }"}, headers={"Accept-Language": "en"}
    )
    assert response.status_code in (200, 503)
    unavailable(response)


async def test_a_key_check_while_the_database_is_down_is_503(down: httpx.AsyncClient) -> None:
    response = await down.post(
        "/graphql",
        json={"query": "{ countries { id } }"},
        headers={"Authorization": "Bearer hub_0123456789ab_secret", "Accept-Language": "en"},
    )
    assert response.status_code == 503
    unavailable(response)


async def test_healthz_says_unavailable_while_the_database_is_down(
    down: httpx.AsyncClient,
) -> None:
    response = await down.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "backend": "falkordb-embedded"}


@pytest.mark.parametrize("wrong", ["password", "port"])
async def test_healthz_reports_a_misconfigured_bolt_backend(
    bolt_uri: tuple[str, str, str, str], settings: Settings, wrong: str
) -> None:
    uri, user, password, database = bolt_uri
    if wrong == "password":
        password += "-not-it"
    else:
        uri = f"bolt://127.0.0.1:{free_port()}"  # nobody listens there
    broken = Neo4jStore(uri, user=user, password=password, database=database or None)
    app = create_app(settings, store=broken)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://hub.test"
    ) as client:
        response = await client.get("/healthz")
    await broken.close()
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "backend": "neo4j"}


async def test_an_admin_gets_the_same_page_size_cap(api: Api, keys: Keys) -> None:
    token = await keys("admin")
    body = await api("{ startups(first: 101) { totalCount } }", key=token)
    assert error_codes(body) == ["BAD_USER_INPUT"]
