"""Keyed pages: the rows between two places in a list's total order (a sort key, then the id),
so a page neither repeats nor misses a row when others are added or removed around it, and a
deep page sorts no prefix. One fragment for every keyed list; the places travel as parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: A place in a list: its row's sort key and id (None: the list's start or end).
Place = tuple[str, str] | None


@dataclass(frozen=True)
class Window:
    """Up to `size` rows strictly between `after` and `before`: the first ones, or the last
    ones when `from_end` (a backward page: Relay's `last`/`before`)."""

    after: Place
    before: Place
    size: int
    from_end: bool = False


def between(node: str, key: str, window: Window, *, newest_first: bool = False) -> str:
    """`WITH <node>, <key> AS k WHERE …` keeping the rows inside `window`, ordered from the
    window's near end (reversed for a backward page); follow with `LIMIT $limit`. `node` and
    `key` are fixed Cypher from the calling module; the places are parameters."""
    assert node.isidentifier()
    later, earlier = (">", "<") if not newest_first else ("<", ">")
    ascending = newest_first == window.from_end
    order = f"k{'' if ascending else ' DESC'}, {node}.id{' DESC' if window.from_end else ''}"
    return (
        f"WITH {node}, coalesce({key}, '') AS k "
        f"WHERE ($after_key IS NULL OR k {later} $after_key "
        f"OR (k = $after_key AND {node}.id > $after_id)) "
        f"AND ($before_key IS NULL OR k {earlier} $before_key "
        f"OR (k = $before_key AND {node}.id < $before_id)) "
        f"WITH {node}, k ORDER BY {order} "
    )


def params(window: Window) -> dict[str, Any]:
    """The window's places, and a limit one past its size (to tell whether more rows exist)."""
    after_key, after_id = window.after or (None, None)
    before_key, before_id = window.before or (None, None)
    return {
        "after_key": after_key,
        "after_id": after_id,
        "before_key": before_key,
        "before_id": before_id,
        "limit": window.size + 1,
    }
