"""Display strings per locale: dates, numbers, money (Babel, CLDR data).

Amounts are `Decimal` and the currency is always explicit, never derived from the locale: a
Moroccan reader sees euros as euros. Output is CLDR's, code point for code point: French groups
with U+202F and puts U+00A0 before the currency; Arabic (Morocco) wraps amounts and dates in
U+200F right-to-left marks and keeps Latin digits.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal

from hub.domain.vocabulary import Currency
from hub.i18n import Locale, ngettext

__all__ = ["Currency", "format_date", "format_money", "format_number", "ngettext"]


def format_date(value: date | datetime, locale: Locale, length: str = "medium") -> str:
    """`5 mar. 2026` (fr_MA), `5 mars 2026` (fr_FR), `05‏/03‏/2026` (ar_MA), `Mar 5, 2026` (en).
    A datetime is shown by its own (UTC, as stored) calendar date."""
    day = value.date() if isinstance(value, datetime) else value
    return _format_date(day, length, locale=locale.formatting)


def format_number(value: Decimal | int, locale: Locale) -> str:
    """`1 234,5` (fr, U+202F), `1.234,5` (ar_MA), `1,234.5` (en)."""
    return format_decimal(value, locale=locale.formatting)


def format_money(amount: Decimal, currency: Currency | str, locale: Locale) -> str:
    """`1 234,50 MAD` (fr), `‏1.234,50 د.م.‏` (ar_MA), `€1,234.50` (en)."""
    if not isinstance(amount, Decimal):
        raise TypeError("amounts are Decimal, never float")
    return format_currency(amount, Currency(currency).value, locale=locale.formatting)
