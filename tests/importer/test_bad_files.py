"""Any file given to `hub import` gets a one-line answer in the caller's language, never a
traceback, and the work a file can cause is bounded before it is parsed."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from hub.importer import files
from tests.importer.helpers import startups, write
from tests.test_cli import data_dir, hub

__all__ = ["data_dir"]  # the fixture


def _xlsx(tmp: Path) -> Path:
    return write(tmp, "good.xlsx", startups(2))


def _bomb(tmp: Path) -> Path:
    """A real workbook plus an entry that unpacks to more than the bound (~200 kB on disk)."""
    path = _xlsx(tmp)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/media/zeros.bin", "w", force_zip64=True) as entry,
    ):
        for _ in range(files.MAX_UNPACKED_BYTES // 10**6 + 1):
            entry.write(bytes(10**6))
    return path.rename(tmp / "bomb.xlsx")


def _truncated(tmp: Path) -> Path:
    data = _xlsx(tmp).read_bytes()
    path = tmp / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _other_zip(tmp: Path) -> Path:
    path = tmp / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("notes.txt", "not a workbook")
    return path


def _oversized(tmp: Path) -> Path:
    path = tmp / "big.csv"
    with path.open("wb") as out:  # sparse: its size is what is checked, before any read
        out.truncate(files.MAX_FILE_BYTES + 1)
    return path


def _text(name: str, content: str | bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        return path

    return make


HEADER = "id,name,stage\n"
BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "latin-1": (_text("l.csv", (HEADER + "x,Café,idea\n").encode("latin-1")), "UTF-8 (ligne 2)"),
    "deep JSON": (_text("d.json", "[" * 100_000 + "]" * 100_000), "n'est pas un fichier JSON"),
    "broken JSON": (_text("b.json", '[{"id": '), "JSON valide (ligne 1, colonne 9)"),
    "JSON object": (_text("o.json", '{"id": "x"}'), "liste JSON d'objets"),
    "random bytes": (_text("r.xlsx", os.urandom(4096)), "n'est pas un fichier XLSX"),
    "truncated": (_truncated, "n'est pas un fichier XLSX"),
    "other zip": (_other_zip, "n'est pas un fichier XLSX"),
    "zip bomb": (_bomb, "plus de 200 Mo une fois décompressé"),
    "oversized": (_oversized, "plus de 20 Mo"),
    "too many rows": (
        _text("n.csv", HEADER + "".join(f"s-{i},S {i},idea\n" for i in range(10_001))),
        "plus de 10000 lignes",
    ),
    "too many columns": (
        _text("w.csv", ",".join(f"c{i}" for i in range(101)) + "\n"),
        "plus de 100 colonnes",
    ),
    "huge cell": (
        _text("h.csv", HEADER + "x," + "a" * 200_000 + ",idea\n"),
        "CSV lisible (ligne 2)",
    ),
    "unsupported": (_text("s.txt", HEADER), "type de fichier"),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_gets_one_localized_line(data_dir: Path, case: str) -> None:
    make, expected = BAD_FILES[case]
    path = make(data_dir)
    done = hub(data_dir, "import", str(path), "--kind", "startups", "--language", "fr")
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert expected in lines[0], lines[0]


def test_odd_but_readable_files_get_a_report(data_dir: Path) -> None:
    """Empty, one column, a nested JSON cell: a report (nothing to do, or what is wrong)."""
    empty = hub(data_dir, "import", str(_text("e.csv", "")(data_dir)), "--kind", "startups")
    assert empty.returncode == 0 and "Traceback" not in empty.stderr
    one = _text("one.csv", "name\nSolo\n")(data_dir)
    done = hub(data_dir, "import", str(one), "--kind", "startups", "--language", "en")
    assert done.returncode == 1 and "stage is required" in done.stdout
    nested = data_dir / "n.json"
    nested.write_text(json.dumps([{"id": "x", "name": {"fr": "X"}, "stage": "idea"}]), "utf-8")
    done = hub(data_dir, "import", str(nested), "--kind", "startups", "--language", "en")
    assert done.returncode == 1 and "name: expected a single value" in done.stdout
    assert "Traceback" not in done.stderr
