"""Cursor connections: `{ totalCount edges { cursor node } pageInfo { hasNextPage
hasPreviousPage startCursor endCursor } }`.

Cursors are opaque and keyed: a cursor holds its row's place in the list's total order (a
profile's folded name, an introduction's or audit event's time, then the id), so pages do not
shift when rows are added or removed before them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Generic, TypeVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import N, Node, prefetch, selected
from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import Kind
from hub.graph.queries import listing

T = TypeVar("T")


@strawberry.type(description="Where a page sits in its list (Relay's PageInfo).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Whether more items follow this page.")
    has_previous_page: bool = strawberry.field(
        description="Whether items come before this page (it started after a cursor)."
    )
    start_cursor: str | None = strawberry.field(
        description="The first edge's cursor; null on an empty page."
    )
    end_cursor: str | None = strawberry.field(
        description="The last edge's cursor, to pass as `after` for the next page; null on an "
        "empty page."
    )


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many items match the filter, over all pages.")
    async def total_count(self) -> int:
        return await self._count()


def encode_cursor(position: int, kind: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{position}".encode()).decode()


def cursor_position(cursor: str | None, kind: str) -> int | None:
    """The position an opaque cursor of `kind` stands for; None without a cursor."""
    if cursor is None:
        return None
    try:
        found, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        position = int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("invalid cursor", field="after") from exc
    if found != kind or position < 0:
        raise InvalidInput("invalid cursor", field="after")
    return position


def key_cursor(key: object, row_id: object) -> str:
    """The cursor of a keyed list's row: its place in the list's order (its sort key, then
    its id)."""
    place = ["key", str(key or ""), str(row_id)]
    return base64.urlsafe_b64encode(json.dumps(place).encode()).decode()


def key_after(cursor: str | None) -> tuple[str, str] | None:
    """The place a keyed list's cursor names; None without a cursor."""
    if cursor is None:
        return None
    try:
        place = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("invalid cursor", field="after") from exc
    if not (isinstance(place, list) and len(place) == 3 and place[0] == "key"):
        raise InvalidInput("invalid cursor", field="after")
    if not all(isinstance(part, str) for part in place[1:]):
        raise InvalidInput("invalid cursor", field="after")
    return place[1], place[2]


def page_size(first: int | None, default: int, maximum: int) -> int:
    if first is None:
        return default
    if first < 0 or first > maximum:
        raise InvalidInput("first must be between 0 and {maximum}", field="first", maximum=maximum)
    return first


def keyed_connection(
    items: list[T], cursors: list[str], after: bool, count: Callable[[], Awaitable[int]]
) -> Connection[T]:
    """A page of `items` (one more than `cursors` when a next page exists) with its cursors."""
    first = len(cursors)
    edges = [Edge(cursor=c, node=item) for c, item in zip(cursors, items, strict=False)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=len(items) > first,
            has_previous_page=after,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        _count=count,
    )


async def paged(
    info: Info,
    kind: Kind,
    filter: object | None,
    first: int | None,
    after: str | None,
    cls: type[N],
) -> Connection[N]:
    """A filtered connection over one label: one round trip, plus one if totalCount is asked."""
    settings, store = info.context.settings, info.context.store
    size = page_size(first, settings.default_page_size, settings.max_page_size)
    place = key_after(after)
    values = {
        name: (value.value if isinstance(value, Enum) else value)
        for name, value in (strawberry.asdict(filter) if filter else {}).items()
    }
    seen = info.context.caller
    rows = await listing.page(store, kind, values, seen, place, size + 1)
    items = [cls.from_row(r) for r in rows]
    nodes = [i for i in items[:size] if isinstance(i, Node)]
    await prefetch(info, nodes, selected(info, "edges", "node"))
    cursors = [key_cursor(r.get("search"), r["id"]) for r in rows[:size]]
    return keyed_connection(
        items, cursors, place is not None, lambda: listing.count(store, kind, values, seen)
    )
