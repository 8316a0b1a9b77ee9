"""Labels of the controlled vocabularies (stages, purposes, kinds…) in the caller's language.

The API serves vocabulary values as enum codes (`MARKET_ACCESS`); clients show `label`.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

import strawberry

from hub.api.core.context import Info
from hub.api.core.localized import LocaleArg, LocalizedText, requested, text_in
from hub.domain.consent import Visibility
from hub.domain.introductions import Direction, Outcome, State
from hub.domain.matching import ReasonCode
from hub.domain.settlement import JourneyStatus, Responsible, StepStatus
from hub.domain.vocabulary import (
    Language,
    OrganisationKind,
    Purpose,
    Region,
    Role,
    Stage,
    TechnoparkStatus,
)
from hub.i18n.labels import label


@strawberry.enum(description="A controlled vocabulary whose labels can be asked for.")
class VocabularyKind(Enum):
    STAGE = strawberry.enum_value("stage", description="The values of `Stage`.")
    PURPOSE = strawberry.enum_value("purpose", description="The values of `Purpose`.")
    ORGANISATION_KIND = strawberry.enum_value(
        "organisation_kind", description="The values of `OrganisationKind`."
    )
    TECHNOPARK_STATUS = strawberry.enum_value(
        "technopark_status", description="The values of `TechnoparkStatus`."
    )
    REGION = strawberry.enum_value("region", description="The values of `Region`.")
    ROLE = strawberry.enum_value(
        "role", description="The roles of API keys: admin, partner, mentor, startup."
    )
    LANGUAGE = strawberry.enum_value("language", description="The values of `LanguageCode`.")
    INTRODUCTION_STATE = strawberry.enum_value(
        "introduction_state", description="The values of `IntroductionState`."
    )
    INTRODUCTION_OUTCOME = strawberry.enum_value(
        "introduction_outcome", description="The values of `IntroductionOutcome`."
    )
    INTRODUCTION_DIRECTION = strawberry.enum_value(
        "introduction_direction", description="The values of `IntroductionDirection`."
    )
    SETTLEMENT_STEP_STATUS = strawberry.enum_value(
        "settlement_step_status", description="The values of `SettlementStepStatus`."
    )
    SETTLEMENT_RESPONSIBLE = strawberry.enum_value(
        "settlement_responsible", description="The values of `SettlementResponsible`."
    )
    SETTLEMENT_JOURNEY_STATUS = strawberry.enum_value(
        "settlement_journey_status", description="The values of `SettlementJourneyStatus`."
    )
    SUGGESTION_REASON = strawberry.enum_value(
        "suggestion_reason", description="The values of `SuggestionReasonCode`."
    )
    VISIBILITY = strawberry.enum_value("visibility", description="The values of `Visibility`.")


VOCABULARIES: dict[VocabularyKind, type[Enum]] = {
    VocabularyKind.STAGE: Stage,
    VocabularyKind.PURPOSE: Purpose,
    VocabularyKind.ORGANISATION_KIND: OrganisationKind,
    VocabularyKind.TECHNOPARK_STATUS: TechnoparkStatus,
    VocabularyKind.REGION: Region,
    VocabularyKind.ROLE: Role,
    VocabularyKind.LANGUAGE: Language,
    VocabularyKind.INTRODUCTION_STATE: State,
    VocabularyKind.INTRODUCTION_OUTCOME: Outcome,
    VocabularyKind.INTRODUCTION_DIRECTION: Direction,
    VocabularyKind.SETTLEMENT_STEP_STATUS: StepStatus,
    VocabularyKind.SETTLEMENT_RESPONSIBLE: Responsible,
    VocabularyKind.SETTLEMENT_JOURNEY_STATUS: JourneyStatus,
    VocabularyKind.SUGGESTION_REASON: ReasonCode,
    VocabularyKind.VISIBILITY: Visibility,
}


@strawberry.type(description="A vocabulary value: its code (as the enums spell it) and label.")
class VocabularyEntry:
    code: str = strawberry.field(description="The value as the enum spells it (`MARKET_ACCESS`).")
    label: LocalizedText = strawberry.field(description="What to show for it.")


@strawberry.type
class VocabularyQuery:
    @strawberry.field(description="The values of a vocabulary with their labels, in order.")
    def vocabulary(
        self,
        info: Info,
        kind: Annotated[VocabularyKind, strawberry.argument(description="Which vocabulary.")],
        locale: LocaleArg = None,
    ) -> list[VocabularyEntry]:
        language = requested(info, locale).language
        return [
            VocabularyEntry(
                code=value.name, label=text_in(label(value, language) or value.name, language)
            )
            for value in VOCABULARIES[kind]
        ]
