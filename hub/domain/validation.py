"""Checks on values people type into profiles: shapes, ranges, sizes (pure, no I/O).

Each check returns the cleaned value or raises `InvalidInput` naming the API field at fault.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import Currency, Language

MAX_NAME = 160
MAX_TEXT = 4000
MAX_SHORT = 300
MAX_LIST = 20
MAX_CAPACITY = 100
FIRST_YEAR = 1900
MAX_AMOUNT = Decimal(10) ** 12

_URL = re.compile(r"^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ().-]{4,28}[0-9]$")
# ISO 639-1: every two-letter language code.
_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy "
    "da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht "
    "hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky "
    "la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny "
    "oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss "
    "st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo "
    "za zh zu"
)
ISO_639_1 = frozenset(_ISO_639_1.split())

E = TypeVar("E", bound=Enum)


def camel(name: str) -> str:
    """The API's name of a field (`founded_year` -> `foundedYear`)."""
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def text(value: str | None, field: str, *, limit: int = MAX_SHORT) -> str | None:
    """Trimmed text; empty means absent."""
    if value is None:
        return None
    cleaned = value.strip()
    if len(cleaned) > limit:
        raise InvalidInput("{field} is longer than {limit} characters", field=field, limit=limit)
    return cleaned or None


def required_text(value: str | None, field: str, *, limit: int = MAX_NAME) -> str:
    cleaned = text(value, field, limit=limit)
    if cleaned is None:
        raise InvalidInput("{field} is required", field=field)
    return cleaned


def url(value: str | None, field: str) -> str | None:
    cleaned = text(value, field)
    if cleaned is not None and not _URL.match(cleaned):
        raise InvalidInput("{field} must be an http(s) address", field=field)
    return cleaned


def email(value: str | None, field: str) -> str | None:
    cleaned = text(value, field, limit=254)
    if cleaned is not None and not _EMAIL.match(cleaned):
        raise InvalidInput("{field} must be an email address", field=field)
    return cleaned


def phone(value: str | None, field: str) -> str | None:
    cleaned = text(value, field, limit=30)
    if cleaned is not None and not _PHONE.match(cleaned):
        raise InvalidInput("{field} must be a phone number", field=field)
    return cleaned


def integer(value: int | None, field: str, *, low: int, high: int) -> int | None:
    if value is not None and not low <= value <= high:
        raise InvalidInput(
            "{field} must be between {low} and {high}", field=field, low=low, high=high
        )
    return value


def money(value: Mapping[str, Any] | None, field: str) -> dict[str, str | None]:
    """An amount (Decimal, stored as its string: no floats in the graph) and its currency."""
    if value is None:
        return {f"{field}_amount": None, f"{field}_currency": None}
    amount = value["amount"]
    if not isinstance(amount, Decimal) or not amount.is_finite() or not 0 <= amount <= MAX_AMOUNT:
        raise InvalidInput(
            "{field} must be an amount between 0 and {high}", field=camel(field), high=MAX_AMOUNT
        )
    currency = Currency(str(member(value["currency"], Currency, camel(field))))
    amount_text = canonical_amount(amount, currency, field)
    return {f"{field}_amount": amount_text, f"{field}_currency": currency.value}


def canonical_amount(amount: Decimal, currency: Currency, field: str) -> str:
    """The amount in plain notation with the currency's minor units (`1000.00`, never
    `1E+3`, `-0` or a sub-cent part): a finer amount is refused, not rounded."""
    step = Decimal(1).scaleb(-currency.minor_units)
    exact = (amount + 0).quantize(step)  # + 0: -0 is 0
    if exact != amount:
        raise InvalidInput(
            "{field} has more decimals than {currency} allows ({units})",
            field=camel(field),
            currency=currency.value,
            units=currency.minor_units,
        )
    return format(exact, "f")


def capped(values: Iterable[str] | None, field: str, *, limit: int = MAX_LIST) -> list[str]:
    """Distinct, trimmed, non-empty values in their given order, at most `limit` of them."""
    seen: dict[str, None] = {}
    for value in values or ():
        cleaned = value.strip()
        if not cleaned:
            raise InvalidInput("{field} holds an empty value", field=field)
        seen[cleaned] = None
    if len(seen) > limit:
        raise InvalidInput("{field} holds more than {limit} values", field=field, limit=limit)
    return list(seen)


def languages(values: Iterable[str] | None, field: str = "languages") -> list[str]:
    codes = [code.lower() for code in capped(values, field)]
    for code in codes:
        if code not in ISO_639_1:
            raise InvalidInput(
                "{field}: {code} is not an ISO 639-1 language code", field=field, code=code
            )
    return list(dict.fromkeys(codes))


def members(values: Iterable[Enum | str] | None, kind: type[E], field: str) -> list[str]:
    """Distinct values of a vocabulary, stored by their value."""
    found = [member(value, kind, field) for value in values or ()]
    return list(dict.fromkeys(v for v in found if v is not None))


def member(value: Enum | str | None, kind: type[E], field: str) -> str | None:
    if value is None:
        return None
    try:
        found: str = kind(value.value if isinstance(value, Enum) else value).value
    except ValueError as exc:
        raise InvalidInput("{field}: unknown value {value}", field=field, value=str(value)) from exc
    return found


def translations(
    given: Mapping[Language, str | None] | None, field: str, prefix: str, *, limit: int
) -> dict[str, str | None]:
    """Per-language properties (`<prefix>_fr`…) for the languages given: text sets one, an empty
    string clears one (None), a language left out is left out (unchanged)."""
    props: dict[str, str | None] = {}
    for language, value in (given or {}).items():
        if value is None:
            continue
        props[f"{prefix}_{Language(language).value}"] = text(value, field, limit=limit)
    return props
