"""GraphQL over HTTP (the specification's two media types): `application/json` answers 200 to
every well-formed request; `application/graphql-response+json`, when the client prefers it,
answers 4xx to a request that fails before execution. A response has `data` only when
execution started; syntax errors are told from validation errors; other methods get 405."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from hub.api.core.http import GRAPHQL_RESPONSE, JSON, media_type
from tests.conftest import Api, error_codes

VALID = "{ countries { id } }"
SYNTAX = "{ countries { id }"
INVALID = "{ countriez { id } }"


async def _post(api: Api, query: str, accept: str | None, **headers: str) -> httpx.Response:
    sent = {**headers, **({"Accept": accept} if accept else {})}
    return await api.client.post("/graphql", json={"query": query}, headers=sent)


def _body(response: httpx.Response) -> dict[str, Any]:
    found: dict[str, Any] = response.json()
    return found


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, JSON),
        ("*/*", JSON),
        ("application/json", JSON),
        (GRAPHQL_RESPONSE, GRAPHQL_RESPONSE),
        (f"{GRAPHQL_RESPONSE}, application/json;q=0.9", GRAPHQL_RESPONSE),
        (f"application/json, {GRAPHQL_RESPONSE};q=0.5", JSON),
        (f"{GRAPHQL_RESPONSE};q=0", JSON),
        ("text/html", JSON),
    ],
)
def test_the_media_type_follows_the_clients_preference(accept: str | None, expected: str) -> None:
    assert media_type(accept) == expected


async def test_graphql_response_json_answers_400_before_execution(api: Api) -> None:
    ok = await _post(api, VALID, GRAPHQL_RESPONSE)
    assert ok.status_code == 200
    assert ok.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    assert "data" in _body(ok)
    for query, code in [(SYNTAX, "GRAPHQL_PARSE_FAILED"), (INVALID, "GRAPHQL_VALIDATION_FAILED")]:
        refused = await _post(api, query, GRAPHQL_RESPONSE)
        assert refused.status_code == 400, query
        assert refused.headers["content-type"].startswith(GRAPHQL_RESPONSE)
        assert "data" not in _body(refused) and error_codes(_body(refused)) == [code]


async def test_application_json_answers_200_without_data_before_execution(api: Api) -> None:
    for accept in (None, "application/json"):
        for query, code in [
            (SYNTAX, "GRAPHQL_PARSE_FAILED"),
            (INVALID, "GRAPHQL_VALIDATION_FAILED"),
        ]:
            answer = await _post(api, query, accept)
            assert answer.status_code == 200
            assert answer.headers["content-type"].startswith(JSON)
            assert "data" not in _body(answer) and error_codes(_body(answer)) == [code]


async def test_a_field_error_keeps_data_and_200(api: Api) -> None:
    """Execution started: `data` is there (null up to the nearest nullable field), 200."""
    answer = await _post(api, "{ missingTranslations { count } }", GRAPHQL_RESPONSE)
    assert answer.status_code == 200
    body = _body(answer)
    assert "data" in body and error_codes(body) == ["UNAUTHENTICATED"]


async def test_request_errors_outside_graphql_have_no_data(api: Api) -> None:
    answer = await _post(api, VALID, GRAPHQL_RESPONSE, Authorization="Bearer not-a-key")
    assert answer.status_code == 401
    assert answer.headers["content-type"].startswith(GRAPHQL_RESPONSE)
    assert "data" not in _body(answer) and error_codes(_body(answer)) == ["UNAUTHENTICATED"]


async def test_other_methods_are_told_what_is_allowed(api: Api) -> None:
    for method in ("PUT", "PATCH", "DELETE"):
        answer = await api.client.request(method, "/graphql", json={"query": VALID})
        assert answer.status_code == 405, method
        assert answer.headers["allow"] == "GET, POST, OPTIONS"
        assert error_codes(_body(answer)) == ["METHOD_NOT_ALLOWED"]
    options = await api.client.options("/graphql")
    assert options.status_code == 204 and options.headers["allow"] == "GET, POST, OPTIONS"
