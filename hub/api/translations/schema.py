"""The translation work list: which texts of the graph lack a translation, per language."""

from __future__ import annotations

from enum import Enum

import strawberry

from hub.api.core.context import Info
from hub.api.core.enums import Language, Locale
from hub.api.core.localized import LocalizedText, name_of, requested, text_in
from hub.api.core.permissions import AdminOrPartner
from hub.domain.vocabulary import LANGUAGES
from hub.graph.queries import translations as queries
from hub.i18n import ngettext
from hub.i18n.translatable import FIELDS, Missing, missing


@strawberry.enum(description="A kind of node with translatable texts.")
class TranslatableKind(Enum):
    COUNTRY = "Country"
    CITY = "City"
    SECTOR = "Sector"
    PROGRAMME = "Programme"
    ORGANISATION = "Organisation"
    STARTUP = "Startup"
    MENTOR = "Mentor"
    SETTLEMENT_STEP = "TemplateStep"


@strawberry.type(description="A text written in some languages and not yet in another.")
class MissingTranslation:
    kind: TranslatableKind
    id: strawberry.ID
    field: str = strawberry.field(description="name, description, bio…")
    name: str = strawberry.field(description="The node's name, for showing the list.")
    available: list[Language] = strawberry.field(
        description="The languages the text exists in (to translate from)."
    )


@strawberry.type(description="What is missing in one language.")
class MissingTranslations:
    language: Language
    count: int
    summary: LocalizedText
    items: list[MissingTranslation]


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
        kind: TranslatableKind | None = None,
        language: Language | None = None,
        locale: Locale | None = None,
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
