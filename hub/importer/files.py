"""Reading and writing partner files: CSV (UTF-8, `,` or `;`), XLSX (first sheet), JSON (a list
of objects). Lists are `;`-separated in CSV and XLSX cells, JSON arrays in JSON.

Files written here are safe to open in a spreadsheet (OWASP, "CSV injection"): a CSV text cell
that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
carriage return) is written behind a `'`, which spreadsheets show as text, and a CSV cell that
starts with `'` gets one more; reading a CSV removes one leading `'`, so export then import
changes nothing. XLSX cells are typed as strings, never formulas."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hub.domain.errors import InvalidInput
from hub.importer.validate import RawRow

FORMATS = ("csv", "xlsx", "json")


def format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidInput(
            "{file}: unsupported file type (expected .csv, .xlsx or .json)", file=path.name
        )
    return suffix


def _header(names: Sequence[Any]) -> list[str]:
    return [str(name or "").strip().lower() for name in names]


def read(path: Path) -> tuple[list[str], list[RawRow]]:
    """The columns and the rows with their line numbers (header = line 1; JSON: item number)."""
    kind = format_of(path)
    if kind == "json":
        items = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InvalidInput("{file}: expected a JSON list of objects", file=path.name)
        rows: list[RawRow] = [
            (n, {str(k).strip().lower(): v for k, v in item.items()})
            for n, item in enumerate(items, 1)
        ]
        columns = [str(k) for k in dict.fromkeys(k for _, row in rows for k in row)]
        return columns, rows
    if kind == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path, read_only=True, data_only=True).worksheets[0]
        table = [list(r) for r in sheet.iter_rows(values_only=True)]
    else:
        # Decoded as is (no newline translation): the csv module splits the lines itself, so a
        # quoted cell keeps its line breaks, \r\n and U+2028 included. The header tells the
        # delimiter; quoting is the standard one (a header has no quotes to learn it from).
        text = path.read_bytes().decode("utf-8-sig")
        header = text.splitlines()[0] if text.strip() else ""
        try:
            delimiter = csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
        except csv.Error:  # empty, or a single column: nothing to sniff
            delimiter = ","
        lines = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        table = [[_unescaped(v) for v in r] for r in lines]
    if not table:
        return [], []
    columns = _header(table[0])
    found: list[RawRow] = [
        (n, dict(zip(columns, values, strict=False)))
        for n, values in enumerate(table[1:], 2)
        if any(v not in (None, "") for v in values)
    ]
    return columns, found


#: What a spreadsheet runs as a formula when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _escaped(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as the text it is, never runs."""
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, QUOTE)):
        return QUOTE + value
    return value


def _unescaped(value: str) -> str:
    return value[1:] if value.startswith(QUOTE) else value


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


def write(path: Path, columns: Sequence[str], rows: Sequence[dict[str, Any]]) -> None:
    kind = format_of(path)
    if kind == "json":
        path.write_text(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n", "utf-8")
    elif kind == "csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            writer.writerows([_escaped(_flat(row.get(c))) for c in columns] for row in rows)
    else:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(list(columns))
        for line, row in enumerate(rows, 2):
            for column, name in enumerate(columns, 1):
                cell = sheet.cell(line, column, _flat(row.get(name)))
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl takes a text starting with = for a formula
        book.save(path)
