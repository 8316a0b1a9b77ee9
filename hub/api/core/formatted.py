"""Display strings formatted per locale (dates, money), served as text with language and dir.

Amounts travel as `Decimal` with an explicit currency (`Money`); the display string is CLDR's
for the locale asked (`locale:` argument, else the request's: fr → fr_MA, ar → ar_MA).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import strawberry
from graphql import FloatValueNode, GraphQLError, IntValueNode, StringValueNode, ValueNode

from hub.api.core.context import Info
from hub.api.core.enums import Currency
from hub.api.core.localized import LocaleArg, LocalizedText, requested, text_in
from hub.i18n.formatting import format_date, format_money
from hub.i18n.labels import N_

#: An amount as written in a request: digits, then a point and decimals if any; no exponent, no
#: separators, no spaces, no sign but a leading minus.
AMOUNT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
AMOUNT_FORMAT = N_("an amount is written like 1234.50 (digits, then a point and decimals)")


def parse_amount(value: object) -> Decimal:
    """A string such as `"1234.50"` or a whole number; floats are refused, being inexact."""
    if (
        isinstance(value, bool)
        or not isinstance(value, str | int)
        or not AMOUNT.fullmatch(str(value))
    ):
        raise ValueError(AMOUNT_FORMAT)
    return Decimal(str(value))


def parse_amount_literal(node: ValueNode, variables: dict[str, Any] | None = None) -> Decimal:
    """A literal in the document (`12.5`, `"12.50"`): a wrong one is the document's mistake,
    told as a GraphQLError so that validation reports it as such."""
    if isinstance(node, StringValueNode | IntValueNode | FloatValueNode):
        try:
            return parse_amount(node.value)
        except ValueError:
            pass
    raise GraphQLError(AMOUNT_FORMAT, node)


def serialize_amount(value: Decimal) -> str:
    """Plain notation (`1000.00`, never `1E+3`), and no negative zero."""
    return format(value + 0, "f")


DECIMAL = strawberry.scalar(
    name="Decimal",
    description='An exact decimal number in plain notation, as a string: `"1234.50"`. Input: '
    "such a string or a whole number (no exponent, separators or spaces; floats are refused).",
    serialize=serialize_amount,
    parse_value=parse_amount,
    parse_literal=parse_amount_literal,
)


@strawberry.type(description="An amount of money; the currency is always explicit.")
class Money:
    amount: Decimal = strawberry.field(
        description="In plain decimal notation, to the currency's minor unit (`1500.00`)."
    )
    currency: Currency = strawberry.field(description="The amount's currency.")

    @strawberry.field(description="For display: `1 234,50 MAD` (fr), `€1,234.50` (en)…")
    def formatted(self, info: Info, locale: LocaleArg = None) -> LocalizedText:
        asked = requested(info, locale)
        return text_in(format_money(self.amount, self.currency, asked), asked.language)


@strawberry.input(
    description="An amount of money and its currency: at most the currency's minor units "
    "(2 decimals for MAD and EUR), from 0."
)
class MoneyInput:
    amount: Decimal = strawberry.field(
        description="A decimal string (`1500`, `1500.5`, `-12.30`): no exponent, no "
        "separators, no more decimals than the currency has."
    )
    currency: Currency = strawberry.field(description="The amount's currency.")


def money_of(row: dict[str, Any], prefix: str) -> Money | None:
    """A `Money` from `<prefix>_amount` (a decimal string: no floats in the graph) and
    `<prefix>_currency`; None when either is missing."""
    amount, currency = row.get(f"{prefix}_amount"), row.get(f"{prefix}_currency")
    if amount is None or currency is None:
        return None
    try:
        kind = Currency(currency)
        exact = Decimal(str(amount)).quantize(Decimal(1).scaleb(-kind.minor_units))
        return Money(amount=exact, currency=kind)
    except (InvalidOperation, ValueError):
        return None


def formatted_date(
    value: date | datetime | None, info: Info, locale: LocaleArg = None
) -> LocalizedText | None:
    """`5 mar. 2026` (fr_MA), `5 mars 2026` (fr_FR), `05‏/03‏/2026` (ar_MA), `Mar 5, 2026` (en)."""
    if value is None:
        return None
    asked = requested(info, locale)
    return text_in(format_date(value, asked), asked.language)
