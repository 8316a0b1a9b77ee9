"""An import, start to end: check every row (its cells, then the records its ids and links
name), report every problem at once, and only if there is none, write every row in one
statement: the whole file or nothing. `dry_run` reads what would happen."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hub.domain.ids import now_iso
from hub.domain.keys import Caller
from hub.graph.queries import bulk
from hub.graph.store import GraphStore
from hub.importer.kinds import Sheet
from hub.importer.report import Report
from hub.importer.validate import (
    Checked,
    RawRow,
    check_header,
    check_references,
    check_rows,
    row_ids,
)


def _row(checked: Checked, hosts: list[str]) -> dict[str, Any]:
    props = {k: v for k, v in checked.changes.props.items() if k != "id"}
    links = dict(checked.changes.links)
    if hosts:
        links["hosts"] = list(dict.fromkeys([*hosts, *links.get("hosts", [])]))
    links_ = {f"l_{k}": v for k, v in links.items()}
    return {"id": checked.id, "props": props, "defaults": checked.defaults, **links_}


def _links(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The links any row names (a row without one leaves it alone)."""
    return sorted({k[2:] for row in rows for k in row if k.startswith("l_")})


async def import_rows(
    store: GraphStore,
    kind: Sheet,
    columns: Sequence[str],
    rows: Sequence[RawRow],
    *,
    dry_run: bool = False,
    caller: Caller | None = None,
) -> Report:
    """`caller`: a partner's rows become hosted by its organisation and may only change what
    it stewards (None: the command line, trusted)."""
    report = Report(rows=len(rows), dry_run=dry_run)
    report.problems += check_header(kind, columns)
    # Which rows update a record of this kind: those are checked as updates (a column left
    # out is left unchanged), the others as new records.
    known = await bulk.lookup(store, row_ids(kind, rows), kind.profile.steward)
    existing = {i for i, found in known.items() if kind.label in found["labels"]}
    checks = check_rows(kind, rows, caller, existing)
    report.problems += checks.problems
    # The references of every row, refused ones included: a file's problems come in one pass.
    found = await bulk.lookup(store, _ids(checks.referring), kind.profile.steward)
    report.problems += check_references(kind, checks.referring, found, caller)
    if report.problems:
        report.problems.sort(key=lambda p: (p.row, p.column or ""))
        return report
    hosts = [caller.entity_id] if caller and caller.entity_id and kind.name == "startups" else []
    prepared = [_row(c, hosts) for c in checks.rows]
    counts = await bulk.upsert_profiles(
        store, kind.label, kind.link_specs(_links(prepared)), prepared, now_iso(), dry_run=dry_run
    )
    report.created, report.updated = counts["created"], counts["updated"]
    report.unchanged = counts["unchanged"]
    return report


def _ids(rows: Sequence[Checked]) -> list[str]:
    ids = {row.id for row in rows}
    for row in rows:
        for targets in row.changes.links.values():
            ids.update(targets)
    return sorted(ids)
