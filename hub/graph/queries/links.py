"""Single relationships between a startup and reference data: programme membership, sectors.
Each link or unlink is ONE statement; linking what is already linked updates its properties and
unlinking what is not linked changes nothing (both succeed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from hub.graph.names import RelType
from hub.graph.queries import match_index
from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore, Row


@dataclass(frozen=True)
class End:
    label: str
    id: str
    version: str | None = None  # updated_at read before (its stewards were checked): must hold
    touch: bool = True  # whether linking bumps its updated_at


#: The links this module writes: a startup's programme cohorts and sectors.
Rel = Literal[RelType.IN_PROGRAMME, RelType.IN_SECTOR]
IN_PROGRAMME: Rel = RelType.IN_PROGRAMME
IN_SECTOR: Rel = RelType.IN_SECTOR


# Both ends' stored matching profiles follow the link (mentees, programmes, sectors).
_RETURN = "WITH a, b " + match_index.refreshing("a", "b") + "RETURN a {.*} AS a, b {.*} AS b"


def _ends(a: End, b: End) -> str:
    """Both ends, locked before their versions (and a's links, for the capacity) are read: on
    Neo4j two links to one mentor could otherwise both see its last place free."""
    return (
        f"MATCH (a:{a.label} {{id: $a}}) MATCH (b:{b.label} {{id: $b}}) {write_lock('a', 'b')}"
        "WITH a, b WHERE ($av IS NULL OR coalesce(a.updated_at, '') = $av) "
        "AND ($bv IS NULL OR coalesce(b.updated_at, '') = $bv) "
    )


def _touch(a: End, b: End) -> str:
    touched = [f"{name}.updated_at = $now" for name, end in (("a", a), ("b", b)) if end.touch]
    return f"SET {', '.join(touched)} " if touched else ""


def _params(a: End, b: End, now: str) -> Row:
    return {"a": a.id, "av": a.version, "b": b.id, "bv": b.version, "now": now}


async def connect(
    store: GraphStore, a: End, rel: Rel, b: End, props: Row, now: str
) -> tuple[Row, Row] | None:
    """(a, b) after linking; None when an end is missing or changed since it was read.
    `props` (None values left out) are set on the new or existing relationship."""
    values = {k: v for k, v in props.items() if v is not None}
    rows = await store.write(
        _ends(a, b) + f"OPTIONAL MATCH (a)-[r:{rel}]->(b) "
        "WITH a, b, collect(r) AS rs "
        "FOREACH (_ IN CASE WHEN size(rs) = 0 THEN [1] ELSE [] END | "
        f"CREATE (a)-[n:{rel}]->(b) SET n = $created) "
        "FOREACH (x IN rs | SET x += $updated) " + _touch(a, b) + _RETURN,
        {
            **_params(a, b, now),
            "created": {**values, "created_at": now, "updated_at": now},
            "updated": {**values, "updated_at": now},
        },
    )
    return (rows[0]["a"], rows[0]["b"]) if rows else None


async def disconnect(
    store: GraphStore, a: End, rel: Rel, b: End, now: str
) -> tuple[Row, Row] | None:
    """(a, b) after unlinking; None when an end is missing or changed since it was read."""
    rows = await store.write(
        _ends(a, b) + f"OPTIONAL MATCH (a)-[r:{rel}]->(b) "
        "WITH a, b, collect(r) AS rs "
        "FOREACH (x IN rs | DELETE x) " + _touch(a, b) + _RETURN,
        _params(a, b, now),
    )
    return (rows[0]["a"], rows[0]["b"]) if rows else None
