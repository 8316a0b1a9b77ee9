"""Display strings per locale, compared code point for code point (U+202F, U+00A0, U+200F)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from hub.i18n import Locale
from hub.i18n.formatting import Currency, format_date, format_money, format_number

NNBSP, NBSP, RLM = "\u202f", "\u00a0", "\u200f"
AMOUNT = Decimal("1234.5")
DAY = date(2026, 3, 5)


@pytest.mark.parametrize(
    ("locale", "mad", "eur", "day", "number"),
    [
        (
            Locale.FR_MA,
            f"1{NNBSP}234,50{NBSP}MAD",
            f"1{NNBSP}234,50{NBSP}€",
            "5 mar. 2026",
            f"1{NNBSP}234,5",
        ),
        (
            Locale.FR,
            f"1{NNBSP}234,50{NBSP}MAD",
            f"1{NNBSP}234,50{NBSP}€",
            "5 mar. 2026",
            f"1{NNBSP}234,5",
        ),
        (
            Locale.AR_MA,
            f"{RLM}1.234,50{NBSP}د.م.{RLM}",
            f"{RLM}1.234,50{NBSP}€",
            f"05{RLM}/03{RLM}/2026",
            "1.234,5",
        ),
        (
            Locale.AR,
            f"{RLM}1.234,50{NBSP}د.م.{RLM}",
            f"{RLM}1.234,50{NBSP}€",
            f"05{RLM}/03{RLM}/2026",
            "1.234,5",
        ),
        (
            Locale.FR_FR,
            f"1{NNBSP}234,50{NBSP}MAD",
            f"1{NNBSP}234,50{NBSP}€",
            "5 mars 2026",
            f"1{NNBSP}234,5",
        ),
        (Locale.EN, "MAD1,234.50", "€1,234.50", "Mar 5, 2026", "1,234.5"),
    ],
)
def test_exact_strings(locale: Locale, mad: str, eur: str, day: str, number: str) -> None:
    assert format_money(AMOUNT, Currency.MAD, locale) == mad
    assert format_money(AMOUNT, "EUR", locale) == eur
    assert format_date(DAY, locale) == day
    assert format_number(AMOUNT, locale) == number


def test_the_currency_is_never_derived_from_the_locale() -> None:
    # Euros stay euros for a Moroccan reader, dirhams stay dirhams for a French one.
    assert format_money(Decimal("99"), Currency.EUR, Locale.AR_MA) == f"{RLM}99,00{NBSP}€"
    assert format_money(Decimal("99"), Currency.MAD, Locale.FR_FR) == f"99,00{NBSP}MAD"


def test_amounts_are_decimal_only() -> None:
    with pytest.raises(TypeError):
        format_money(1234.5, Currency.MAD, Locale.FR)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_money(Decimal(1), "USD", Locale.FR)


def test_a_datetime_is_shown_by_its_date() -> None:
    stamp = datetime(2026, 3, 5, 23, 30, tzinfo=UTC)
    assert format_date(stamp, Locale.EN) == "Mar 5, 2026"


def test_money_is_stored_as_a_decimal_string_with_its_currency() -> None:
    from hub.api.core.formatted import Money, money_of
    from hub.domain.validation import money

    props = money({"amount": Decimal("1234.50"), "currency": Currency.EUR}, "funding")
    assert props == {"funding_amount": "1234.50", "funding_currency": "EUR"}
    assert money_of(props, "funding") == Money(amount=Decimal("1234.50"), currency=Currency.EUR)
    assert money_of({"funding_amount": "1234.50"}, "funding") is None  # no currency: no money
    assert money_of({"funding_amount": "x", "funding_currency": "EUR"}, "funding") is None
    assert money(None, "funding") == {"funding_amount": None, "funding_currency": None}
