"""Keyed pages: the rows after a place in a list's total order (a sort key, then the id), so a
page neither repeats nor misses a row when others are added or removed before it, and a deep
page sorts no prefix. One fragment for every keyed list; the place travels as parameters."""

from __future__ import annotations

from typing import Any

#: A place in a list: its row's sort key and id (None: from the start).
Place = tuple[str, str] | None


def after(node: str, key: str, *, newest_first: bool = False) -> str:
    """`WITH <node>, <key> AS k WHERE …` keeping the rows after `$key`/`$last`, then ordered;
    `node` and `key` are fixed Cypher from the calling module. Follow with `LIMIT $limit`."""
    assert node.isidentifier()
    before, order = ("<", "DESC") if newest_first else (">", "")
    return (
        f"WITH {node}, coalesce({key}, '') AS k "
        f"WHERE $key IS NULL OR k {before} $key OR (k = $key AND {node}.id > $last) "
        f"WITH {node}, k ORDER BY k {order}, {node}.id "
    )


def params(place: Place, limit: int) -> dict[str, Any]:
    key, last = place if place else (None, None)
    return {"key": key, "last": last, "limit": limit}
