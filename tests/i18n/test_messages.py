"""Catalogs: complete, compiled, with the right plural rules (Arabic has six forms)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from hub.domain.vocabulary import Language, Role, Stage
from hub.i18n import LOCALES_DIR, ngettext, translate
from hub.i18n.catalogs import PLURAL_FORMS, problems
from hub.i18n.labels import LABELS, label

SINGULAR, PLURAL = "{n} text to translate into {language}", "{n} texts to translate into {language}"


def forms(language: Language, *counts: int) -> list[str]:
    return [ngettext(SINGULAR, PLURAL, n, language, language=Language.AR) for n in counts]


def test_arabic_has_six_different_plural_forms() -> None:
    assert forms(Language.AR, 0, 1, 2, 3, 11, 100) == [
        "لا توجد نصوص للترجمة إلى العربية",  # zero
        "نص واحد للترجمة إلى العربية",  # one
        "نصان للترجمة إلى العربية",  # two
        "3 نصوص للترجمة إلى العربية",  # few (3–10)
        "11 نصًا للترجمة إلى العربية",  # many (11–99)
        "100 نص للترجمة إلى العربية",  # other (100–102)
    ]
    # The same form for the other members of each class.
    assert forms(Language.AR, 10, 99, 102, 103, 111) == [
        "10 نصوص للترجمة إلى العربية",
        "99 نصًا للترجمة إلى العربية",
        "102 نص للترجمة إلى العربية",
        "103 نصوص للترجمة إلى العربية",
        "111 نصًا للترجمة إلى العربية",
    ]


def test_french_zero_is_singular_english_zero_is_plural() -> None:
    assert forms(Language.FR, 0, 1, 2, 100) == [
        "0 texte à traduire en arabe",
        "1 texte à traduire en arabe",
        "2 textes à traduire en arabe",
        "100 textes à traduire en arabe",
    ]
    assert forms(Language.EN, 0, 1, 2) == [
        "0 texts to translate into Arabic",
        "1 text to translate into Arabic",
        "2 texts to translate into Arabic",
    ]


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_plural_forms_headers_are_the_hand_written_ones(language: str) -> None:
    with (LOCALES_DIR / language / "LC_MESSAGES" / "hub.po").open("rb") as f:
        catalog = read_po(f, locale=language)
    assert catalog.plural_forms == PLURAL_FORMS[language]


def test_catalogs_are_complete_and_compiled() -> None:
    assert problems() == []


def _recompile(locales: Path, language: str, change: str = "", header: str = "") -> Path:
    po = locales / language / "LC_MESSAGES" / "hub.po"
    with po.open("rb") as f:
        catalog = read_po(f, locale=language)
    if header:
        catalog.version = header  # another tool or version writes another header
    if change:
        catalog["the API key is invalid or revoked"].string = change
    with po.with_suffix(".mo").open("wb") as f:
        write_mo(f, catalog)
    return po.with_suffix(".mo")


def test_the_compiled_check_compares_content_not_bytes(tmp_path: Path) -> None:
    locales = tmp_path / "locales"
    shutil.copytree(LOCALES_DIR, locales)
    # Compiled by another Babel (another header, other bytes): the same catalog, no problem.
    _recompile(locales, "fr", header="9.9")
    assert problems(locales) == []
    # A translation the .po file does not say, or a missing .mo: stale.
    stale = _recompile(locales, "ar", change="مفتاح قديم")
    (locales / "en" / "LC_MESSAGES" / "hub.mo").unlink()
    assert sorted(problems(locales)) == [
        f"{locales / 'ar' / 'LC_MESSAGES' / 'hub.mo'}: stale, run `make messages`",
        f"{locales / 'en' / 'LC_MESSAGES' / 'hub.mo'}: stale, run `make messages`",
    ]
    assert stale.exists()


def test_error_messages_and_vocabulary_parameters_are_translated() -> None:
    message, params = "a {role} key may not do this", {"role": Role.STARTUP}
    assert translate(message, Language.FR, params) == "une clé startup ne permet pas de faire ceci"
    assert translate(message, Language.AR, params) == "مفتاح الشركة الناشئة لا يسمح بهذا الإجراء"
    assert translate(message, Language.EN, params) == "a startup key may not do this"
    assert translate("never in a catalog", Language.AR) == "never in a catalog"


def test_every_vocabulary_value_has_a_label_in_every_language() -> None:
    for vocabulary, labels in LABELS.items():
        assert set(labels) == {v.value for v in vocabulary}, vocabulary
    assert [label(s, Language.AR) for s in Stage] == ["فكرة", "تأسيس", "تطوير", "تسريع"]
    assert [label(s, Language.FR) for s in Stage] == [
        "Idée",
        "Création",
        "Développement",
        "Accélération",
    ]


def test_a_refused_transition_names_its_state_and_action_in_the_readers_words() -> None:
    from hub.domain.errors import Conflict, Forbidden
    from hub.domain.introductions import Action, Side, State, decide
    from hub.domain.vocabulary import Language
    from hub.i18n import translate

    with pytest.raises(Conflict) as refused:
        decide(Action.ACCEPT, State.WITHDRAWN, [Side.TARGET], "i1")
    error = refused.value
    assert translate(error.message, Language.FR, error.params) == (
        "la mise en relation i1 est à l'état « retirée » : "
        "cette action (accepter) n'est pas possible maintenant"
    )
    assert translate(error.message, Language.AR, error.params) == (
        "طلب التعارف i1 في حالة «مسحوب»: هذا الإجراء (قبول) غير ممكن الآن"
    )
    with pytest.raises(Forbidden) as forbidden:
        decide(Action.WITHDRAW, State.REQUESTED, [Side.TARGET], "i1")
    assert translate(forbidden.value.message, Language.EN, forbidden.value.params) == (
        "this key may not withdraw introduction i1"
    )
