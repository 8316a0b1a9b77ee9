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
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Generic, TypeVar

import strawberry

from hub.api.core.context import Info
from hub.api.core.node import N, Node, prefetch, selected
from hub.config import Settings
from hub.domain.errors import InvalidInput
from hub.domain.vocabulary import Kind
from hub.graph.queries import keyset, listing
from hub.graph.store import Row

T = TypeVar("T")


def criterion(description: str) -> Any:
    """A condition of a list's filter: left out or null, it does not filter."""
    return strawberry.field(default=None, description=description)


#: What the free-text condition of every filter does.
TEXT = "Words in the name, whatever their case and accents (`medina` finds MédinaPay)."

#: Relay's four slicing arguments, described once for every connection.
First = Annotated[
    int | None,
    strawberry.argument(
        description="How many items from the start of the slice (default and maximum: the "
        "hub's page settings, 20 and 100 unless configured). Not with `last`."
    ),
]
After = Annotated[
    str | None,
    strawberry.argument(description="Only items after this cursor (an edge's `cursor`)."),
]
Last = Annotated[
    int | None,
    strawberry.argument(
        description="How many items from the end of the slice, for paging backward (same "
        "maximum as `first`). Not with `first`."
    ),
]
Before = Annotated[
    str | None,
    strawberry.argument(description="Only items before this cursor (an edge's `cursor`)."),
]


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


@strawberry.type(description="One item of a page, with its place in the list.")
class Edge(Generic[T]):
    cursor: str = strawberry.field(
        description="Opaque: pass it as `after` or `before` to page from this item."
    )
    node: T = strawberry.field(description="The item.")


@strawberry.type(description="A page of a list (a Relay connection): its items and where it sits.")
class Connection(Generic[T]):
    edges: list[Edge[T]] = strawberry.field(description="The page's items, in the list's order.")
    page_info: PageInfo = strawberry.field(description="Where the page sits in the list.")
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many items match the filter, over all pages.")
    async def total_count(self) -> int:
        return await self._count()


def encode_cursor(position: int, kind: str) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{position}".encode()).decode()


def cursor_position(cursor: str | None, kind: str, field: str) -> int | None:
    """The position an opaque cursor of `kind` stands for; None without a cursor."""
    if cursor is None:
        return None
    try:
        found, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        position = int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("invalid cursor", field=field) from exc
    if found != kind or position < 0:
        raise InvalidInput("invalid cursor", field=field)
    return position


def key_cursor(key: object, row_id: object) -> str:
    """The cursor of a keyed list's row: its place in the list's order (its sort key, then
    its id)."""
    place = ["key", str(key or ""), str(row_id)]
    return base64.urlsafe_b64encode(json.dumps(place).encode()).decode()


def key_place(cursor: str | None, field: str) -> keyset.Place:
    """The place a keyed list's cursor names; None without a cursor."""
    if cursor is None:
        return None
    try:
        place = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("invalid cursor", field=field) from exc
    if not (isinstance(place, list) and len(place) == 3 and place[0] == "key"):
        raise InvalidInput("invalid cursor", field=field)
    if not all(isinstance(part, str) for part in place[1:]):
        raise InvalidInput("invalid cursor", field=field)
    return place[1], place[2]


@dataclass(frozen=True)
class Slice:
    """What a client asked of a connection: Relay's `first`/`after` and `last`/`before`."""

    first: int | None = None
    after: str | None = None
    last: int | None = None
    before: str | None = None

    def size(self, settings: Settings) -> int:
        """How many edges the page holds; one of `first` and `last`, within the maximum."""
        if self.first is not None and self.last is not None:
            raise InvalidInput("pass first or last, not both", field="last")
        if self.last is not None and not 0 <= self.last <= settings.max_page_size:
            raise InvalidInput(
                "last must be between 0 and {maximum}", field="last", maximum=settings.max_page_size
            )
        return page_size(
            self.first if self.last is None else self.last,
            settings.default_page_size,
            settings.max_page_size,
        )

    def window(self, settings: Settings) -> keyset.Window:
        """The keyed window this slice names."""
        after, before = key_place(self.after, "after"), key_place(self.before, "before")
        return keyset.Window(after, before, self.size(settings), from_end=self.last is not None)


def page_size(first: int | None, default: int, maximum: int) -> int:
    if first is None:
        return default
    if first < 0 or first > maximum:
        raise InvalidInput("first must be between 0 and {maximum}", field="first", maximum=maximum)
    return first


def connection(
    edges: list[Edge[T]], more: bool, asked: Slice, count: Callable[[], Awaitable[int]]
) -> Connection[T]:
    """A page of `edges` in list order; `more`: rows lie beyond the page's far end (after it
    going forward, before it going backward). Past a cursor, rows lie on that side too."""
    backward = asked.last is not None
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=asked.before is not None if backward else more,
            has_previous_page=more if backward else asked.after is not None,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        _count=count,
    )


def keyed_connection(
    rows: list[Row],
    window: keyset.Window,
    asked: Slice,
    key: str,
    build: Callable[[Row], T],
    count: Callable[[], Awaitable[int]],
) -> Connection[T]:
    """The page of a keyed list's `rows` (read from the window's near end, one past its size
    when more exist), each row's cursor its `key` and id."""
    page = rows[: window.size]
    if window.from_end:
        page.reverse()
    edges = [Edge(cursor=key_cursor(r.get(key), r["id"]), node=build(r)) for r in page]
    return connection(edges, len(rows) > window.size, asked, count)


#: Fetches a log's rows between two sequence numbers: (after, before, limit, newest first).
SeqFetch = Callable[[int, int | None, int, bool], Awaitable[list[Row]]]


async def sequenced(
    asked: Slice, settings: Settings, fetch: SeqFetch, build: Callable[[Row], T]
) -> Connection[T]:
    """A page of a log ordered by its rows' `seq`: oldest first, followed by passing the last
    `endCursor` as `after` (on an empty page, endCursor stays the cursor passed, so a poller
    keeps its place); `last`/`before` page back from the newest. No totalCount: a log grows."""
    size, backward = asked.size(settings), asked.last is not None
    since = cursor_position(asked.after, "seq", "after") or 0
    until = cursor_position(asked.before, "seq", "before")
    rows = await fetch(since, until, size + 1, backward)
    page = rows[:size][:: -1 if backward else 1]
    edges = [Edge(cursor=encode_cursor(int(r["seq"]), "seq"), node=build(r)) for r in page]

    async def no_count() -> int:
        raise InvalidInput("totalCount is not available on the event feed")

    found = connection(edges, len(rows) > size, asked, no_count)
    if not edges and not backward:
        found.page_info.end_cursor = asked.after
    return found


def filter_values(filter: object | None) -> dict[str, Any]:
    """A list filter's conditions by name, enum members as their stored values."""
    return {
        name: (value.value if isinstance(value, Enum) else value)
        for name, value in (strawberry.asdict(filter) if filter else {}).items()
    }


async def paged(
    info: Info, kind: Kind, filter: object | None, asked: Slice, cls: type[N]
) -> Connection[N]:
    """A filtered connection over one label: one round trip, plus one if totalCount is asked."""
    settings, store = info.context.settings, info.context.store
    window = asked.window(settings)
    values = filter_values(filter)
    seen = info.context.caller
    rows = await listing.page(store, kind, values, seen, window)
    found = keyed_connection(
        rows,
        window,
        asked,
        "search",
        cls.from_row,
        lambda: listing.count(store, kind, values, seen),
    )
    nodes = [edge.node for edge in found.edges if isinstance(edge.node, Node)]
    await prefetch(info, nodes, selected(info, "edges", "node"))
    return found
