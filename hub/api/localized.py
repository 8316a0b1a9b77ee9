"""Translatable text in the API: served in the caller's language, saying which one was served."""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from hub.api.context import Info
from hub.domain.vocabulary import Language
from hub.i18n import pick

LanguageCode = strawberry.enum(Language, name="LanguageCode", description="fr, en or ar")


@strawberry.enum(description="Which way a text runs, for laying it out.")
class TextDirection(Enum):
    LTR = "ltr"
    RTL = "rtl"


@strawberry.type(description="A text in one language, with the language actually served.")
class LocalizedText:
    text: str
    language: LanguageCode  # type: ignore[valid-type]
    dir: TextDirection


@strawberry.input(description="Texts per language; a language left out is left unchanged.")
class TranslationsInput:
    fr: str | None = None
    en: str | None = None
    ar: str | None = None

    def as_dict(self) -> dict[Language, str | None]:
        return {Language.FR: self.fr, Language.EN: self.en, Language.AR: self.ar}


def localized(
    row: dict[str, Any], field: str, info: Info, locale: Language | None = None
) -> LocalizedText | None:
    found = pick(row, field, locale or info.context.language)
    if found is None:
        return None
    text, language = found
    direction = TextDirection.RTL if language is Language.AR else TextDirection.LTR
    return LocalizedText(text=text, language=language, dir=direction)


def name_of(row: dict[str, Any], info: Info, locale: Language | None = None) -> LocalizedText:
    """Names are required in at least one language at write time; the id stands in otherwise."""
    found = localized(row, "name", info, locale)
    return found or LocalizedText(text=row["id"], language=Language.EN, dir=TextDirection.LTR)
