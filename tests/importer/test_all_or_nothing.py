"""An import writes every row or none: whatever is wrong is found before the write, every
problem of a file in one pass, and a write the database refuses leaves the graph as it was."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hub.demo.load import load_reference
from hub.domain.ids import now_iso
from hub.domain.vocabulary import Language
from hub.graph.queries import bulk
from hub.graph.store import GraphStore, StoreError
from hub.importer import files
from hub.importer.kinds import STARTUPS
from hub.services.imports import import_rows
from tests.importer.helpers import digest, startups, write


async def _startups(store: GraphStore) -> int:
    return int((await store.read("MATCH (s:Startup) RETURN count(s) AS n", {}))[0]["n"])


async def test_a_bad_cell_late_in_a_long_file_writes_nothing(
    store: GraphStore, tmp_path: Path
) -> None:
    await load_reference(store)
    rows = [{**row, "founded_year": 2021} for row in startups(1_500)]
    rows[1_200]["name"] = "Nul\x00le"
    path = write(tmp_path, "s.csv", rows)
    before = await digest(store)
    columns, found = files.read(path)
    report = await import_rows(store, STARTUPS, columns, found)
    assert [(p.row, p.column) for p in report.problems] == [(1_202, "name")]
    assert await digest(store) == before


async def test_a_write_the_database_refuses_leaves_the_graph_as_it_was(
    store: GraphStore,
) -> None:
    """The rows passed every check, then another record took one of their ids (as a
    concurrent writer could): the unique constraint refuses the statement, and the rows
    before it, in what used to be earlier batches, are not written either."""
    await load_reference(store)
    await store.write("CREATE (:Entity:Mentor {id: 'taken', name: 'Mentor'})", {})
    await bulk.upsert_profiles(
        store,
        "Startup",
        [],
        [{"id": "kept", "props": {"name": "Before"}, "defaults": {}}],
        now_iso(),
    )
    before = await digest(store)
    rows = [
        {"id": f"new-{i}", "props": {"name": f"New {i}"}, "defaults": {"stage": "idea"}}
        for i in range(1_500)
    ]
    rows[3] = {"id": "kept", "props": {"name": "After"}, "defaults": {}}
    rows[1_200] = {"id": "taken", "props": {"name": "Clash"}, "defaults": {}}
    with pytest.raises(StoreError):
        await bulk.upsert_profiles(store, "Startup", [], rows, now_iso())
    assert await digest(store) == before
    assert await _startups(store) == 1


async def test_rows_that_name_different_links_leave_the_others_alone(
    store: GraphStore, tmp_path: Path
) -> None:
    """One statement for the whole file: a row without a link's column keeps its links."""
    await load_reference(store)
    first = startups(2)
    await import_rows(store, STARTUPS, *files.read(write(tmp_path, "a.csv", first)))
    path = tmp_path / "b.json"
    path.write_text(
        json.dumps(
            [{"id": "imp-0", "sectors": ["e-commerce"]}, {"id": "imp-1", "name": "Renamed"}]
        ),
        "utf-8",
    )
    report = await import_rows(store, STARTUPS, *files.read(path))
    assert (report.created, report.updated, report.unchanged) == (0, 2, 0), report.problems
    found = await store.read(
        "MATCH (s:Startup) RETURN s.id AS id, s.name AS name, "
        "[(s)-[:IN_SECTOR]->(x) | x.id] AS sectors ORDER BY id",
        {},
    )
    assert [(r["id"], r["name"], sorted(r["sectors"])) for r in found] == [
        ("imp-0", "Importée 0", ["e-commerce"]),
        ("imp-1", "Renamed", ["e-commerce", "fintech"]),
    ]


async def test_every_problem_of_a_file_comes_in_one_pass(store: GraphStore, tmp_path: Path) -> None:
    """Field rules and references together, even on a row already refused for a field or its
    id; one line per problem, in the caller's language."""
    await load_reference(store)
    rows = startups(3)
    rows[0].update(stage="unicorn", city="atlantis")
    rows[1].update(sectors=["fintech", "alchemy"])
    rows[2].update(id="Not A Slug", founded_year=1700, city="gondor")
    path = write(tmp_path, "s.csv", rows)
    before = await digest(store)
    report = await import_rows(store, STARTUPS, *files.read(path))
    assert [(p.row, p.column) for p in report.problems] == [
        (2, "city"),
        (2, "stage"),
        (3, "sectors"),
        (4, "city"),
        (4, "founded_year"),
        (4, "id"),
    ]
    assert [p.text(Language.FR) for p in report.problems] == [
        "city : aucun élément city avec l'identifiant atlantis",
        "stage : valeur inconnue unicorn",
        "sectors : aucun élément sector avec l'identifiant alchemy",
        "city : aucun élément city avec l'identifiant gondor",
        f"founded_year doit être compris entre 1900 et {datetime.now(UTC).year}",
        "id ne doit contenir que des minuscules, des chiffres et des tirets (reçu : 'Not A Slug')",
    ]
    assert await digest(store) == before


async def test_a_cell_longer_than_any_field_is_refused_and_quoted_short(
    store: GraphStore, tmp_path: Path
) -> None:
    await load_reference(store)
    rows = startups(2)
    rows[0]["description_fr"] = "x" * 5_000
    rows[1]["city"] = "y" * 3_000
    report = await import_rows(store, STARTUPS, *files.read(write(tmp_path, "s.csv", rows)))
    assert [(p.row, p.column) for p in report.problems] == [(2, "description_fr"), (3, "city")]
    assert all(len(p.text(Language.EN)) < 200 for p in report.problems)
