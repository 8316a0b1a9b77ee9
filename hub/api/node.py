"""The `Node` interface every graph entity implements, and helpers to resolve related nodes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol, Self, TypeVar

import strawberry

from hub.api.context import Info
from hub.api.formatted import formatted_date
from hub.api.localized import Locale, LocalizedText
from hub.graph.store import Row


@strawberry.interface(description="Anything in the graph, addressable by its stable id.")
class Node:
    id: strawberry.ID
    created_at: datetime | None
    updated_at: datetime | None
    row: strawberry.Private[Row]

    @strawberry.field(description="createdAt as a date for display, in the locale asked.")
    def formatted_created_at(
        self, info: Info, locale: Locale | None = None
    ) -> LocalizedText | None:
        return formatted_date(self.created_at, info, locale)

    @strawberry.field(description="updatedAt as a date for display, in the locale asked.")
    def formatted_updated_at(
        self, info: Info, locale: Locale | None = None
    ) -> LocalizedText | None:
        return formatted_date(self.updated_at, info, locale)

    @classmethod
    def from_row(cls, row: Row) -> Self:
        return cls(
            id=strawberry.ID(row["id"]),
            created_at=_when(row.get("created_at")),
            updated_at=_when(row.get("updated_at")),
            row=row,
        )


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


class FromRow(Protocol):
    @classmethod
    def from_row(cls, row: Row) -> Any: ...


N = TypeVar("N", bound=FromRow)


async def related(info: Info, traversal: str, source_id: str, cls: type[N]) -> list[N]:
    rows = await info.context.loaders.neighbours(traversal).load(source_id)
    return [cls.from_row(row) for row in rows]


async def related_one(info: Info, traversal: str, source_id: str, cls: type[N]) -> N | None:
    found = await related(info, traversal, source_id, cls)
    return found[0] if found else None


async def by_id(info: Info, label: str, node_id: str, cls: type[N]) -> N | None:
    row = await info.context.loaders.node(label).load(node_id)
    return None if row is None else cls.from_row(row)
