"""`hub import`'s engine on files: every row checked before any write, reports in the caller's
language, idempotent re-runs, dry runs that write nothing, export -> import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from hub.demo.load import load, load_reference
from hub.domain.vocabulary import Language
from hub.graph.store import GraphStore
from hub.importer import files
from hub.importer.export import export_rows
from hub.importer.kinds import KINDS, STARTUPS
from hub.importer.report import Report
from hub.services.imports import import_rows
from tests.importer.helpers import digest, startups, write


async def run(
    store: GraphStore, path: Path, kind: str = "startups", *, dry_run: bool = False
) -> Report:
    columns, rows = files.read(path)
    return await import_rows(store, KINDS[kind], columns, rows, dry_run=dry_run)


def counts(report: Report) -> tuple[int, int, int, int]:
    return report.created, report.updated, report.unchanged, report.rejected


@pytest.mark.parametrize("name", ["s.csv", "s.xlsx", "s.json"])
async def test_import_creates_then_rerun_changes_nothing(
    store: GraphStore, tmp_path: Path, name: str
) -> None:
    await load_reference(store)
    path = write(tmp_path, name, startups(3))
    first = await run(store, path)
    assert first.ok, first.problems
    assert counts(first) == (3, 0, 0, 0)
    after = await digest(store)
    rows = await store.read(
        "MATCH (s:Startup {id: 'imp-1'})-[:LOCATED_IN]->(c:City) "
        "RETURN s {.*} AS s, c.id AS city, [(s)-[:IN_SECTOR]->(x) | x.id] AS sectors",
        {},
    )
    assert rows[0]["city"] == "rabat" and sorted(rows[0]["sectors"]) == ["e-commerce", "fintech"]
    assert rows[0]["s"]["founded_year"] == 2021 and rows[0]["s"]["languages"] == ["fr", "ar"]
    assert rows[0]["s"]["search"] == "importee 1"

    again = await run(store, path)
    assert counts(again) == (0, 0, 3, 0)
    assert await digest(store) == after


async def test_changed_cells_update_only_their_rows(store: GraphStore, tmp_path: Path) -> None:
    await load_reference(store)
    rows = startups(3)
    await run(store, write(tmp_path, "a.csv", rows))
    rows[0]["stage"], rows[2]["sectors"] = "acceleration", ["e-commerce"]
    report = await run(store, write(tmp_path, "b.csv", rows))
    assert counts(report) == (0, 2, 1, 0)
    found = await store.read(
        "MATCH (s:Startup) WHERE s.id IN ['imp-0', 'imp-2'] RETURN s.id AS id, s.stage AS stage, "
        "[(s)-[:IN_SECTOR]->(x) | x.id] AS sectors ORDER BY id",
        {},
    )
    assert found == [
        {"id": "imp-0", "stage": "acceleration", "sectors": ["fintech"]},
        {"id": "imp-2", "stage": "creation", "sectors": ["e-commerce"]},
    ]


async def test_dry_run_counts_and_writes_nothing(store: GraphStore, tmp_path: Path) -> None:
    await load_reference(store)
    path = write(tmp_path, "s.csv", startups(4))
    before = await digest(store)
    report = await run(store, path, dry_run=True)
    assert report.dry_run and counts(report) == (4, 0, 0, 0)
    assert await digest(store) == before


BAD = [
    {"id": "ok-1", "name": "Bonne", "stage": "idea", "city": "rabat", "sectors": ["fintech"]},
    {
        "id": "bad-1",
        "name": "",
        "stage": "seed",
        "founded_year": "demain",
        "city": "rabat",
        "sectors": ["fintech"],
        "email": "pas-un-email",
    },
    {"id": "bad-2", "name": "Ailleurs", "stage": "idea", "city": "atlantis", "sectors": ["nope"]},
]
BAD_COLUMNS = ["id", "name", "stage", "founded_year", "city", "sectors", "email"]


async def test_one_bad_row_writes_nothing_and_is_reported(
    store: GraphStore, tmp_path: Path
) -> None:
    await load_reference(store)
    before = await digest(store)
    report = await run(store, write(tmp_path, "bad.csv", BAD, BAD_COLUMNS))
    assert not report.ok and report.rejected == 2
    assert counts(report)[:3] == (0, 0, 0)
    assert await digest(store) == before
    found = {(p.row, p.column) for p in report.problems}
    assert found == {
        (3, "name"),
        (3, "stage"),
        (3, "founded_year"),
        (3, "email"),
        (4, "city"),
        (4, "sectors"),
    }
    by_cell = {(p.row, p.column): p for p in report.problems}
    assert by_cell[(3, "name")].text(Language.EN) == "name is required"
    assert by_cell[(3, "name")].text(Language.FR) == "name est obligatoire"
    assert by_cell[(3, "name")].text(Language.AR) == "الحقل name إلزامي"
    missing = by_cell[(4, "city")]
    assert missing.text(Language.EN) == "city: no city with id atlantis"
    for language in (Language.FR, Language.AR):
        assert "atlantis" in missing.text(language)
        assert missing.text(language) != missing.text(Language.EN)
    assert "demain" in by_cell[(3, "founded_year")].text(Language.FR)


async def test_header_and_duplicates_are_reported(store: GraphStore, tmp_path: Path) -> None:
    await load_reference(store)
    rows = [*startups(2), {**startups(1)[0], "name": "Encore"}]
    path = write(
        tmp_path,
        "dup.csv",
        [{**r, "colour": "blue"} for r in rows],
        ["id", "name", "stage", "city", "colour"],
    )
    report = await run(store, path)
    assert {(p.row, p.column) for p in report.problems} == {(1, "colour"), (4, "id")}
    assert report.problems[1].text(Language.EN) == "imp-0 appears again (first on row 2)"


async def test_rows_without_ids_get_stable_ones(store: GraphStore, tmp_path: Path) -> None:
    await load_reference(store)
    rows = [{k: v for k, v in r.items() if k != "id"} for r in startups(2)]
    path = write(tmp_path, "noid.json", rows, [])
    assert counts(await run(store, path)) == (2, 0, 0, 0)
    assert counts(await run(store, path)) == (0, 0, 2, 0)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("name", ["out.csv", "out.json", "out.xlsx"])
async def test_export_then_import_changes_nothing(
    store: GraphStore, tmp_path: Path, kind: str, name: str
) -> None:
    await load(store)
    spec = KINDS[kind]
    rows = await export_rows(store, spec)
    assert rows
    path = tmp_path / name
    files.write(path, [c.name for c in spec.columns], rows)
    before = await digest(store)
    report = await run(store, path, kind)
    assert report.ok, [p.text(Language.EN) for p in report.problems]
    assert counts(report) == (0, 0, len(rows), 0)
    assert await digest(store) == before


async def test_an_id_of_another_kind_is_refused(store: GraphStore, tmp_path: Path) -> None:
    await load_reference(store)
    row = {**startups(1)[0], "id": "casablanca"}
    report = await run(store, write(tmp_path, "clash.csv", [row]))
    assert [(p.row, p.column) for p in report.problems] == [(2, "id")]
    assert STARTUPS.label == "Startup"
