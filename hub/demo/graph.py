"""Demo data as graph rows: nodes per label, relationships per (type, source, target) labels.

Pure (no I/O). Every row carries fixed timestamps, so loading twice writes the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hub.domain.text import search_text
from hub.domain.vocabulary import LANGUAGES
from hub.graph.queries.bulk import NodeRow, RelationshipRow

#: When the reference data and the fictional profiles were "created" (fixed: idempotent loads).
REFERENCE_AT = "2026-01-15T09:00:00.000Z"
DEMO_AT = "2026-01-15T10:00:00.000Z"

Texts = tuple[str, str, str]  # (fr, en, ar)
LinkKey = tuple[str, str, str]  # (type, source label, target label)


def texts(name: str, values: Texts) -> dict[str, str]:
    """`("name", (fr, en, ar))` -> `{"name_fr": …, "name_en": …, "name_ar": …}`."""
    return {f"{name}_{lang.value}": text for lang, text in zip(LANGUAGES, values, strict=True)}


@dataclass
class GraphRows:
    at: str
    nodes: dict[str, list[NodeRow]] = field(default_factory=dict)
    links: dict[LinkKey, list[RelationshipRow]] = field(default_factory=dict)

    def node(self, label: str, id: str, search: str, **props: Any) -> None:
        """A node; `None` values are left out (no null properties)."""
        values = {k: v for k, v in props.items() if v is not None}
        row = {"id": id, "search": search, **values, "created_at": self.at, "updated_at": self.at}
        self.nodes.setdefault(label, []).append({"id": id, "props": row})

    def named(self, label: str, id: str, name: Texts, **props: Any) -> None:
        """A node with a translated name (`search` folds it in every language)."""
        self.node(label, id, search_text(*name), **texts("name", name), **props)

    def link(self, key: LinkKey, source: str, target: str, **props: Any) -> None:
        values = {k: v for k, v in props.items() if v is not None}
        row = {**values, "created_at": self.at, "updated_at": self.at}
        self.links.setdefault(key, []).append({"source": source, "target": target, "props": row})

    def ids(self, label: str) -> set[str]:
        return {row["id"] for row in self.nodes.get(label, [])}
