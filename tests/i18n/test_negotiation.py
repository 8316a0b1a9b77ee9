"""Choosing the language: Accept-Language with q values, regions mapped after bare negotiation."""

from __future__ import annotations

import pytest
from babel import negotiate_locale as babel_negotiate

from hub.domain.vocabulary import Language
from hub.i18n import (
    Locale,
    fallback_chain,
    negotiate,
    negotiate_locale,
    parse_accept_language,
    pick,
)


def test_quality_values_order_the_tags_and_q0_drops_one() -> None:
    header = "en;q=0.5, ar-MA;q=0.9, fr;q=0, de"
    assert parse_accept_language(header) == ["de", "ar-MA", "en"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-FR", Locale.FR_FR),
        ("fr-MA", Locale.FR_MA),
        ("fr", Locale.FR),
        ("fr-CA", Locale.FR),  # a French we do not format for: French with the hub's formats
        ("ar", Locale.AR),
        ("ar-MA", Locale.AR_MA),
        ("ar-EG", Locale.AR),
        ("en-GB", Locale.EN),
        ("EN_us", Locale.EN),
        ("de-DE, ar;q=0.8, en;q=0.9", Locale.EN),
        ("de-DE, ar;q=0.9, en;q=0.8", Locale.AR),
        ("es, it;q=0.5", Locale.FR),  # nothing we speak: French, never an error
        ("", Locale.FR),
        (None, Locale.FR),
        ("*", Locale.FR),
        ("en;q=abc, ar", Locale.AR),  # a malformed q counts as 0
    ],
)
def test_negotiation_on_bare_languages_then_regions(header: str | None, expected: Locale) -> None:
    assert negotiate_locale(header) is expected
    assert negotiate(header) is expected.language


def test_babel_alias_trap_is_avoided() -> None:
    # Babel's default aliases (ar→ar_SY, fr→fr_FR) make its own negotiation miss or mislead:
    assert babel_negotiate(["ar"], ["ar_MA", "fr_MA", "en"]) is None
    assert babel_negotiate(["fr-FR", "en"], ["fr_MA", "ar_MA", "en"]) == "en"
    # Ours negotiates the bare language first, then maps to the formatting locale.
    assert negotiate_locale("ar").formatting == "ar_MA"
    assert negotiate_locale("fr-FR, en").formatting == "fr_FR"
    assert negotiate_locale("fr").formatting == "fr_MA"
    assert negotiate_locale("en-US").formatting == "en"


def test_fallback_chains() -> None:
    assert fallback_chain(Locale.AR_MA) == (Language.AR, Language.FR, Language.EN)
    assert fallback_chain(Locale.FR_FR) == (Language.FR, Language.EN, Language.AR)
    assert fallback_chain(Language.EN) == (Language.EN, Language.FR, Language.AR)
    row = {"name_fr": "Rabat", "name_ar": "", "name_en": "Rabat (en)"}
    assert pick(row, "name", Locale.AR_MA) == ("Rabat", Language.FR)  # empty counts as missing
    assert pick(row, "name", Locale.EN) == ("Rabat (en)", Language.EN)
    assert pick({}, "name", Locale.FR) is None
