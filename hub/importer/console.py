"""The command line's side of an import: the caller's language and the report."""

from __future__ import annotations

import os

from rich.console import Console
from rich.table import Table

from hub.domain.vocabulary import Language
from hub.i18n import negotiate, translate
from hub.importer.report import Report


def language(given: str | None) -> Language:
    """--language, else the environment's (LC_ALL, LC_MESSAGES, LANG: `fr_FR.UTF-8` -> fr)."""
    value = given or next(
        (os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), ""
    )
    return negotiate(value.split(".")[0].replace("_", "-") or None)


def show(console: Console, report: Report, lang: Language) -> None:
    if report.problems:
        table = Table(translate("row", lang), translate("column", lang), translate("problem", lang))
        for p in report.problems:
            table.add_row(str(p.row), p.column or "", p.text(lang))
        console.print(table)
        console.print(translate("nothing was written: fix the rows above and run again", lang))
    elif report.dry_run:
        console.print(translate("dry run: nothing was written", lang))
    console.print(report.summary(lang))
