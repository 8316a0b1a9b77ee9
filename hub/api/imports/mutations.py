"""`importStartups`: a partner's (or admin's) spreadsheet rows through the same checks and bulk
path as `hub import`; nothing is written unless every row is valid."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from hub.api.core.context import Info
from hub.api.core.permissions import AdminOrPartner
from hub.api.core.profiles import patch_field
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
    id: strawberry.ID | None = patch_field(
        "The startup's id: an existing one is updated; left out, a new startup is created "
        "(or matched by name within the import's host)."
    )
    name: str | None = patch_field("The startup's name (required for a new startup).")
    stage: str | None = patch_field("idea, creation, development or acceleration.")
    founded_year: int | None = patch_field("The year it was founded (not in the future).")
    description_fr: str | None = patch_field("What it does, in French.")
    description_en: str | None = patch_field("What it does, in English.")
    description_ar: str | None = patch_field("What it does, in Arabic.")
    website: str | None = patch_field("An http(s) URL.")
    email: str | None = patch_field(
        "A contact email (shown only as its contact visibility allows)."
    )
    phone: str | None = patch_field(
        "A contact phone (shown only as its contact visibility allows)."
    )
    languages: list[str] | None = patch_field("Languages it works in: fr, en, ar.")
    seeks: list[str] | None = patch_field("What it seeks: purposes such as market_access, funding.")
    offers: list[str] | None = patch_field("What it offers: purposes such as partnership, talent.")
    demo: bool | None = patch_field("Whether this is fictional demo data.")
    city: strawberry.ID | None = patch_field("The id of the city it is based in.")
    hosts: list[strawberry.ID] | None = patch_field(
        "Ids of organisations offered to host it (each must accept; a partner's own "
        "organisation hosts what it imports)."
    )
    sectors: list[strawberry.ID] | None = patch_field("Ids of its sectors.")
    targets: list[strawberry.ID] | None = patch_field("Ids of the cities or countries it targets.")
    diaspora_origin: strawberry.ID | None = patch_field(
        "For a diaspora startup: the id of its founders' country of origin."
    )


@strawberry.type(description="Why one row of an import was rejected.")
class ImportProblem:
    row: int = strawberry.field(description="The row's position in `rows`, from 1.")
    column: str | None = strawberry.field(
        description="The column at fault; null for the row as a whole."
    )
    message: str = strawberry.field(description="What is wrong, in the caller's language.")


@strawberry.type(
    description="What an import did, or would do on a dry run: nothing is written unless "
    "every row is valid."
)
class ImportReport:
    dry_run: bool = strawberry.field(description="True: checked only, nothing written.")
    rows: int = strawberry.field(description="Rows received.")
    created: int = strawberry.field(description="New startups (or that would be).")
    updated: int = strawberry.field(description="Startups changed (or that would be).")
    unchanged: int = strawberry.field(description="Rows equal to what is stored.")
    rejected: int = strawberry.field(description="Rows with a problem: then nothing is written.")
    problems: list[ImportProblem] = strawberry.field(description="Each rejected row's problems.")


def _cells(row: StartupImportRow) -> dict[str, Any]:
    return {k: v for k, v in vars(row).items() if v is not strawberry.UNSET}


@strawberry.type
class ImportMutation:
    @strawberry.mutation(
        permission_classes=[AdminOrPartner],
        description="Import up to 500 startups; a partner's become hosted by its organisation.",
    )
    async def import_startups(
        self,
        info: Info,
        rows: Annotated[
            list[StartupImportRow],
            strawberry.argument(description="At most 500 rows; larger files: `hub import`."),
        ],
        dry_run: Annotated[
            bool | None,
            strawberry.argument(description="Check every row and report, writing nothing."),
        ] = False,
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
