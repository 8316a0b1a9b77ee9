"""Display strings formatted per locale where the API returns them: funding sought (money),
settlement due dates, and settlement step texts with a `locale` argument."""

from __future__ import annotations

from hub.graph.store import GraphStore
from tests.api.settlement_seed import move, seed, start, step_of
from tests.conftest import Api, Keys, error_codes

CREATE = """
mutation($input: StartupInput!) {
  createStartup(input: $input) {
    id fundingSought { amount currency formatted { text language dir } }
  }
}"""
READ = """
query($id: ID!) {
  startup(id: $id) {
    fr: fundingSought { formatted(locale: FR_MA) { text } }
    ar: fundingSought { formatted(locale: AR_MA) { text dir } }
    en: fundingSought { formatted(locale: EN) { text } }
  }
}"""


async def test_funding_sought_is_money_with_an_explicit_currency(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    made = await api.data(
        CREATE,
        {
            "input": {
                "name": "Argane Pay",
                "stage": "CREATION",
                "fundingSought": {"amount": "1234.5", "currency": "MAD"},
            }
        },
        key=admin,
        language="fr-FR",
    )
    funding = made["createStartup"]["fundingSought"]
    assert (funding["amount"], funding["currency"]) == ("1234.50", "MAD")  # minor units
    assert funding["formatted"] == {
        "text": "1\u202f234,50\u00a0MAD",
        "language": "FR",
        "dir": "LTR",
    }
    data = await api.data(READ, {"id": made["createStartup"]["id"]})
    assert data["startup"]["fr"]["formatted"]["text"] == "1\u202f234,50\u00a0MAD"
    assert data["startup"]["ar"]["formatted"] == {
        "text": "\u200f1.234,50\u00a0د.م.\u200f",
        "dir": "RTL",
    }
    assert data["startup"]["en"]["formatted"]["text"] == "MAD1,234.50"


async def test_a_negative_amount_is_refused_and_nothing_written(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    admin = await keys("admin")
    body = await api(
        CREATE,
        {
            "input": {
                "name": "X",
                "stage": "IDEA",
                "fundingSought": {"amount": "-5", "currency": "EUR"},
            }
        },
        key=admin,
        language="ar",
    )
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["errors"][0]["extensions"]["field"] == "fundingSought"
    rows = await store.read("MATCH (s:Startup) RETURN count(s) AS n")
    assert rows[0]["n"] == 0


async def test_due_dates_and_step_texts_in_the_locale_asked(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    token = await keys("startup", "atlas-ai")
    journey = await start(api, token, "atlas-ai", "marseille")
    step = step_of(journey, "ftv-eligibility")
    await move(api, token, step, "IN_PROGRESS", due="2026-03-05")
    data = await api.data(
        """query($id: ID!) { settlementJourney(id: $id) { steps { key
             fr: formattedDueDate(locale: FR_FR) { text }
             ar: formattedDueDate(locale: AR_MA) { text dir }
             en: formattedDueDate(locale: EN) { text }
             template { title(locale: AR) { language dir } } } } }""",
        {"id": journey["id"]},
        key=token,
    )
    due = step_of(data["settlementJourney"], "ftv-eligibility")
    assert due["fr"]["text"] == "5 mars 2026"
    assert due["ar"] == {"text": "05\u200f/03\u200f/2026", "dir": "RTL"}
    assert due["en"]["text"] == "Mar 5, 2026"
    assert due["template"]["title"] == {"language": "AR", "dir": "RTL"}
    other = step_of(data["settlementJourney"], "kbis-siren")
    assert other["fr"] is None  # no due date set
