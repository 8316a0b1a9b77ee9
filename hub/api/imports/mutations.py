"""`importStartups`: a partner's (or admin's) spreadsheet rows through the same checks and bulk
path as `hub import`; nothing is written unless every row is valid."""

from __future__ import annotations

from typing import Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner
from hub.domain.errors import InvalidInput
from hub.importer.kinds import STARTUPS
from hub.importer.report import Report
from hub.services.imports import import_rows

#: Rows per request; bigger files go through `hub import`.
MAX_IMPORT_ROWS = 500


@strawberry.input(
    description="One row of a startups import (the columns of `hub import "
    "--kind startups`): a field left out is unchanged, null clears it."
)
class StartupImportRow:
    id: strawberry.ID | None = strawberry.UNSET
    name: str | None = strawberry.UNSET
    stage: str | None = strawberry.UNSET
    founded_year: int | None = strawberry.UNSET
    description_fr: str | None = strawberry.UNSET
    description_en: str | None = strawberry.UNSET
    description_ar: str | None = strawberry.UNSET
    website: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    phone: str | None = strawberry.UNSET
    languages: list[str] | None = strawberry.UNSET
    seeks: list[str] | None = strawberry.UNSET
    offers: list[str] | None = strawberry.UNSET
    demo: bool | None = strawberry.UNSET
    city: strawberry.ID | None = strawberry.UNSET
    hosts: list[strawberry.ID] | None = strawberry.UNSET
    sectors: list[strawberry.ID] | None = strawberry.UNSET
    targets: list[strawberry.ID] | None = strawberry.UNSET
    diaspora_origin: strawberry.ID | None = strawberry.UNSET


@strawberry.type
class ImportProblem:
    row: int = strawberry.field(description="The row's position in `rows`, from 1.")
    column: str | None
    message: str


@strawberry.type
class ImportReport:
    dry_run: bool
    rows: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    problems: list[ImportProblem]


def _cells(row: StartupImportRow) -> dict[str, Any]:
    return {k: v for k, v in vars(row).items() if v is not strawberry.UNSET}


@strawberry.type
class ImportMutation:
    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Import up to 500 startups; a partner's become hosted by its organisation.",
    )
    async def import_startups(
        self, info: Info, rows: list[StartupImportRow], dry_run: bool | None = False
    ) -> ImportReport:
        if len(rows) > MAX_IMPORT_ROWS:
            raise InvalidInput(
                "at most {limit} rows per import (got {count})",
                limit=MAX_IMPORT_ROWS,
                count=len(rows),
            )
        raw = [(n, _cells(row)) for n, row in enumerate(rows, 1)]
        columns = list(dict.fromkeys(k for _, cells in raw for k in cells))
        caller, store = info.context.caller, info.context.store
        report: Report = await import_rows(
            store, STARTUPS, columns, raw, dry_run=bool(dry_run), caller=caller
        )
        language = info.context.language
        problems = [
            ImportProblem(row=p.row, column=p.column, message=p.text(language))
            for p in report.problems
        ]
        return ImportReport(
            dry_run=report.dry_run,
            rows=report.rows,
            created=report.created,
            updated=report.updated,
            unchanged=report.unchanged,
            rejected=report.rejected,
            problems=problems,
        )
