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
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from hub.domain.errors import InvalidInput
from hub.importer.validate import RawRow

FORMATS = ("csv", "xlsx", "json")

#: The work a file may cause, bounded before it is parsed: its size on disk, what an XLSX
#: (a zip) unpacks to, its rows and columns. A file one row over is refused whole, so that
#: an import is always the whole file.
MAX_FILE_BYTES = 20_000_000
MAX_UNPACKED_BYTES = 200_000_000
MAX_ROWS = 10_000
MAX_COLUMNS = 100


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
    """The columns and the rows with their line numbers (header = line 1; JSON: item number).
    Anything but a readable file within the bounds raises `InvalidInput`, never another error."""
    kind = format_of(path)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput(
            "{file} is larger than {limit} MB: split it",
            file=path.name,
            limit=MAX_FILE_BYTES // 10**6,
        )
    if kind == "json":
        return _json(path)
    table = _xlsx(path) if kind == "xlsx" else _csv(path)
    if not table:
        return [], []
    named = [i for i, name in enumerate(table[0]) if name not in (None, "")]
    if named and named[-1] >= MAX_COLUMNS:
        raise _too_many_columns(path)
    # Cells right of the last named column are none of the file's (a sheet's rows are padded).
    width = named[-1] + 1 if named else 0
    columns = _header(table[0][:width])
    found: list[RawRow] = [
        (n, dict(zip(columns, values, strict=False)))
        for n, values in enumerate(table[1:], 2)
        if any(v not in (None, "") for v in values)
    ]
    return columns, found


def _too_many_rows(path: Path) -> InvalidInput:
    return InvalidInput(
        "{file} holds more than {limit} rows: split it", file=path.name, limit=MAX_ROWS
    )


def _too_many_columns(path: Path) -> InvalidInput:
    return InvalidInput("{file} has more than {limit} columns", file=path.name, limit=MAX_COLUMNS)


def _unreadable(path: Path, kind: str) -> InvalidInput:
    return InvalidInput("{file} is not a readable {kind} file", file=path.name, kind=kind)


def _json(path: Path) -> tuple[list[str], list[RawRow]]:
    try:
        items = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            "{file} is not valid JSON (line {line}, column {column})",
            file=path.name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:  # nested deeper than the parser goes: no cell is
        raise _unreadable(path, "JSON") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise InvalidInput("{file}: expected a JSON list of objects", file=path.name)
    if len(items) > MAX_ROWS:
        raise _too_many_rows(path)
    rows: list[RawRow] = [
        (n, {str(k).strip().lower(): v for k, v in item.items()}) for n, item in enumerate(items, 1)
    ]
    columns = [str(k) for k in dict.fromkeys(k for _, row in rows for k in row)]
    if len(columns) > MAX_COLUMNS:
        raise _too_many_columns(path)
    return columns, rows


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> InvalidInput:
    line = exc.object[: exc.start].count(b"\n") + 1
    return InvalidInput(
        "{file} is not UTF-8 text (line {line}): save it as UTF-8", file=path.name, line=line
    )


def _csv(path: Path) -> list[list[Any]]:
    # Decoded as is (no newline translation): the csv module splits the lines itself, so a
    # quoted cell keeps its line breaks, \r\n and U+2028 included. The header tells the
    # delimiter; quoting is the standard one (a header has no quotes to learn it from).
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, exc) from None
    header = text.splitlines()[0] if text.strip() else ""
    try:
        delimiter = csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:  # empty, or a single column: nothing to sniff
        delimiter = ","
    lines = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _capped(path, ([_unescaped(v) for v in r] for r in lines))
    except csv.Error as exc:  # e.g. a cell over the csv module's 128 kB
        raise InvalidInput(
            "{file} is not a readable CSV file (line {line})", file=path.name, line=lines.line_num
        ) from exc


def _capped(path: Path, rows: Iterable[list[Any]]) -> list[list[Any]]:
    """The rows, stopping (and refusing the file) once more are filled than allowed."""
    table: list[list[Any]] = []
    filled = 0
    for row in rows:
        table.append(row)
        filled += any(v not in (None, "") for v in row)
        if filled > MAX_ROWS + 1:  # the header is one of them
            raise _too_many_rows(path)
    return table


def _xlsx(path: Path) -> list[list[Any]]:
    try:
        with zipfile.ZipFile(path) as archive:
            # A zip's entries unpack to at most the sizes they declare (zipfile stops there).
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise _unreadable(path, "XLSX") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidInput(
            "{file} unpacks to more than {limit} MB",
            file=path.name,
            limit=MAX_UNPACKED_BYTES // 10**6,
        )
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
            return _capped(path, (list(r) for r in rows))
        finally:
            book.close()
    except InvalidInput:
        raise
    # openpyxl parses what the file says with several libraries (zip, XML, its own readers),
    # each with its own errors: any of them means the workbook cannot be read.
    except Exception:
        raise _unreadable(path, "XLSX") from None


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
