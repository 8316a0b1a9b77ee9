"""The translation work list: which texts of the graph lack a translation, per language."""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Language, register
from hub.api.core.localized import LocaleArg, LocalizedText, name_of, requested, text_in
from hub.api.core.permissions import AdminOrPartner
from hub.domain.vocabulary import LANGUAGES
from hub.graph.queries import translations as queries
from hub.i18n import ngettext
from hub.i18n.translatable import FIELDS, Missing, missing


class TranslatableKind(Enum):
    COUNTRY = "Country"
    CITY = "City"
    SECTOR = "Sector"
    PROGRAMME = "Programme"
    ORGANISATION = "Organisation"
    STARTUP = "Startup"
    MENTOR = "Mentor"
    SETTLEMENT_STEP = "TemplateStep"


register(
    TranslatableKind,
    "TranslatableKind",
    "A kind of node with translatable texts.",
    {
        TranslatableKind.COUNTRY: "Countries' names.",
        TranslatableKind.CITY: "Cities' names.",
        TranslatableKind.SECTOR: "Sectors' names.",
        TranslatableKind.PROGRAMME: "Programmes' names and descriptions.",
        TranslatableKind.ORGANISATION: "Organisations' names and descriptions.",
        TranslatableKind.STARTUP: "Startups' descriptions.",
        TranslatableKind.MENTOR: "Mentors' bios.",
        TranslatableKind.SETTLEMENT_STEP: "Settlement template steps' titles and descriptions.",
    },
)


@strawberry.type(description="A text written in some languages and not yet in another.")
class MissingTranslation:
    kind: TranslatableKind = strawberry.field(description="What kind of node holds the text.")
    id: strawberry.ID = strawberry.field(description="The id of the node holding the text.")
    field: str = strawberry.field(description="Which text: name, description, bio…")
    name: str = strawberry.field(description="The node's name, for showing the list.")
    available: list[Language] = strawberry.field(
        description="The languages the text exists in (to translate from)."
    )


@strawberry.type(description="What is missing in one language.")
class MissingTranslations:
    language: Language = strawberry.field(description="The language the texts lack.")
    count: int = strawberry.field(description="How many texts lack it.")
    summary: LocalizedText = strawberry.field(
        description="The count in words, in the locale asked (plural forms of each language)."
    )
    items: list[MissingTranslation] = strawberry.field(description="The texts.")


def _item(found: Missing, info: Info) -> MissingTranslation:
    row = found.row
    name = row["name"] if row.get("name") else name_of(row, info).text
    return MissingTranslation(
        kind=TranslatableKind(found.label),
        id=strawberry.ID(found.id),
        field=found.field,
        name=name,
        available=list(found.available),
    )


@strawberry.type
class TranslationQuery:
    @strawberry.field(
        description="Texts lacking a translation, per language (admin and partner keys).",
        permission_classes=[AdminOrPartner],
    )
    async def missing_translations(
        self,
        info: Info,
        kind: Annotated[
            TranslatableKind | None, strawberry.argument(description="Only this kind's texts.")
        ] = None,
        language: Annotated[
            Language | None, strawberry.argument(description="Only this language (all: null).")
        ] = None,
        locale: LocaleArg = None,
    ) -> list[MissingTranslations]:
        fields = FIELDS if kind is None else {kind.value: FIELDS[kind.value]}
        rows = await queries.texts(info.context.store, fields, info.context.caller)
        shown = requested(info, locale).language
        reports = []
        for lang in [language] if language else LANGUAGES:
            items = [_item(m, info) for m in missing(rows, lang)]
            summary = ngettext(
                "{n} text to translate into {language}",
                "{n} texts to translate into {language}",
                len(items),
                shown,
                language=Language(lang),
            )
            reports.append(
                MissingTranslations(
                    language=lang, count=len(items), summary=text_in(summary, shown), items=items
                )
            )
        return reports
