"""What a request may cost, judged from its document before anything runs.

A document's cost is the number of objects it may ask for, each field counted once per parent
object that could hold it: a list multiplies what is selected under it by its size (a page's
`first`, else its default page size; an unpaged list by the size it is assumed to reach), and
some fields weigh more than one object because each call is a search of its own. Variables
count at their default, else at the largest value allowed. Too costly a document is refused
before it runs. The walk is linear in the document: a fragment's cost is computed once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    FieldNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    VariableNode,
    get_named_type,
    get_nullable_type,
    is_leaf_type,
    is_list_type,
)

from hub.domain.errors import InvalidInput
from hub.i18n.labels import N_

TOO_COSTLY = N_(
    "this request may cost {cost} (at most {limit}): ask for smaller pages or fewer nested lists"
)

#: The size an unpaged list is assumed to reach (a startup's sectors, hosts, mentors, a
#: journey's steps…): most are shorter, some longer; a chain of them multiplies quickly.
ASSUMED_LIST = 5
#: Unpaged lists known to be longer, by `Type.field`.
LIST_SIZES: Mapping[str, int] = {
    "Query.countries": 60,
    "Query.cities": 100,
    "Country.cities": 50,
    "Query.sectors": 40,
    "Query.programmes": 40,
    "Query.settlementTemplates": 20,
    "Query.missingTranslations": 100,
}
#: Fields that cost more than the objects they return: each call searches the graph.
WEIGHTS: Mapping[str, int] = {
    "Query.introductionSuggestions": 20,
    "Query.introductionPaths": 50,
    "Query.introductionStats": 50,
    "Query.settlementStats": 50,
    "Query.exportMyData": 100,
}
#: The argument that sizes a page or a list (its edges and nodes, for a connection).
SIZE_ARGUMENT = "first"


@dataclass(frozen=True)
class Pricing:
    limit: int
    default_page: int
    max_page: int


def cost_rule(pricing: Pricing) -> type[ValidationRule]:
    """The validation rule refusing documents over `pricing.limit` (one class per schema, so
    that validation stays cacheable)."""

    class QueryCost(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            root = self.context.schema.get_root_type(node.operation)
            if root is None:
                return
            walk = _Walk(self.context, pricing, _defaults(node))
            cost = walk.selections(node.selection_set, root, None)
            if cost > pricing.limit:
                refused = InvalidInput(TOO_COSTLY, cost=cost, limit=pricing.limit)
                self.report_error(GraphQLError(str(refused), node, original_error=refused))

    return QueryCost


def _defaults(node: OperationDefinitionNode) -> dict[str, int]:
    return {
        d.variable.name.value: int(d.default_value.value)
        for d in node.variable_definitions or ()
        if isinstance(d.default_value, IntValueNode)
    }


Parent = GraphQLObjectType | GraphQLInterfaceType


class _Walk:
    def __init__(self, context: ValidationContext, pricing: Pricing, defaults: dict[str, int]):
        self.context, self.pricing, self.defaults = context, pricing, defaults
        self.fragments: dict[tuple[str, int | None], int] = {}
        self.open: set[str] = set()  # fragments being walked (a cycle is validation's to refuse)

    def selections(self, node: SelectionSetNode, parent: Any, page: int | None) -> int:
        """The cost of one parent object's selections; `page`: the size of the page this
        selection set belongs to, which its list (edges, nodes) takes."""
        total = 0
        for selection in node.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, page)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                inner = self.context.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, inner, page)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, page)
        return total

    def fragment(self, name: str, page: int | None) -> int:
        key = (name, page)
        if key not in self.fragments:
            fragment = self.context.get_fragment(name)
            if fragment is None or name in self.open:
                return 0
            self.open.add(name)
            parent = self.context.schema.get_type(fragment.type_condition.name.value)
            self.fragments[key] = self.selections(fragment.selection_set, parent, page)
            self.open.discard(name)
        return self.fragments[key]

    def field(self, node: FieldNode, parent: Any, page: int | None) -> int:
        if not isinstance(parent, Parent):
            return 0  # a union's own fields: __typename only
        definition = parent.fields.get(node.name.value)
        if definition is None:
            return 0  # not in the schema: validation says so
        name = f"{parent.name}.{node.name.value}"
        size = self.size(node, definition)
        kind = get_nullable_type(definition.type)
        count = 1
        if is_list_type(kind):
            count = size if size is not None else page or LIST_SIZES.get(name, ASSUMED_LIST)
        inner = get_named_type(definition.type)
        own = WEIGHTS.get(name, 0 if is_leaf_type(inner) else 1)
        below = 0
        if node.selection_set is not None:
            below = self.selections(node.selection_set, inner, None if is_list_type(kind) else size)
        return count * (own + below)

    def size(self, node: FieldNode, definition: GraphQLField) -> int | None:
        if SIZE_ARGUMENT not in definition.args:
            return None
        given = next((a.value for a in node.arguments or () if a.name.value == SIZE_ARGUMENT), None)
        if isinstance(given, IntValueNode):
            return max(0, int(given.value))
        if isinstance(given, VariableNode):
            return self.defaults.get(given.name.value, self.pricing.max_page)
        default = definition.args[SIZE_ARGUMENT].default_value
        return default if isinstance(default, int) else self.pricing.default_page
