"""Labels of the controlled vocabularies (stages, purposes, kinds…) in the caller's language.

The API serves vocabulary values as enum codes (`MARKET_ACCESS`); clients show `label`.
"""

from __future__ import annotations

from enum import Enum

import strawberry

from hub.api.core.context import Info
from hub.api.core.localized import Locale, LocalizedText, requested, text_in
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
    STAGE = "stage"
    PURPOSE = "purpose"
    ORGANISATION_KIND = "organisation_kind"
    TECHNOPARK_STATUS = "technopark_status"
    REGION = "region"
    ROLE = "role"
    LANGUAGE = "language"
    INTRODUCTION_STATE = "introduction_state"
    INTRODUCTION_OUTCOME = "introduction_outcome"
    INTRODUCTION_DIRECTION = "introduction_direction"
    SETTLEMENT_STEP_STATUS = "settlement_step_status"
    SETTLEMENT_RESPONSIBLE = "settlement_responsible"
    SETTLEMENT_JOURNEY_STATUS = "settlement_journey_status"
    SUGGESTION_REASON = "suggestion_reason"
    VISIBILITY = "visibility"


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
    code: str
    label: LocalizedText


@strawberry.type
class VocabularyQuery:
    @strawberry.field(description="The values of a vocabulary with their labels, in order.")
    def vocabulary(
        self, info: Info, kind: VocabularyKind, locale: Locale | None = None
    ) -> list[VocabularyEntry]:
        language = requested(info, locale).language
        return [
            VocabularyEntry(
                code=value.name, label=text_in(label(value, language) or value.name, language)
            )
            for value in VOCABULARIES[kind]
        ]
