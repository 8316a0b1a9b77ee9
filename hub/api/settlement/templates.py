"""GraphQL types of settlement templates (versioned, readable by anyone)."""

from __future__ import annotations

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Responsible
from hub.api.core.localized import LocaleArg, LocalizedText, localized
from hub.api.core.node import Node
from hub.domain.templates import DISCLAIMER
from hub.graph.store import Row


@strawberry.type(description="A step of a settlement template.")
class TemplateStep:
    row: strawberry.Private[Row]

    @strawberry.field(description="The step's slug, unique in its template (`statutes`).")
    def key(self) -> str:
        return str(self.row["key"])

    @strawberry.field(description="Its title, in the language asked or the nearest one.")
    def title(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return localized(self.row, "title", info, locale)

    @strawberry.field(description="What to do, in the language asked or the nearest one.")
    def description(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return localized(self.row, "description", info, locale)

    @strawberry.field(description="The kind of party that carries the step out.")
    def responsible(self) -> Responsible:
        return Responsible(self.row["responsible"])

    @strawberry.field(description="Typical duration in calendar days, not a legal guarantee.")
    def typical_days(self) -> int:
        return int(self.row.get("typical_days") or 0)

    @strawberry.field(description="Documents usually asked for.")
    def documents(self) -> list[str]:
        return list(self.row.get("documents") or [])

    @strawberry.field(description="Days the step's result stays valid once done, if it expires.")
    def validity_days(self) -> int | None:
        return self.row.get("validity_days")

    @strawberry.field(description="Keys of the steps that must be done or skipped first.")
    def requires(self) -> list[str]:
        return list(self.row.get("requires") or [])


@strawberry.type(description="Soft-landing steps for a destination; each revision is a version.")
class SettlementTemplate(Node):
    @strawberry.field(description="The template's slug, the same for all its versions.")
    def key(self) -> str:
        return str(self.row["key"])

    @strawberry.field(description="Its version, from 1; each save of the key adds one.")
    def version(self) -> int:
        return int(self.row["version"])

    @strawberry.field(description="Country id; a city id too when the template is city-specific.")
    def country_id(self) -> strawberry.ID:
        return strawberry.ID(self.row["country"])

    @strawberry.field(description="The city it is specific to; null for a whole country.")
    def city_id(self) -> strawberry.ID | None:
        city = self.row.get("city")
        return strawberry.ID(city) if city else None

    @strawberry.field(description="Official sources the steps were written from.")
    def sources(self) -> list[str]:
        return list(self.row.get("sources") or [])

    @strawberry.field(
        description="What the steps are and are not (guidance, not legal advice), in the "
        "request's language."
    )
    def disclaimer(self, info: Info) -> str:
        return DISCLAIMER[info.context.language.value]

    @strawberry.field(description="Its steps, in order.")
    async def steps(self, info: Info) -> list[TemplateStep]:
        rows = await info.context.loaders.settlement.template_steps.load(self.id)
        return [TemplateStep(row=r) for r in rows]
