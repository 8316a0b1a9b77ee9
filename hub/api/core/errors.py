"""Turns exceptions into GraphQL errors with a localized message and `extensions.code`, and logs
each one once: a refusal that is the caller's doing as one line (operation, code, the message
filled in, the key id), an unexpected error with its traceback and the request id that the
client receives in `extensions.requestId`. No stack trace or Cypher ever reaches a client."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import strawberry
from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from hub.api.core.context import Context
from hub.api.core.document_errors import in_language
from hub.domain.errors import DomainError, ErrorCode
from hub.domain.vocabulary import Language
from hub.graph.store import StoreUnavailable
from hub.i18n import translate
from hub.i18n.labels import N_

log = logging.getLogger("hub.api")
UNAVAILABLE = N_("the graph database is unavailable; try again shortly")
INTERNAL = N_("internal error")
UNAVAILABLE_CODE = ErrorCode.SERVICE_UNAVAILABLE.value
INTERNAL_CODE = "INTERNAL_SERVER_ERROR"


@dataclass(frozen=True)
class Kind:
    """What an error is: its code, and the exception behind it (None for the document's own
    mistakes: syntax, validation, variables that do not fit their types)."""

    code: str
    cause: BaseException | None

    @property
    def unexpected(self) -> bool:
        return self.code == INTERNAL_CODE


def kind_of(error: GraphQLError) -> Kind:
    if isinstance(error, GraphQLSyntaxError):
        return Kind("GRAPHQL_PARSE_FAILED", None)
    original = error.original_error
    while isinstance(original, GraphQLError) and original.original_error is not None:
        original = original.original_error  # a variable's coercion error, wrapped
    if original is None:
        return Kind("GRAPHQL_VALIDATION_FAILED", None)
    if isinstance(original, DomainError):
        return Kind(original.code.value, original)
    if isinstance(error.original_error, GraphQLError):
        return Kind("BAD_USER_INPUT", None)  # in graphql-core's words: names the variable
    return kind_of_failure(original)


def kind_of_failure(cause: BaseException) -> Kind:
    """What the server failed at, in a resolver or outside one (the key check): the database
    is down, or something unexpected happened."""
    if isinstance(cause, StoreUnavailable):
        return Kind(UNAVAILABLE_CODE, cause)
    return Kind(INTERNAL_CODE, cause)


def message_of(kind: Kind, language: Language, document_message: str = "") -> str:
    """What the client reads: the refusal in its language, graphql-core's words for the
    document's own mistakes, a generic sentence for the server's troubles."""
    if isinstance(kind.cause, DomainError):
        return translate(kind.cause.message, language, kind.cause.params)
    if kind.cause is None:
        return document_message
    sentence = INTERNAL if kind.unexpected else UNAVAILABLE
    return translate(sentence, language)


class ErrorCodes(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        context = self.execution_context.context
        # With introspection off, an error must not name what the schema holds either.
        hints = context.settings.introspection
        result.errors = [
            _convert(e, context.language, context.request_id, hints=hints) for e in result.errors
        ]


def _convert(
    error: GraphQLError, language: Language, request_id: str, *, hints: bool
) -> GraphQLError:
    kind = kind_of(error)
    extensions: dict[str, Any] = {"code": kind.code}
    if kind.cause is None:
        extensions.update(error.extensions or {})
    if isinstance(kind.cause, DomainError) and kind.cause.field:
        extensions["field"] = kind.cause.field
    if kind.unexpected:
        extensions["requestId"] = request_id
    message = message_of(kind, language, error.message)
    if kind.cause is None:  # the document's own mistake, in graphql-core's words
        message = in_language(message, language, hints=hints)
    return GraphQLError(
        message,
        error.nodes,
        error.source,
        error.positions,
        error.path,
        None,
        extensions,
    )


class LoggedSchema(strawberry.Schema):
    """strawberry logs every error with a traceback, refusals included; this logs each once."""

    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        context = execution_context.context if execution_context else None
        operation = (execution_context.operation_name if execution_context else None) or "-"
        for error in errors:
            log_error(error, operation, context)


def log_error(error: GraphQLError, operation: str, context: Context | None) -> None:
    kind = kind_of(error)
    key_id = context.caller.key_id if context else None
    record(
        kind,
        operation,
        key_id,
        context.request_id if context else "-",
        message_of(kind, Language.EN, error.message),
    )


def record(
    kind: Kind, operation: str, key_id: str | None, request_id: str, message: str = ""
) -> None:
    """One log entry per error: a line for a refusal, a traceback for the unexpected."""
    fields = {
        "code": kind.code,
        "operation": operation,
        "key_id": key_id or "-",
        "request_id": request_id,
    }
    where = "{operation} (key {key_id}, request {request_id})".format(**fields)
    if kind.unexpected:
        log.error(
            "unexpected error in %s", where, exc_info=kind.cause, extra={"event": "error", **fields}
        )
    elif kind.code == UNAVAILABLE_CODE:
        log.warning(
            "graph database unavailable in %s: %s",
            where,
            kind.cause,
            extra={"event": "unavailable", **fields},
        )
    else:
        log.info(
            "refused %s in %s: %s", kind.code, where, message, extra={"event": "refused", **fields}
        )
