"""Arguments that name one profile or record, described once for every field that takes them."""

from __future__ import annotations

from typing import Annotated

import strawberry

StartupId = Annotated[strawberry.ID, strawberry.argument(description="The startup's id.")]
MentorId = Annotated[strawberry.ID, strawberry.argument(description="The mentor's id.")]
OrganisationId = Annotated[strawberry.ID, strawberry.argument(description="The organisation's id.")]
PartnerId = Annotated[
    strawberry.ID, strawberry.argument(description="The other organisation's id.")
]
ProgrammeId = Annotated[
    strawberry.ID, strawberry.argument(description="The programme's (or event's) id.")
]
SectorId = Annotated[strawberry.ID, strawberry.argument(description="The sector's id.")]
Since = Annotated[int | None, strawberry.argument(description="The year the relationship started.")]
