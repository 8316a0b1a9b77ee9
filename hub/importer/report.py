"""What an import found and did: problems (row, column, message id + params) and a summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hub.domain.vocabulary import Language
from hub.i18n import translate


@dataclass(frozen=True)
class Problem:
    row: int  # the line in the file (the header is line 1), or the item (JSON, from 1)
    column: str | None
    message: str  # an English msgid with {placeholders}
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: Language) -> str:
        return translate(self.message, language, self.params)


@dataclass
class Report:
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems})

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self, language: Language) -> str:
        return translate(
            "{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected",
            language,
            {
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "rejected": self.rejected,
            },
        )
