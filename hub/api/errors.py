"""Turns exceptions into GraphQL errors with a localized message and `extensions.code`.

Unexpected exceptions are logged and masked: no stack trace or Cypher ever reaches a client.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from hub.domain.errors import DomainError, ErrorCode
from hub.graph.store import StoreUnavailable
from hub.i18n import translate

log = logging.getLogger("hub.api")


class ErrorCodes(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        context = self.execution_context.context
        result.errors = [self._convert(e, context.language) for e in result.errors]

    @staticmethod
    def _convert(error: GraphQLError, language: object) -> GraphQLError:
        original = error.original_error
        while isinstance(original, GraphQLError) and original.original_error is not None:
            original = original.original_error  # a variable's coercion error, wrapped
        extensions: dict[str, object]
        if original is None or (
            isinstance(error.original_error, GraphQLError) and not isinstance(original, DomainError)
        ):
            # Validation, or variables that do not fit their types: the client's mistake, in
            # graphql-core's words (which name the variable and the type, never the server).
            code = "GRAPHQL_VALIDATION_FAILED" if original is None else "BAD_USER_INPUT"
            extensions = {"code": code, **(error.extensions or {})}
            return GraphQLError(error.message, error.nodes, error.source, error.positions,
                                error.path, None, extensions)  # fmt: skip
        if isinstance(original, DomainError):
            message = translate(original.message, language, original.params)  # type: ignore[arg-type]
            extensions = {"code": original.code.value}
            if original.field:
                extensions["field"] = original.field
        elif isinstance(original, StoreUnavailable):
            log.warning("graph database unavailable: %s", original)
            message = translate("the graph database is unavailable; try again shortly", language)  # type: ignore[arg-type]
            extensions = {"code": ErrorCode.SERVICE_UNAVAILABLE.value}
        else:
            log.error("unexpected error", exc_info=original)
            message = translate("internal error", language)  # type: ignore[arg-type]
            extensions = {"code": "INTERNAL_SERVER_ERROR"}
        return GraphQLError(message, error.nodes, error.source, error.positions, error.path,
                            None, extensions)  # fmt: skip
