"""Rows of a file -> the domain's changes per row, every problem named (row, column), before any
write. The domain rules are the mutations' own (`hub.domain.profiles`)."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from hub.domain import access
from hub.domain.errors import DomainError, InvalidInput
from hub.domain.ids import check_slug, slugify
from hub.domain.keys import Caller
from hub.domain.profiles import Changes
from hub.domain.text import quoted, search_text
from hub.i18n.labels import N_
from hub.importer import cells
from hub.importer.kinds import LINK_COLUMNS, Sheet
from hub.importer.report import Problem

_NS = uuid.UUID("9a55e4e1-0000-4000-8000-000000000000")
#: Rows come in as (line number, {column: cell}).
RawRow = tuple[int, Mapping[str, Any]]


@dataclass
class Checked:
    line: int
    id: str
    changes: Changes  # what the row's cells set
    defaults: dict[str, Any] = field(default_factory=dict)  # what only a new record gets


@dataclass
class Checks:
    rows: list[Checked] = field(default_factory=list)  # the rows without a problem
    problems: list[Problem] = field(default_factory=list)
    #: Every row whose cells could be read, refused or not: their references are checked too.
    referring: list[Checked] = field(default_factory=list)


def _problem(line: int, column: str | None, exc: DomainError) -> Problem:
    params = dict(exc.params)
    if column and "field" in params:
        params["field"] = column
    return Problem(line, column, exc.message, params)


def _given(kind: Sheet, line: int, raw: Mapping[str, Any], out: Checks) -> dict[str, Any]:
    given: dict[str, Any] = {}
    for name, value in raw.items():
        column = kind.column(name)
        if column is None:
            continue  # unknown columns are reported once, from the header
        try:
            parsed = cells.parse(column, value)
        except InvalidInput as exc:
            out.problems.append(_problem(line, name, exc))
            continue
        if column.language:
            given.setdefault(column.given, {})[column.language] = parsed or ""
        else:
            given[column.given] = parsed
    return given


def _row_id(kind: Sheet, given: dict[str, Any]) -> str:
    """The row's id: its `id` cell, or one derived from its name (re-imports find it again)."""
    given_id = given.pop("id", None) if kind.name != "organisations" else given.get("id")
    if given_id:
        return check_slug(str(given_id))
    names = given.get("name")
    name = next((t for t in names.values() if t), "") if isinstance(names, dict) else names
    if not name:
        raise InvalidInput("{field} is required", field="name")
    if kind.name == "organisations":
        given["id"] = slugify(str(name))
        return check_slug(given["id"])
    return str(uuid.uuid5(_NS, f"{kind.name}:{search_text(str(name))}"))


def _validate(
    kind: Sheet,
    line: int,
    given: dict[str, Any],
    out: Checks,
    reported: set[str],
    creating: bool,
) -> Changes | None:
    """The domain's rules, for a new record or for an update (where a column left out is left
    unchanged); each refused field is reported and left out, until none is left. A column
    already `reported` (its cell was refused) is not reported again as missing."""
    while True:
        try:
            return kind.validate(given, creating)
        except InvalidInput as exc:
            field_name = exc.params.get("field")
            found = kind.by_field(str(field_name)) if field_name else None
            column, key = (found.name, found.given) if found else (None, None)
            if column is None or key is None or column in reported:
                if (
                    key is None
                    or key not in kind.stand_ins
                    or given.get(key) == kind.stand_ins[key]
                ):
                    return None
                given[key] = kind.stand_ins[key]  # reported: go on to check the other fields
                continue
            out.problems.append(_problem(line, column, exc))
            reported.add(column)
            given.pop(key, None)


def row_ids(kind: Sheet, rows: Sequence[RawRow]) -> list[str]:
    """The ids the rows name (or derive from their names), to tell updates from new records."""
    found = []
    for line, raw in rows:
        try:
            found.append(_row_id(kind, _given(kind, line, raw, Checks())))
        except InvalidInput:
            continue  # reported by check_rows
    return found


def check_rows(
    kind: Sheet, rows: Sequence[RawRow], caller: Caller | None, existing: Collection[str] = ()
) -> Checks:
    """Pure checks of every row (the graph's are in `check_references`); a row whose id is in
    `existing` is checked as an update."""
    out = Checks()
    seen: dict[str, int] = {}
    for line, raw in rows:
        before = len(out.problems)
        given = _given(kind, line, raw, out)
        try:
            row_id = _row_id(kind, given)
        except InvalidInput as exc:
            out.problems.append(_problem(line, "id", exc))
            given.pop("id", None)
            # The row's other cells are still checked, as a new record's ("" names no record).
            refused = {"id", "name"} | {p.column for p in out.problems[before:] if p.column}
            changes = _validate(kind, line, given, out, refused, True)
            if changes is not None:
                out.referring.append(Checked(line, "", changes))
            continue
        if row_id in seen:
            again = N_("{id} appears again (first on row {first})")
            out.problems.append(Problem(line, "id", again, {"id": row_id, "first": seen[row_id]}))
        seen.setdefault(row_id, line)
        if caller is not None and "host_ids" in given:
            try:
                access.require_may_set_hosts(caller, given["host_ids"])
            except DomainError as exc:
                out.problems.append(_problem(line, "hosts", exc))
        refused = {p.column for p in out.problems[before:] if p.column}
        creating = row_id not in existing
        if not creating:
            given.pop("id", None)  # an update names its record; it does not set its id
        changes = _validate(kind, line, given, out, refused, creating)
        if changes is not None and len(out.problems) > before:
            out.referring.append(Checked(line, row_id, changes))
        elif changes is not None:
            # What only a new record gets (the domain's defaults for fields no cell sets).
            props = dict(changes.props)
            defaults = {
                k: props.pop(k) for k in kind.default_keys() if k in props and k not in given
            }
            if kind.name == "organisations":
                props.pop("id", None)
            checked = Checked(line, row_id, Changes(props, changes.links), defaults)
            out.rows.append(checked)
            out.referring.append(checked)
    return out


def check_header(kind: Sheet, columns: Sequence[str]) -> list[Problem]:
    return [
        Problem(
            1,
            name,
            N_("unknown column {column} (expected one of: {expected})"),
            {"column": quoted(name), "expected": ", ".join(c.name for c in kind.columns)},
        )
        for name in columns
        if kind.column(name) is None
    ]


def check_references(
    kind: Sheet, rows: Sequence[Checked], found: Mapping[str, Any], caller: Caller | None
) -> list[Problem]:
    """Every link names an existing node of the right kind; a row's id is free or already this
    kind's; a partner changes only what its organisation stewards."""
    problems: list[Problem] = []
    for row in rows:
        existing = found.get(row.id)
        if existing and kind.label not in existing["labels"]:
            taken = N_("{id} is already used by another kind of record")
            problems.append(Problem(row.line, "id", taken, {"id": row.id}))
        elif existing and caller is not None and not caller.is_admin:
            try:
                access.require_edit(caller, row.id, existing["stewards"])
            except DomainError as exc:
                problems.append(_problem(row.line, "id", exc))
        for link, targets in row.changes.links.items():
            wanted = kind.profile.links[link].targets
            for target in targets:
                labels = (found.get(target) or {}).get("labels", [])
                if not set(wanted) & set(labels):
                    column = LINK_COLUMNS[link]
                    names = " / ".join(w.lower() for w in wanted)
                    params = {"column": column, "id": quoted(target), "kind": names}
                    message = N_("{column}: no {kind} with id {id}")
                    problems.append(Problem(row.line, column, message, params))
    return problems
