"""Bulk upserts (demo and reference data): batched `UNWIND $rows … MERGE … SET += props`.

Idempotent: running the same rows again changes nothing. Labels and relationship types are never
parameters: they come from the fixed whitelists below. Load nodes before relationships.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from hub.graph.model import ENTITY, LABELS
from hub.graph.names import Label, RelType
from hub.graph.queries import match_index
from hub.graph.store import GraphStore, StoreError

#: Rows per statement (docs/cypher.md: batches of about 1,000).
BATCH = 1_000

#: The relationship types a bulk load may write: profiles and reference data, and the
#: introductions and settlement journeys of synthetic networks (`hub synth`).
RELATIONSHIP_TYPES: frozenset[RelType] = frozenset(RelType) - {
    RelType.BELONGS_TO,
    RelType.HAS_STEP,
    RelType.REQUIRES,
    RelType.ASSIGNED_TO,
    RelType.HELPED_BY,
    RelType.IN_NICHE,
}

#: Nodes that are not `:Entity` (private to their parties), keyed by `id` like the others.
PRIVATE_LABELS: frozenset[Label] = frozenset(
    {
        Label.INTRODUCTION,
        Label.INTRODUCTION_EVENT,
        Label.SETTLEMENT_JOURNEY,
        Label.SETTLEMENT_STEP,
        Label.TEMPLATE_STEP,
    }
)

NodeRow = dict[str, Any]  # {"id": str, "props": {...}} (props include the id)
RelationshipRow = dict[str, Any]  # {"source": id, "target": id, "props": {...}}


def _label(label: str) -> str:
    if label not in LABELS and label not in PRIVATE_LABELS:
        raise ValueError(f"unknown label {label!r}")
    return label


def _type(rel_type: str) -> str:
    if rel_type not in RELATIONSHIP_TYPES:
        raise ValueError(f"unknown relationship type {rel_type!r}")
    return rel_type


def _batches(rows: Sequence[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield list(rows[start : start + size])


def node_statement(label: str) -> str:
    labels = _label(label) if label in PRIVATE_LABELS else f"{ENTITY}:{label}"
    return (
        f"UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) "
        "SET n += row.props RETURN count(n) AS written"
    )


def relationship_statement(rel_type: str, source: str, target: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{_label(source)} {{id: row.source}}) "
        f"MATCH (b:{_label(target)} {{id: row.target}}) "
        f"MERGE (a)-[r:{_type(rel_type)}]->(b) SET r += row.props RETURN count(r) AS written"
    )


async def upsert_nodes(
    store: GraphStore, label: str, rows: Sequence[NodeRow], batch: int = BATCH
) -> int:
    """Create or update nodes `:Entity:<label>` (`:<label>` for the private ones) by id; returns
    how many rows were written."""
    statement = node_statement(label)
    written = 0
    for chunk in _batches(rows, batch):
        result = await store.write(statement, {"rows": chunk})
        written += int(result[0]["written"])
    return written


async def upsert_relationships(
    store: GraphStore,
    rel_type: str,
    source: str,
    target: str,
    rows: Sequence[RelationshipRow],
    batch: int = BATCH,
) -> int:
    """Create or update `(source)-[:rel_type]->(target)` by the two ends' ids.

    Raises StoreError when an end is missing (a row would otherwise be silently skipped); the
    batches before it stay written, which a rerun completes (upserts are idempotent)."""
    statement = relationship_statement(rel_type, source, target)
    written = 0
    for chunk in _batches(rows, batch):
        result = await store.write(statement, {"rows": chunk})
        count = int(result[0]["written"]) if result else 0
        if count != len(chunk):
            raise StoreError(
                f"{rel_type} {source}->{target}: {len(chunk) - count} rows name a missing node"
            )
        written += count
    return written


# --- Imports: profile rows with their links, created / updated / unchanged in one statement ---

#: A profile row: {"id", "props": {name: value or None (None removes it)}, "defaults": {what
#: only a new node gets}, "l_<link>": [target ids]}.
ProfileRow = dict[str, Any]


@dataclass(frozen=True)
class LinkSpec:
    name: str  # the row's key is "l_<name>"
    rel: str
    targets: tuple[str, ...]
    additive: bool = False  # never removes a link (stewardship: hosts, affiliations)


def _targets(var: str, spec: LinkSpec) -> str:
    labels = " OR ".join(f"{var}:{_label(label)}" for label in spec.targets)
    return f"({labels})"


def _same_links(spec: LinkSpec, i: int) -> str:
    # FalkorDB 4.16: two pattern comprehensions sharing a variable name misfire: unique names.
    def current(v: str) -> str:
        return f"[(old)-[:{_type(spec.rel)}]->({v}) WHERE {_targets(v, spec)} | {v}.id]"

    wanted = f"row.l_{spec.name}"
    contained = f"all(x{i} IN {wanted} WHERE x{i} IN {current(f'ca{i}')})"
    same = (
        contained
        if spec.additive
        else f"size({current(f'cb{i}')}) = size({wanted}) AND {contained}"
    )
    return f"({wanted} IS NULL OR {same})"  # a row without the column leaves the link as it is


def _outcome(label: str, links: Sequence[LinkSpec]) -> list[str]:
    same = [
        # A property is the same when equal, or absent on both sides (an empty list is absent).
        "all(k IN keys(row.props) WHERE coalesce(old[k] = row.props[k], "
        "(old[k] IS NULL OR old[k] = []) AND row.props[k] IS NULL))",
        *(_same_links(spec, i) for i, spec in enumerate(links)),
    ]
    return [
        f"UNWIND $rows AS row OPTIONAL MATCH (old:{_label(label)} {{id: row.id}})",
        "WITH row, CASE WHEN old IS NULL THEN 'created' "
        f"WHEN {' AND '.join(same)} THEN 'unchanged' ELSE 'updated' END AS outcome",
    ]


def profile_statement(label: str, links: Sequence[LinkSpec]) -> str:
    """One statement for every row of an import, so that it is written whole or not at all
    (one statement is one atomic unit on every backend): each row's node and the links its
    row names (`l_<name>`; a row without one leaves that link alone); unchanged rows are not
    touched at all (their `updated_at` stays)."""
    lines = [
        *_outcome(label, links),
        "WITH row, outcome WHERE outcome <> 'unchanged'",
        f"MERGE (n:{ENTITY}:{_label(label)} {{id: row.id}}) "
        "ON CREATE SET n += row.defaults, n.created_at = $now",
        "SET n += row.props, n.updated_at = $now",
    ]
    for i, spec in enumerate(links):
        rel, wanted = _type(spec.rel), f"row.l_{spec.name}"
        if not spec.additive:
            lines += [
                "WITH n, row, outcome",
                f"OPTIONAL MATCH (n)-[o{i}:{rel}]->(y{i}) "
                f"WHERE {wanted} IS NOT NULL AND NOT y{i}.id IN {wanted}",
                f"WITH n, row, outcome, collect(o{i}) AS old{i}",
                f"FOREACH (r IN old{i} | DELETE r)",
            ]
        # One indexed lookup per id (`WHERE t.id IN row.list` scanned every node on FalkorDB).
        lines += [
            "WITH n, row, outcome",
            f"UNWIND CASE WHEN coalesce(size({wanted}), 0) = 0 THEN [null] ELSE {wanted} END"
            f" AS k{i}",
            f"OPTIONAL MATCH (t{i}:{ENTITY} {{id: k{i}}}) WHERE {_targets(f't{i}', spec)}",
            f"WITH n, row, outcome, collect(t{i}) AS l{i}",
            f"FOREACH (x IN l{i} | MERGE (n)-[r:{rel}]->(x) "
            "ON CREATE SET r.created_at = $now, r.updated_at = $now)",
        ]
    # The written rows' stored matching profiles, in the same statement (unchanged rows keep
    # theirs; their links never change another party's). One row into the subquery: with one
    # per written row, FalkorDB 4.16 re-indexed only the last.
    lines += [
        "WITH collect(n) AS written, collect(outcome) AS outcomes "
        + match_index.refreshing("written", each="written"),
        "UNWIND outcomes AS outcome RETURN outcome, count(*) AS rows",
    ]
    return "\n".join(lines)


def outcome_statement(label: str, links: Sequence[LinkSpec]) -> str:
    """What `profile_statement` would do, read-only (dry runs)."""
    return "\n".join([*_outcome(label, links), "RETURN outcome, count(*) AS rows"])


async def upsert_profiles(
    store: GraphStore,
    label: str,
    links: Sequence[LinkSpec],
    rows: Sequence[ProfileRow],
    now: str,
    *,
    dry_run: bool = False,
) -> dict[str, int]:
    """Upsert validated rows (every link target known to exist) in one statement: all of them
    or, if anything fails, none. Counts per outcome: created, updated, unchanged. Re-running
    the same rows changes nothing."""
    statement = outcome_statement(label, links) if dry_run else profile_statement(label, links)
    run = store.read if dry_run else store.write
    found = {
        str(r["outcome"]): int(r["rows"])
        for r in await run(statement, {"rows": list(rows), "now": now})
    }
    created, updated = found.get("created", 0), found.get("updated", 0)
    return {"created": created, "updated": updated, "unchanged": len(rows) - created - updated}


async def lookup(store: GraphStore, ids: Sequence[str], steward: str | None) -> dict[str, Any]:
    """id -> {"labels", "stewards"} for the ids that exist (any kind), in one read."""
    stewards = f"[(x)-[:{_type(steward)}]->(o:Organisation) | o.id]" if steward else "[]"
    rows = await store.read(
        f"UNWIND $ids AS i MATCH (x:{ENTITY} {{id: i}}) "
        f"RETURN i AS id, labels(x) AS labels, {stewards} AS stewards",
        {"ids": list(ids)},
    )
    return {str(r["id"]): {"labels": r["labels"], "stewards": r["stewards"]} for r in rows}


async def export_profiles(
    store: GraphStore, label: str, links: Sequence[LinkSpec], batch: int = 5_000
) -> list[dict[str, Any]]:
    """Every node of `label` with its links' target ids (`l_<name>`), by id, a page at a time."""
    fields = ", ".join(
        f"[(n)-[:{_type(spec.rel)}]->(c{i}) WHERE {_targets(f'c{i}', spec)} | c{i}.id] "
        f"AS l_{spec.name}"
        for i, spec in enumerate(links)
    )
    statement = (
        f"MATCH (n:{_label(label)}) WITH n ORDER BY n.id SKIP $skip LIMIT $limit "
        f"RETURN n {{.*}} AS node{', ' if fields else ''}{fields}"
    )
    found: list[dict[str, Any]] = []
    while True:
        rows = await store.read(statement, {"skip": len(found), "limit": batch})
        found += rows
        if len(rows) < batch:
            return found


