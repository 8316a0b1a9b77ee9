"""An import refuses the text the database cannot hold, as the API does (a NUL, a lone
surrogate): each such cell is a problem of its row and column, and nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

from hub.demo.load import load_reference
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore
from hub.importer import files
from hub.importer.kinds import STARTUPS
from hub.services.imports import import_rows
from tests.importer.helpers import digest, startups


async def _imported(store: GraphStore, path: Path) -> list[tuple[int, str | None, str]]:
    await load_reference(store)
    before = await digest(store)
    columns, rows = files.read(path)
    report = await import_rows(store, STARTUPS, columns, rows)
    assert not report.ok and report.created == report.updated == 0
    assert await digest(store) == before
    return [(p.row, p.column, p.text(Language.FR)) for p in report.problems]


async def test_a_json_file_with_a_nul_and_a_lone_surrogate(
    store: GraphStore, tmp_path: Path
) -> None:
    rows = startups(4)
    rows[1]["name"] = "Nul\x00le"
    rows[3]["description_fr"] = "demi \ud800 caractère"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(rows), encoding="utf-8")  # \u escapes: the file itself is valid
    found = await _imported(store, path)
    assert [(row, column) for row, column, _ in found] == [(2, "name"), (4, "description_fr")]
    assert all("NUL" in text for _, _, text in found)


async def test_a_csv_file_with_a_nul(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    files.write(path, list(startups(1)[0]), startups(3))
    path.write_text(path.read_text(encoding="utf-8").replace("Importée 1", "Import\x00ée 1"))
    found = await _imported(store, path)
    assert [(row, column) for row, column, _ in found] == [(3, "name")]
