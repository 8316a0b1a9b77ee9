"""Display strings formatted per locale (dates, money), served as text with language and dir.

Amounts travel as `Decimal` with an explicit currency (`Money`); the display string is CLDR's
for the locale asked (`locale:` argument, else the request's: fr → fr_MA, ar → ar_MA).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Currency
from hub.api.core.localized import LocalizedText, requested, text_in
from hub.i18n import Locale
from hub.i18n.formatting import format_date, format_money


@strawberry.type(description="An amount of money; the currency is always explicit.")
class Money:
    amount: Decimal
    currency: Currency

    @strawberry.field(description="For display: `1 234,50 MAD` (fr), `€1,234.50` (en)…")
    def formatted(self, info: Info, locale: Locale | None = None) -> LocalizedText:
        asked = requested(info, locale)
        return text_in(format_money(self.amount, self.currency, asked), asked.language)


@strawberry.input(description="An amount of money, as a decimal string or number, and currency.")
class MoneyInput:
    amount: Decimal
    currency: Currency


def money_of(row: dict[str, Any], prefix: str) -> Money | None:
    """A `Money` from `<prefix>_amount` (a decimal string: no floats in the graph) and
    `<prefix>_currency`; None when either is missing."""
    amount, currency = row.get(f"{prefix}_amount"), row.get(f"{prefix}_currency")
    if amount is None or currency is None:
        return None
    try:
        return Money(amount=Decimal(str(amount)), currency=Currency(currency))
    except (InvalidOperation, ValueError):
        return None


def formatted_date(
    value: date | datetime | None, info: Info, locale: Locale | None = None
) -> LocalizedText | None:
    """`5 mar. 2026` (fr_MA), `5 mars 2026` (fr_FR), `05‏/03‏/2026` (ar_MA), `Mar 5, 2026` (en)."""
    if value is None:
        return None
    asked = requested(info, locale)
    return text_in(format_date(value, asked), asked.language)
