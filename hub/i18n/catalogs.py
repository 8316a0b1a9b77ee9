"""The checks CI runs on the gettext catalogs (`make check-messages`, after `pybabel update
--check`): every entry translated and not fuzzy, placeholders kept, the plural rules right, and
the compiled `.mo` files saying what the `.po` files say: the same entries and plural rule (their
bytes are not compared: a header such as Babel's version may differ and change nothing).

    python -m hub.i18n.catalogs      # prints the problems, exits 1 if any
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from hub.domain.vocabulary import LANGUAGES
from hub.i18n import LOCALES_DIR

PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "en": "nplurals=2; plural=(n != 1);",
    # Written by hand: Babel's generated Arabic rule orders forms 4 and 5 differently from CLDR.
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
    "n%100>=11 ? 4 : 5);",
}
_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")


def _placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def _forms(value: object) -> list[object]:
    return list(value) if isinstance(value, (tuple, list)) else [value]


def _message_problems(message: Message) -> list[str]:
    name = repr(message.id if isinstance(message.id, str) else message.id[0])
    if message.context:
        name = f"{name} (context {message.context!r})"
    if message.fuzzy:
        return [f"fuzzy: {name}"]
    strings = [str(s or "") for s in _forms(message.string)]
    if not all(strings):
        return [f"untranslated: {name}"]
    ids = [str(i) for i in _forms(message.id)]
    expected = set().union(*(_placeholders(i) for i in ids)) - {"n"}
    expected |= {"n"} if len(strings) == 1 and "n" in _placeholders(ids[0]) else set()
    # A plural form may leave a placeholder out (Arabic's zero form: "no language in common").
    plural = len(strings) > 1
    return [
        f"placeholders differ in {name}: {s!r}"
        for s in strings
        if not (_placeholders(s) - {"n"} <= expected if plural else _placeholders(s) == expected)
    ]


def problems(locales_dir: Path = LOCALES_DIR) -> list[str]:
    found: list[str] = []
    for language in LANGUAGES:
        po_path = locales_dir / language.value / "LC_MESSAGES" / "hub.po"
        if not po_path.exists():
            found.append(f"{po_path}: missing")
            continue
        with po_path.open("rb") as f:
            catalog: Catalog = read_po(f, locale=language.value)
        rule = PLURAL_FORMS[language.value]
        if catalog.plural_forms.replace(" ", "") != rule.replace(" ", ""):
            found.append(f"{po_path}: Plural-Forms is {catalog.plural_forms!r}, not {rule!r}")
        for message in catalog:
            if message.id:
                found += [f"{po_path}: {p}" for p in _message_problems(message)]
        mo_path = po_path.with_suffix(".mo")
        if not mo_path.exists() or _compiled_stale(catalog, mo_path):
            found.append(f"{mo_path}: stale, run `make messages`")
    return found


def _entries(catalog: Catalog) -> set[tuple[object, ...]]:
    """What gettext serves: each translated entry's context, id(s) and string(s)."""
    return {
        (m.context, tuple(_forms(m.id)), tuple(_forms(m.string)))
        for m in catalog
        if m.id and not m.fuzzy and all(_forms(m.string))
    }


def _compiled_stale(catalog: Catalog, mo_path: Path) -> bool:
    with mo_path.open("rb") as f:
        compiled = read_mo(f)
    rule = catalog.plural_forms.replace(" ", "")
    return _entries(compiled) != _entries(catalog) or compiled.plural_forms.replace(" ", "") != rule


def main() -> int:
    found = problems()
    for problem in found:
        print(problem, file=sys.stderr)
    print(f"catalogs: {len(found)} problem(s)", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
