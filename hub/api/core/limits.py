"""What is refused before a document is validated.

- Text the database cannot hold as a parameter (NUL characters, lone surrogates): FalkorDB's
  client writes parameters into the query text it sends, which a NUL ends and which a lone
  surrogate cannot be encoded in, so such a string would become a database error (a 500).
- The same field selected over and over in one selection: graphql-core checks that every two
  selections of one name can be merged, which takes time quadratic in their number (600
  repeats took 0.7 s to validate), so a few kilobytes could keep a worker busy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from graphql import FieldNode, GraphQLError, SelectionSetNode, StringValueNode, Visitor, visit
from strawberry.extensions import SchemaExtension

from hub.domain.errors import InvalidInput
from hub.domain.text import storable, unstorable
from hub.i18n.labels import N_

REPEATED = N_("a field may be selected at most {count} times in one selection")
#: Selections of one response name in one selection set (aliases give distinct names).
MAX_REPEATS = 10
#: A document shorter than this cannot repeat a field often enough to matter: not walked.
WALK_FROM = 1_000


def _any_unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return not storable(value)
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
        self.found = self.found or not storable(node.value)


class StorableText(SchemaExtension):
    def on_validate(self) -> Iterator[None]:
        """Before validation: errors set here are the response (validation is then skipped)."""
        context, text = self.execution_context, self.execution_context.query or ""
        if context.graphql_document is not None:
            literals = _Literals()
            # A literal's value is its text but for escapes, and only `\u` escapes can make a NUL
            # or a surrogate: without them a storable text has storable literals (no tree walk,
            # which was a fifth of a small request's time).
            if "\\u" in text or not storable(text):
                visit(context.graphql_document, literals)
            if literals.found or _any_unstorable(context.variables):
                refused = unstorable()
                context.pre_execution_errors = [GraphQLError(str(refused), original_error=refused)]
        yield


class _Repeats(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.most = 0

    def enter_selection_set(self, node: SelectionSetNode, *_: Any) -> None:
        names = Counter(
            (s.alias or s.name).value for s in node.selections if isinstance(s, FieldNode)
        )
        self.most = max(self.most, *names.values(), 0)


class RepeatedFields(SchemaExtension):
    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None and len(context.query or "") >= WALK_FROM:
            repeats = _Repeats()
            visit(context.graphql_document, repeats)
            if repeats.most > MAX_REPEATS:
                refused = InvalidInput(REPEATED, count=MAX_REPEATS)
                context.pre_execution_errors = [GraphQLError(str(refused), original_error=refused)]
        yield
