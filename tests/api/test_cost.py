"""A document's cost (the objects it may ask for, lists multiplying what they hold) is judged
before it runs: too costly a document is refused, in the caller's language, having read
nothing from the database."""

from __future__ import annotations

import re
from typing import Any

from hub.api.core.cost import ASSUMED_LIST
from hub.config import Settings
from tests.conftest import Api, Keys, error_codes

#: A page of startups, their hosts, the startups those host, their mentors and sectors: four
#: nested lists under a page.
NESTED = """query ($first: Int) { startups(first: $first) { edges { node { id
  hosts { id hostedStartups { id mentors { id sectors { id } } } } } } } }"""
SPREAD = """query ($first: Int) { startups(first: $first) { edges { node { id ...Hosts } } } }
  fragment Hosts on Startup { hosts { id hostedStartups { ...Mentors } } }
  fragment Mentors on Startup { id mentors { id sectors { id } } }"""


def expected(page: int) -> int:
    """Each list holds ASSUMED_LIST objects, each object counts 1, an edge counts 1."""
    n = ASSUMED_LIST
    node = 1 + n * (1 + n * (1 + n * (1 + n)))
    return 1 + page * (1 + node)


def cost_of(body: dict[str, Any]) -> int:
    errors = body.get("errors")
    assert isinstance(errors, list) and len(errors) == 1, body
    found = re.search(r"\d+", errors[0]["message"])
    assert found is not None, errors
    return int(found.group())


async def test_a_costly_document_is_refused_before_anything_is_read(
    api: Api, settings: Settings
) -> None:
    """Asked anonymously, so that not even a key is looked up."""
    body = await api(NESTED, {"first": 5}, language="fr")
    assert body.get("data") is None and error_codes(body) == ["BAD_USER_INPUT"]
    message = body["errors"][0]["message"]
    assert message.startswith("cette requête peut coûter"), message
    assert cost_of(body) == expected(settings.max_page_size) > settings.max_query_cost
    assert body["extensions"]["dbRoundTrips"] == 0
    arabic = await api(NESTED, {"first": 5}, language="ar")
    assert arabic["errors"][0]["message"].startswith("قد يكلف هذا الطلب")


async def test_a_variable_counts_at_its_default_or_else_at_the_largest_page(
    api: Api, keys: Keys, settings: Settings
) -> None:
    """Validation sees the document only: `first: $first` may be the largest page, unless the
    variable's default says otherwise; a literal counts as written."""
    admin = await keys("admin")
    assert expected(5) <= settings.max_query_cost
    for document in (
        NESTED.replace("$first: Int", "$first: Int = 5"),
        NESTED.replace("$first", "5").replace("query (5: Int) ", ""),
    ):
        assert "errors" not in await api(document, {}, key=admin), document


async def test_fragments_cost_what_their_fields_cost_where_they_are_spread(
    api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    assert cost_of(await api(SPREAD, {}, key=admin)) == cost_of(await api(NESTED, {}, key=admin))
    assert "errors" not in await api(SPREAD.replace("$first: Int", "$first: Int = 5"), key=admin)
