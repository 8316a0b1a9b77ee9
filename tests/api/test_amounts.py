"""Money has one textual form: plain notation with the currency's minor units (`"1000.00"`),
read from a strict input (a string of digits with an optional point and decimals, or a whole
number); anything else is refused and nothing is written."""

from __future__ import annotations

from typing import Any

import pytest

from hub.graph.store import GraphStore
from tests.conftest import Api, Keys, error_codes

CREATE = """mutation($input: StartupInput!) {
  createStartup(input: $input) { id fundingSought { amount currency } } }"""


def _input(amount: Any, currency: str = "MAD") -> dict[str, Any]:
    funding = {"amount": amount, "currency": currency}
    return {"input": {"name": "Argane Pay", "stage": "IDEA", "fundingSought": funding}}


async def _count(store: GraphStore) -> int:
    return int((await store.read("MATCH (s:Startup) RETURN count(s) AS n"))[0]["n"])


@pytest.mark.parametrize(
    ("given", "shown"),
    [("1000", "1000.00"), (1000, "1000.00"), ("0.1", "0.10"), ("12.340", "12.34"), ("-0", "0.00")],
)
async def test_amounts_come_back_in_one_canonical_form(
    api: Api, keys: Keys, given: Any, shown: str
) -> None:
    made = await api.data(CREATE, _input(given, "EUR"), key=await keys("admin"))
    assert made["createStartup"]["fundingSought"] == {"amount": shown, "currency": "EUR"}


@pytest.mark.parametrize("given", ["1E+3", "1e3", "1_000", " 12 ", "12,5", "+5", "0x10", "", 12.5])
async def test_an_amount_not_written_plainly_is_refused(
    store: GraphStore, api: Api, keys: Keys, given: Any
) -> None:
    body = await api(CREATE, _input(given), key=await keys("admin"), language="fr")
    assert error_codes(body) == ["BAD_USER_INPUT"] and "data" not in body
    message = body["errors"][0]["message"]
    assert message.startswith("la variable $input a une valeur invalide à .fundingSought.amount")
    assert message.endswith(
        ": un montant s'écrit comme 1234.50 (des chiffres, puis un point et les décimales)"
    )
    assert await _count(store) == 0


async def test_a_sub_cent_amount_is_refused_not_rounded(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    body = await api(CREATE, _input("12.345"), key=await keys("admin"), language="fr")
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["message"] == (
        "fundingSought a plus de décimales que MAD n'en permet (2)"
    )
    assert await _count(store) == 0


async def test_a_literal_is_read_as_written(api: Api, keys: Keys) -> None:
    admin = await keys("admin")
    literal = """mutation { createStartup(input: {name: "Lit", stage: IDEA,
      fundingSought: {amount: %s, currency: MAD}}) { fundingSought { amount } } }"""
    made = await api.data(literal % "12.5", key=admin)
    assert made["createStartup"]["fundingSought"] == {"amount": "12.50"}
    refused = await api(literal % "1e3", key=admin)
    assert error_codes(refused) == ["GRAPHQL_VALIDATION_FAILED"] and "data" not in refused


async def test_a_stored_amount_in_another_notation_is_shown_canonically(
    store: GraphStore, api: Api
) -> None:
    await store.write(
        "CREATE (:Entity:Startup {id: 'old', name: 'Old', stage: 'idea', search: 'old', "
        "funding_sought_amount: '1E+3', funding_sought_currency: 'EUR'})"
    )
    data = await api.data('{ startup(id: "old") { fundingSought { amount } } }')
    assert data["startup"]["fundingSought"] == {"amount": "1000.00"}
