"""`hub synth`, `hub export` and `hub import` as a user runs them (subprocesses)."""

from __future__ import annotations

from pathlib import Path

from tests.importer.helpers import write
from tests.test_cli import data_dir, hub, ok

__all__ = ["data_dir"]  # the fixture


def test_synth_export_import_round_trip(data_dir: Path) -> None:
    assert "2 City" not in ok(hub(data_dir, "synth", "--startups", "40"))[-1]
    out = data_dir / "startups.csv"
    assert ok(hub(data_dir, "export", str(out), "--kind", "startups"))[-1].startswith("40 ")
    summary = ok(hub(data_dir, "import", str(out), "--kind", "startups", "--language", "en"))
    assert summary[-1] == "0 created, 0 updated, 40 unchanged, 0 rejected"


def test_a_bad_file_is_reported_in_the_callers_language(data_dir: Path) -> None:
    path = write(
        data_dir, "bad.csv", [{"id": "x", "name": "", "stage": "idea"}], ["id", "name", "stage"]
    )
    done = hub(data_dir, "import", str(path), "--kind", "startups", "--language", "fr")
    assert done.returncode == 1
    assert "name est obligatoire" in done.stdout
    assert "1 rejetés" in done.stdout
    good = write(
        data_dir, "good.csv", [{"id": "x", "name": "X", "stage": "idea"}], ["id", "name", "stage"]
    )
    dry = ok(
        hub(data_dir, "import", str(good), "--kind", "startups", "--dry-run", "--language", "en")
    )
    assert dry[-2:] == [
        "dry run: nothing was written",
        "1 created, 0 updated, 0 unchanged, 0 rejected",
    ]
    out = data_dir / "after.json"
    assert ok(hub(data_dir, "export", str(out), "--kind", "startups"))[-1].startswith("0 ")
