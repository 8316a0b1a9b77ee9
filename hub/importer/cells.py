"""A spreadsheet cell as the value a mutation would send (raises `InvalidInput` on a bad one)."""

from __future__ import annotations

import re
from typing import Any

from hub.domain.errors import InvalidInput
from hub.domain.text import storable, unstorable
from hub.domain.validation import MAX_TEXT
from hub.importer.kinds import BOOL, INTEGER, LIST, Column

_SEPARATORS = re.compile(r"[;,|]")
_TRUE, _FALSE = {"true", "yes", "oui", "1", "y"}, {"false", "no", "non", "0", "n"}


def _storable(column: Column, text: str) -> str:
    """What the API refuses before any resolver runs (api/core/limits.py), refused here too,
    and a cell longer than any field takes (the domain's rules then hold each to its own)."""
    if not storable(text):
        raise unstorable()
    if len(text) > MAX_TEXT:
        raise InvalidInput(
            "{field} is longer than {limit} characters", field=column.name, limit=MAX_TEXT
        )
    return text


def _one(column: Column, value: Any) -> Any:
    """A JSON cell holds one value (a list only in a list column, of single values)."""
    if isinstance(value, dict | list):
        raise InvalidInput("{column}: expected a single value", column=column.name)
    return value


def _text(column: Column, value: Any) -> str | None:
    if _one(column, value) is None:
        return None
    if isinstance(value, str):
        _storable(column, value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    cleaned = str(value).strip()
    return cleaned or None


def parse(column: Column, value: Any) -> Any:
    if column.cell == LIST:
        if isinstance(value, list):
            return [_storable(column, str(_one(column, item))) for item in value]
        text = _text(column, value)
        return [part.strip() for part in _SEPARATORS.split(text)] if text else []
    if column.cell == INTEGER:
        if isinstance(value, bool):
            raise InvalidInput(
                "{column}: {value} is not a whole number", column=column.name, value=str(value)
            )
        if isinstance(value, int):
            return value
        text = _text(column, value)
        if text is None:
            return None
        try:
            return int(text)
        except ValueError:
            raise InvalidInput(
                "{column}: {value} is not a whole number", column=column.name, value=text
            ) from None
    if column.cell == BOOL:
        if isinstance(value, bool) or value is None:
            return value
        text = _text(column, value)
        if text is None:
            return None
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise InvalidInput("{column}: {value} is not yes or no", column=column.name, value=text)
    return _text(column, value)