async def sequenced(
    store: GraphStore, label: str, sequence: str, ids: Sequence[str]
) -> tuple[dict[str, int], int]:
    """The `seq` of the nodes of `label` among `ids` that exist, and the highest number the
    `(:Sequence)` counter or any such node holds (what a new node numbers after)."""
    rows = await store.read(
        f"UNWIND $ids AS i MATCH (n:{_label(label)} {{id: i}}) RETURN n.id AS id, n.seq AS seq",
        {"ids": list(ids)},
    )
    top = await store.read(
        f"OPTIONAL MATCH (q:Sequence {{id: $id}}) WITH max(q.value) AS value "
        f"OPTIONAL MATCH (n:{_label(label)}) RETURN value, max(n.seq) AS seq",
        {"id": sequence},
    )
    highest = max(int(top[0]["value"] or 0), int(top[0]["seq"] or 0)) if top else 0
    return {str(r["id"]): int(r["seq"]) for r in rows}, highest


async def advance_sequence(store: GraphStore, sequence: str, value: int) -> None:
    """Make a `(:Sequence)` counter at least `value` (after loading numbered events)."""
    await store.write(
        "MERGE (q:Sequence {id: $id}) "
        "SET q.value = CASE WHEN coalesce(q.value, 0) < $value THEN $value ELSE q.value END",
        {"id": sequence, "value": value},
    )
