"""Translatable text in the API: served in the caller's language, saying which one was served."""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Language
from hub.i18n import Locale, language_of, pick

__all__ = [
    "Language",
    "Locale",
    "LocaleArg",
    "LocalizedText",
    "TextDirection",
    "TranslationsInput",
    "direction_of",
    "localized",
    "name_of",
    "requested",
    "text_in",
]


#: The `locale` argument of every translated or formatted field.
LocaleArg = Annotated[
    Locale | None,
    strawberry.argument(
        description="The language (and regional formatting) to answer in. Default: the "
        "request's, from Accept-Language (French when it names none the hub serves)."
    ),
]


@strawberry.enum(description="Which way a text runs, for laying it out.")
class TextDirection(Enum):
    LTR = strawberry.enum_value("ltr", description="Left to right (French, English).")
    RTL = strawberry.enum_value("rtl", description="Right to left (Arabic).")


@strawberry.type(description="A text in one language, with the language actually served.")
class LocalizedText:
    text: str = strawberry.field(description="The text, in `language`.")
    language: Language = strawberry.field(
        description="The language served: the one asked for, or the first fallback that has "
        "this text."
    )
    dir: TextDirection = strawberry.field(
        description="How to lay the text out (RTL for Arabic): use it as the HTML `dir`."
    )


@strawberry.input(description="Texts per language; a language left out is left unchanged.")
class TranslationsInput:
    fr: str | None = strawberry.field(default=None, description="The text in French.")
    en: str | None = strawberry.field(default=None, description="The text in English.")
    ar: str | None = strawberry.field(default=None, description="The text in Arabic.")

    def as_dict(self) -> dict[Language, str | None]:
        return {Language.FR: self.fr, Language.EN: self.en, Language.AR: self.ar}


def direction_of(language: Language) -> TextDirection:
    return TextDirection.RTL if language is Language.AR else TextDirection.LTR


def text_in(text: str, language: Language) -> LocalizedText:
    """A text known to be in `language` (a translated message, a label, a user's own words)."""
    return LocalizedText(text=text, language=language, dir=direction_of(language))


def requested(info: Info, locale: Locale | Language | None = None) -> Locale:
    """The locale a field is served in: its `locale` argument, else the request's."""
    if isinstance(locale, Locale):
        return locale
    if locale is None or language_of(locale) is info.context.locale.language:
        return info.context.locale  # keeps the request's region (fr-FR: FR_FR)
    return Locale(language_of(locale).value)


def localized(
    row: dict[str, Any], field: str, info: Info, locale: Locale | Language | None = None
) -> LocalizedText | None:
    """`<field>_<lang>` in the asked language, else along its fallback chain, saying which."""
    found = pick(row, field, requested(info, locale))
    if found is None:
        return None
    text, language = found
    return text_in(text, language)


def name_of(
    row: dict[str, Any], info: Info, locale: Locale | Language | None = None
) -> LocalizedText:
    """Names are required in at least one language at write time; the id stands in otherwise."""
    found = localized(row, "name", info, locale)
    return found or LocalizedText(text=row["id"], language=Language.EN, dir=TextDirection.LTR)
