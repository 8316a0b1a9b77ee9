"""Suggestion reasons in words, with the right plural in each language (Arabic has six forms).

The API serves a reason as a code with parameters; `explain` turns it into the sentence a
client shows. Spoken languages are named in the reader's language (`français`, `العربية`).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.domain.matching import ReasonCode
from hub.domain.vocabulary import Language
from hub.i18n import Locale, language_of, ngettext, translate
from hub.i18n.labels import label


def _language_names(codes: Sequence[str], language: Language) -> str:
    names = []
    for code in codes:
        known = code in {lang.value for lang in Language}
        names.append(label(Language(code), language) or code if known else code)
    # TRANSLATORS: the separator between language names in a list ("French, Arabic").
    return translate(", ", language).join(names)


def explain(
    code: ReasonCode,
    language: Language | Locale,
    *,
    sectors: int = 0,
    languages: Sequence[str] = (),
    places: int = 0,
    programmes: int = 0,
    brokers: int = 0,
    count: int | None = None,
) -> str:
    lang = language_of(language)
    n = count or 0
    if code is ReasonCode.SHARED_SECTOR:
        return ngettext("{n} sector in common", "{n} sectors in common", sectors, lang)
    if code is ReasonCode.COMMON_LANGUAGE:
        names = _language_names(languages, lang)
        return ngettext(
            "{n} language in common: {names}",
            "{n} languages in common: {names}",
            len(languages),
            lang,
            names=names,
        )
    if code is ReasonCode.TARGET_MARKET:
        return ngettext("{n} market targeted", "{n} markets targeted", places, lang)
    if code is ReasonCode.SHARED_PROGRAMME:
        return ngettext("{n} programme in common", "{n} programmes in common", programmes, lang)
    if code is ReasonCode.FREE_CAPACITY:
        return ngettext("can take {n} more mentee", "can take {n} more mentees", n, lang)
    if code is ReasonCode.BROKER_PATH:
        return ngettext(
            "{n} organisation of yours can vouch for you",
            "{n} of your organisations can vouch for you",
            brokers,
            lang,
        )
    if code is ReasonCode.PAST_OUTCOMES:
        return ngettext(
            "{n} past introduction led somewhere", "{n} past introductions led somewhere", n, lang
        )
    return translate("offers what is sought", lang)
