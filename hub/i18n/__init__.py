"""Languages: negotiation, locales, fallback chains, translated messages (gettext via Babel).

Two notions: the *language* of a text (fr, en, ar: what translations are stored in and catalogs
exist for) and the *locale* (a language with its regional formatting: fr_MA, fr_FR, ar_MA, en).
Negotiation works on bare languages first (Babel's default aliases map ar→ar_SY, fr→fr_FR, which
breaks `negotiate_locale` against regional locales), and only then maps to the formatting locale.
"""

from __future__ import annotations

from enum import Enum, StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from babel.support import NullTranslations, Translations

from hub.domain.vocabulary import LANGUAGES, Language

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DEFAULT_LANGUAGE = Language.FR


class Locale(StrEnum):
    """A language, optionally with its region (which only changes how dates and money look)."""

    FR = "fr"
    EN = "en"
    AR = "ar"
    FR_MA = "fr_MA"
    AR_MA = "ar_MA"
    FR_FR = "fr_FR"

    @property
    def language(self) -> Language:
        return Language(self.value.split("_")[0])

    @property
    def formatting(self) -> str:
        """The Babel locale dates and numbers are formatted in (the hub's home is Morocco)."""
        return _FORMATTING.get(self, self.value)


_FORMATTING = {Locale.FR: "fr_MA", Locale.AR: "ar_MA", Locale.EN: "en"}
_REGIONAL = {
    (Language.FR, "MA"): Locale.FR_MA,
    (Language.FR, "FR"): Locale.FR_FR,
    (Language.AR, "MA"): Locale.AR_MA,
}


def language_of(value: Language | Locale | str) -> Language:
    """The bare language of a language, a locale or a tag such as `fr-FR`."""
    return Language(str(value).replace("-", "_").split("_")[0].lower())


def parse_accept_language(header: str | None) -> list[str]:
    """Language tags by preference (Babel does not parse the header: q values sorted here)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if tag and quality > 0:
            ranked.append((-quality, position, tag.strip()))
    return [tag for _, _, tag in sorted(ranked)]


def negotiate_locale(header: str | None) -> Locale:
    """The first tag whose bare language the hub speaks, with its region if the hub formats for
    it (fr-FR → fr_FR, fr-MA → fr_MA, ar-* → ar_MA formatting); French when nothing matches."""
    supported = {lang.value for lang in LANGUAGES}
    for tag in parse_accept_language(header):
        subtags = tag.replace("_", "-").split("-")
        bare = subtags[0].lower()
        if bare not in supported:
            continue
        language = Language(bare)
        regions = [s.upper() for s in subtags[1:] if len(s) == 2 and s.isalpha()]
        region = regions[0] if regions else ""
        return _REGIONAL.get((language, region), Locale(language.value))
    return Locale(DEFAULT_LANGUAGE.value)


def negotiate(header: str | None) -> Language:
    """The first supported bare language asked for; French (the hub's lingua franca) otherwise."""
    return negotiate_locale(header).language


def fallback_chain(language: Language | Locale) -> tuple[Language, ...]:
    """The asked language first, then French, English, Arabic (ar_MA → ar → fr → en)."""
    first = language_of(language)
    return (first, *(lang for lang in LANGUAGES if lang != first))


def pick(
    row: dict[str, Any], field: str, language: Language | Locale
) -> tuple[str, Language] | None:
    """The text of a translatable field (stored as `<field>_<lang>`) and the language served."""
    for lang in fallback_chain(language):
        text = row.get(f"{field}_{lang.value}")
        if text:
            return text, lang
    return None


@cache
def translations(language: Language) -> NullTranslations:
    return Translations.load(str(LOCALES_DIR), [language.value], "hub")


def _shown(value: Any, language: Language) -> Any:
    """Parameters that are vocabulary values are shown by their translated label."""
    if isinstance(value, Enum):
        from hub.i18n.labels import label

        return label(value, language) or value.value
    return value


def _filled(text: str, language: Language, params: dict[str, Any] | None) -> str:
    if not params:
        return text
    return text.format(**{k: _shown(v, language) for k, v in params.items()})


def translate(
    message: str, language: Language | Locale, params: dict[str, Any] | None = None
) -> str:
    lang = language_of(language)
    return _filled(translations(lang).gettext(message), lang, params)


def ngettext(
    singular: str, plural: str, n: int, language: Language | Locale, /, **params: Any
) -> str:
    """The plural form for `n` in the language's catalog (Arabic has six); `{n}` is filled in."""
    lang = language_of(language)
    return _filled(translations(lang).ngettext(singular, plural, n), lang, {"n": n, **params})


def pgettext(context: str, message: str, language: Language | Locale) -> str:
    return str(translations(language_of(language)).pgettext(context, message))
