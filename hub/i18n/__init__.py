"""Languages: negotiation, fallback chains, translated messages (gettext catalogs via Babel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from babel.support import NullTranslations, Translations

from hub.domain.vocabulary import LANGUAGES, Language

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DEFAULT_LANGUAGE = Language.FR


def parse_accept_language(header: str | None) -> list[str]:
    """Language tags by preference (Babel does not parse the header: q values sorted here)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    return [tag for _, _, tag in sorted(ranked)]


def negotiate(header: str | None) -> Language:
    """The first supported bare language asked for; French (the hub's lingua franca) otherwise."""
    for tag in parse_accept_language(header):
        bare = tag.replace("_", "-").split("-")[0].lower()
        if bare in {lang.value for lang in LANGUAGES}:
            return Language(bare)
    return DEFAULT_LANGUAGE


def fallback_chain(language: Language) -> tuple[Language, ...]:
    """The asked language first, then French, English, Arabic."""
    return (language, *(lang for lang in LANGUAGES if lang != language))


def pick(row: dict[str, Any], field: str, language: Language) -> tuple[str, Language] | None:
    """The text of a translatable field (stored as `<field>_<lang>`) and the language served."""
    for lang in fallback_chain(language):
        text = row.get(f"{field}_{lang.value}")
        if text:
            return text, lang
    return None


@cache
def translations(language: Language) -> NullTranslations:
    return Translations.load(str(LOCALES_DIR), [language.value], "hub")


def translate(message: str, language: Language, params: dict[str, Any] | None = None) -> str:
    text = translations(language).gettext(message)
    return text.format(**params) if params else text
