"""Refuses text the database cannot hold as a parameter: NUL characters, lone surrogates.

FalkorDB's client writes parameters into the query text it sends, which a NUL ends and which a
lone surrogate cannot be encoded in: such a string would become a database error (a 500), so
it is refused as bad input before any resolver runs, in variables and in literals alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from graphql import GraphQLError, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension

from hub.domain.errors import InvalidInput
from hub.domain.text import storable
from hub.i18n.labels import N_

UNSTORABLE = N_("text may not contain NUL characters or invalid Unicode")


def unstorable(text: str) -> bool:
    return not storable(text)


def _any_unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return unstorable(value)
    if isinstance(value, dict):
        return any(_any_unstorable(k) or _any_unstorable(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_any_unstorable(v) for v in value)
    return False


class _Literals(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found = False

    def enter_string_value(self, node: StringValueNode, *_: Any) -> None:
        self.found = self.found or unstorable(node.value)


class StorableText(SchemaExtension):
    def on_validate(self) -> Iterator[None]:
        """Before validation: errors set here are the response (validation is then skipped)."""
        context, text = self.execution_context, self.execution_context.query or ""
        if context.graphql_document is not None:
            literals = _Literals()
            # A literal's value is its text but for escapes, and only `\u` escapes can make a NUL
            # or a surrogate: without them a storable text has storable literals (no tree walk,
            # which was a fifth of a small request's time).
            if "\\u" in text or unstorable(text):
                visit(context.graphql_document, literals)
            if literals.found or _any_unstorable(context.variables):
                refused = InvalidInput(UNSTORABLE)
                context.pre_execution_errors = [GraphQLError(str(refused), original_error=refused)]
        yield
