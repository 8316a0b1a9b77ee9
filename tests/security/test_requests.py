"""Requests that are not GraphQL at all get a 4xx and a GraphQL error in the caller's language,
never a server error; with introspection off, errors do not hint at the schema's names."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.graph.store import GraphStore
from tests.conftest import Api, error_codes

BODIES = [b"null", b'"x"', b"42", b"true", b"[]", b"\xff\xfe{", b"{", b""]


@pytest.mark.parametrize("body", BODIES, ids=repr)
async def test_a_body_that_is_not_a_graphql_request_is_a_request_error(
    api: Api, body: bytes
) -> None:
    answers = {
        language: await api.client.post(
            "/graphql",
            content=body,
            headers={"Content-Type": "application/json", "Accept-Language": language},
        )
        for language in ("en", "fr", "ar")
    }
    for answer in answers.values():
        assert answer.status_code == 400, answer.text
        found = answer.json()
        assert "data" not in found
        assert error_codes(found) == ["BAD_REQUEST"]
    messages = {answer.json()["errors"][0]["message"] for answer in answers.values()}
    assert len(messages) == 3  # one per language


@pytest.mark.parametrize("media_type", ["text/plain", "application/xml", ""])
async def test_another_media_type_is_refused_with_415(api: Api, media_type: str) -> None:
    answer = await api.client.post(
        "/graphql",
        content=b'{"query": "{ sectors { id } }"}',
        headers={"Content-Type": media_type, "Accept-Language": "fr"},
    )
    assert answer.status_code == 415
    assert error_codes(answer.json()) == ["BAD_REQUEST"]
    assert "application/json" in answer.json()["errors"][0]["message"]


@pytest.fixture
async def closed(store: GraphStore) -> AsyncIterator[Api]:
    settings = Settings(introspection=False, _env_file=None)  # type: ignore[call-arg]
    transport = httpx.ASGITransport(app=create_app(settings, store=store))
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield Api(client)


MISTAKES = [
    "{ startupz { id } }",  # a field
    "{ startups(filter: {stage: IDEAA}) { totalCount } }",  # an enum value
    "{ startups(filtre: {}) { totalCount } }",  # an argument
    '{ startups(filter: {sectr: "x"}) { totalCount } }',  # an input field
    "{ startups { edges { node { nam } } } }",  # a field of a type
]


@pytest.mark.parametrize("query", MISTAKES)
async def test_without_introspection_errors_suggest_no_names(
    api: Api, closed: Api, query: str
) -> None:
    assert "did you mean" in str(
        (await api(query, language="en"))["errors"]
    )  # the open schema helps
    body = await closed(query, language="en")
    assert error_codes(body) == ["GRAPHQL_VALIDATION_FAILED"]
    text = str(body["errors"])
    assert "did you mean" not in text.lower()
    for hint in ("'startup'", "'IDEA'", "'filter'", "'sector'", "'name'"):
        assert hint not in text


def repeated(times: int) -> str:
    return "{ " + " ".join("sectors { id }" for _ in range(times)) + " }"


async def test_a_field_repeated_over_and_over_is_refused_before_validation(api: Api) -> None:
    """graphql-core's merge check is quadratic in the repeats of a field (600: 0.7 s): past ten
    in one selection the document is refused without being validated."""
    assert (await api.data(repeated(10)))["sectors"] == []
    for language, word in (("en", "at most 10"), ("fr", "10")):
        body = await api(repeated(400), language=language)
        assert error_codes(body) == ["BAD_USER_INPUT"]
        assert word in body["errors"][0]["message"]
    # Aliases are distinct names (their number has its own limit).
    aliased = "{ " + " ".join(f"s{i}: sectors {{ id }}" for i in range(12)) + " }"
    assert error_codes(await api(aliased)) != ["BAD_USER_INPUT"]
