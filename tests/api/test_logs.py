"""The server log: a refusal that is the caller's doing is one line with its code, operation,
filled-in message and key id; an unexpected error is logged once, with its traceback and the
request id the client also receives."""

from __future__ import annotations

import logging

import pytest

from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes

HUB_LOGGERS = ("hub", "strawberry", "uvicorn")


def logged(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.split(".")[0] in HUB_LOGGERS]


async def test_a_refusal_is_one_line_with_its_code_message_and_key_id(
    api: Api, keys: Keys, caplog: pytest.LogCaptureFixture
) -> None:
    admin = await keys("admin")
    _, key_id, secret = admin.split("_", 2)
    caplog.set_level(logging.INFO)
    body = await api('mutation Remove { deleteStartup(id: "ghost") }', key=admin, language="fr")
    assert error_codes(body) == ["NOT_FOUND"]
    (record,) = logged(caplog)
    assert record.levelno == logging.INFO and record.exc_info is None
    line = record.getMessage()
    assert (
        line == f"refused NOT_FOUND in Remove (key {key_id}, request {record.request_id}): "
        "no startup with id ghost"
    )
    assert "\n" not in line and secret not in line and admin not in line
    assert (record.code, record.operation, record.key_id) == ("NOT_FOUND", "Remove", key_id)


async def test_a_document_mistake_is_one_line_too(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    body = await api("{ startups { nope } }")
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    (record,) = logged(caplog)
    assert record.levelno == logging.INFO and record.exc_info is None
    assert "GRAPHQL_VALIDATION_FAILED" in record.getMessage()
    assert "nope" in record.getMessage() and "key -" in record.getMessage()


async def test_an_unexpected_error_is_logged_once_with_the_request_id_the_client_gets(
    store: GraphStore, api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    # A stage the code does not know (bad data): the resolver fails in an unexpected way.
    await store.write(
        "CREATE (s:Entity:Startup) SET s.id = 'odd', s.name = 'Odd', s.search = 'odd', "
        "s.stage = 'no-such-stage'"
    )
    caplog.set_level(logging.INFO)
    response = await api.post('query Odd { startup(id: "odd") { name stage } }')
    (error,) = response.json()["errors"]
    request_id = error["extensions"]["requestId"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert response.headers["x-request-id"] == request_id
    (record,) = logged(caplog)
    assert record.levelno == logging.ERROR and record.exc_info is not None
    assert record.request_id == request_id and request_id in record.getMessage()
    assert "no-such-stage" in caplog.text  # the cause is in the log, not in the answer
    assert "no-such-stage" not in response.text


async def test_a_proxy_request_id_is_kept_and_a_forged_one_replaced(api: Api) -> None:
    given = "edge-7f3a9c21"
    kept = await api.client.post(
        "/graphql", json={"query": "{ countries { id } }"}, headers={"X-Request-Id": given}
    )
    assert kept.headers["x-request-id"] == given
    forged = await api.client.post(
        "/graphql",
        json={"query": "{ countries { id } }"},
        headers={"X-Request-Id": "a b\nFAKE log line"},
    )
    assert forged.headers["x-request-id"] != "a b\nFAKE log line"
    assert len(forged.headers["x-request-id"]) == 32
