"""Which texts of the graph are translatable, and which translations are missing (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hub.domain.vocabulary import LANGUAGES, Language

#: Label → its translatable fields, stored as `<field>_fr`, `<field>_en`, `<field>_ar`.
FIELDS: dict[str, tuple[str, ...]] = {
    "Country": ("name",),
    "City": ("name",),
    "Sector": ("name",),
    "Programme": ("name", "description"),
    "Organisation": ("name", "description"),
    "Startup": ("description",),
    "Mentor": ("bio",),
    "TemplateStep": ("title", "description"),  # settlement steps (journeys' steps copy these)
}


@dataclass(frozen=True)
class Missing:
    """A field of a node written in some languages but not in `language`."""

    label: str
    id: str
    field: str
    language: Language
    available: tuple[Language, ...]
    row: dict[str, Any]


def missing(
    rows: list[dict[str, Any]], language: Language | None = None, label: str | None = None
) -> list[Missing]:
    """Fields that hold text in at least one language and lack it in another (empty = missing).
    A field with no text at all is not listed: there is nothing to translate from."""
    found = []
    for row in rows:
        if label is not None and row["label"] != label:
            continue
        for field in FIELDS.get(row["label"], ()):
            available = tuple(lang for lang in LANGUAGES if row.get(f"{field}_{lang.value}"))
            if not available:
                continue
            for lang in LANGUAGES:
                if lang not in available and language in (None, lang):
                    found.append(Missing(row["label"], row["id"], field, lang, available, row))
    return found
