"""The GraphQL schema: the root types compose each aggregate's queries and mutations."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.validation import ASTValidationRule, NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig

from hub.api.core.cost import Pricing, cost_rule
from hub.api.core.errors import ErrorCodes, LoggedSchema
from hub.api.core.formatted import DECIMAL
from hub.api.core.limits import RepeatedFields, StorableText
from hub.api.core.permissions import describe_access
from hub.api.event_log.schema import EventLogQuery
from hub.api.gdpr.mutations import GdprMutation
from hub.api.gdpr.schema import GdprQuery
from hub.api.imports.mutations import ImportMutation
from hub.api.introductions.mutations import IntroductionMutation
from hub.api.introductions.schema import IntroductionQuery
from hub.api.introductions.stats import IntroductionStatsQuery
from hub.api.introductions.suggestions import IntroductionSuggestionQuery
from hub.api.links.mutations import LinkMutation
from hub.api.links.schema import LinkQuery
from hub.api.mentors.mutations import MentorMutation
from hub.api.mentors.schema import MentorQuery
from hub.api.node_query import NODE_TYPES, NodeQuery
from hub.api.organisations.mutations import OrganisationMutation
from hub.api.organisations.schema import OrganisationQuery
from hub.api.reference.schema import ReferenceQuery
from hub.api.reference.vocabulary import VocabularyQuery
from hub.api.settlement.mutations import SettlementMutation
from hub.api.settlement.schema import SettlementQuery
from hub.api.settlement.stats import SettlementStatsQuery
from hub.api.startups.mutations import StartupMutation
from hub.api.startups.schema import StartupQuery
from hub.api.translations.schema import TranslationQuery
from hub.config import Settings


@strawberry.type(
    description="What the hub answers: public reference data and profiles without a key; "
    "the rest as each field's access rule and each profile's visibility allow."
)
class Query(
    NodeQuery,
    ReferenceQuery,
    OrganisationQuery,
    StartupQuery,
    MentorQuery,
    VocabularyQuery,
    TranslationQuery,
    IntroductionSuggestionQuery,
    IntroductionStatsQuery,
    IntroductionQuery,
    SettlementQuery,
    SettlementStatsQuery,
    GdprQuery,
    LinkQuery,
    EventLogQuery,
):
    pass


@strawberry.type(
    description="What the hub changes: every change needs a key, and the rule of each field "
    "says which; bad input is refused with a localized error and changes nothing."
)
class Mutation(
    StartupMutation,
    MentorMutation,
    OrganisationMutation,
    LinkMutation,
    IntroductionMutation,
    SettlementMutation,
    GdprMutation,
    ImportMutation,
):
    pass


class ResponseFacts(SchemaExtension):
    """Puts the language served (and, when configured, the round trips) in `extensions`."""

    def on_operation(self) -> Iterator[None]:
        yield

    def get_results(self) -> dict[str, Any]:
        context = self.execution_context.context
        facts: dict[str, Any] = {"language": context.language.value, "locale": context.locale.value}
        if context.settings.report_round_trips:
            facts["dbRoundTrips"] = context.round_trips.count
        return facts


#: Distinct query texts whose parsed and validated forms are kept (least recently used go).
DOCUMENT_CACHE = 256


class CachedParse(ParserCache):
    """strawberry's parser cache, except that a text it cannot parse (a syntax error, too many
    tokens) is left to strawberry's own parse, which reports the error as usual."""

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        with contextlib.suppress(GraphQLError):
            context.graphql_document = self.cached_parse_document(
                context.query, **context.parse_options
            )
        yield


class GuardedValidation(ValidationCache):
    """strawberry's validation cache, except that a document a guard before it already refused
    (`RepeatedFields`) is not validated at all: validating it is the cost the guard avoids."""

    def on_validate(self) -> Iterator[None]:
        if self.execution_context.pre_execution_errors:
            yield
            return
        yield from super().on_validate()


def limit_rules(settings: Settings) -> list[type[ASTValidationRule]]:
    """The depth, alias and cost limits (and, if off, the introspection ban) as validation rules,
    built once per schema: strawberry's limiters build a new rule class per request, which
    makes every validation a cache miss."""
    rules: list[type[ASTValidationRule]] = [
        *QueryDepthLimiter(max_depth=settings.max_query_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.max_aliases).validation_rules,
        cost_rule(
            Pricing(settings.max_query_cost, settings.default_page_size, settings.max_page_size)
        ),
    ]
    if not settings.introspection:
        rules.append(NoSchemaIntrospectionCustomRule)
    return rules


def build_schema(settings: Settings | None = None) -> LoggedSchema:
    settings = settings or Settings()
    rules = limit_rules(settings)
    # The token limit applies as the text is parsed (a refused text is not cached); a text
    # parsed once is validated once against the same rules, then both are reused.
    extensions: list[Any] = [
        lambda: MaxTokensLimiter(max_token_count=settings.max_query_tokens),
        lambda: AddValidationRules(rules),
        lambda: CachedParse(maxsize=DOCUMENT_CACHE),
        RepeatedFields,
        lambda: GuardedValidation(maxsize=DOCUMENT_CACHE),
        StorableText,
        ErrorCodes,
        ResponseFacts,
    ]
    schema = LoggedSchema(
        query=Query,
        mutation=Mutation,
        types=list(NODE_TYPES.values()),
        extensions=extensions,
        # Amounts in plain notation, from a strict input (api/core/formatted.py).
        config=StrawberryConfig(scalar_map={Decimal: DECIMAL}),
    )
    describe_access(schema._schema)
    return schema
