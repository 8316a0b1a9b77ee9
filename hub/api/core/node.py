"""The `Node` interface every graph entity implements, and helpers to resolve related nodes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Annotated, Any, ClassVar, Protocol, Self, TypeVar

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.types.nodes import SelectedField, Selection

from hub.api.core.context import Info
from hub.api.core.formatted import formatted_date
from hub.api.core.localized import LocaleArg, LocalizedText
from hub.api.core.seen import seen
from hub.domain.vocabulary import Kind
from hub.graph.queries import relations
from hub.graph.queries.relations import Traversal
from hub.graph.store import Row

#: The argument of every root field that finds one thing by its id.
LookupId = Annotated[strawberry.ID, strawberry.argument(description="The id to find.")]


@strawberry.interface(
    description="Anything with its own global id (Relay's Node): refetch it with `node(id)`."
)
class Node:
    id: strawberry.ID = strawberry.field(
        description="Stable and unique across the whole graph: never reused, never changed."
    )
    created_at: datetime | None = strawberry.field(
        description="When the hub recorded it (UTC); null for reference data loaded before "
        "the hub kept this."
    )
    updated_at: datetime | None = strawberry.field(
        description="When it last changed (UTC); an update that changes nothing keeps it."
    )
    row: strawberry.Private[Row]
    # Related nodes fetched ahead by `prefetch`, by field name (see `neighbours`).
    loaded: strawberry.Private[dict[str, Any]] = dataclasses.field(default_factory=dict)
    #: Each type's relation fields, by GraphQL name: what `prefetch` may fetch ahead.
    relations: ClassVar[Mapping[str, Relation]] = {}
    #: Each type's fields served by a dataloader that `prefetch` fills (see `Primed`).
    primed: ClassVar[Mapping[str, Primed]] = {}

    @strawberry.field(description="The creation date for display, in the locale asked.")
    def formatted_created_at(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return formatted_date(self.created_at, info, locale)

    @strawberry.field(description="The last change's date for display, in the locale asked.")
    def formatted_updated_at(self, info: Info, locale: LocaleArg = None) -> LocalizedText | None:
        return formatted_date(self.updated_at, info, locale)

    @classmethod
    def from_row(cls, row: Row) -> Self:
        row = seen(row)
        return cls(
            id=strawberry.ID(row["id"]),
            created_at=_when(row.get("created_at")),
            updated_at=_when(row.get("updated_at")),
            row=row,
        )


def unchanging(row: Row, at: datetime) -> dict[str, Any]:
    """The `Node` fields of a record that never changes once made at `at` (an event)."""
    return {"id": strawberry.ID(row["id"]), "created_at": at, "updated_at": at, "row": row}


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else None


class FromRow(Protocol):
    @classmethod
    def from_row(cls, row: Row) -> Any: ...


N = TypeVar("N", bound=FromRow)


async def related(info: Info, traversal: Traversal, source_id: str, cls: type[N]) -> list[N]:
    rows = await info.context.loaders.neighbours(traversal).load(source_id)
    return [cls.from_row(row) for row in rows]


async def related_one(info: Info, traversal: Traversal, source_id: str, cls: type[N]) -> N | None:
    found = await related(info, traversal, source_id, cls)
    return found[0] if found else None


async def loaded(info: Info, kind: Kind, node_id: str, cls: type[N]) -> N | None:
    """A node by id through the request's dataloader: the items of a list load in one batch,
    and their relation fields through theirs (a field under a list of references)."""
    row = await info.context.loaders.node(kind).load(node_id)
    return None if row is None else cls.from_row(row)


async def by_id(info: Info, kind: Kind, node_id: str, cls: type[N]) -> N | None:
    """A root field's node: loaded, then what the request selects under it fetched ahead."""
    found = await loaded(info, kind, node_id, cls)
    if isinstance(found, Node):
        await prefetch(info, [found], selected(info))
    return found


@dataclasses.dataclass(frozen=True)
class Relation:
    """A field giving a node's neighbours along a named traversal (the first one if `one`)."""

    traversal: Traversal
    target: str  # the type's name: the types refer to each other
    one: bool = False

    @property
    def cls(self) -> type[Node]:
        return node_type(self.target)


def node_type(name: str) -> type[Node]:
    """The Node type of this GraphQL name (types refer to each other by name, as with
    `strawberry.lazy`)."""
    return next(c for c in Node.__subclasses__() if c.__name__ == name)


def neighbours(node: Node, info: Info, field: str) -> Any:
    """A relation field's value: the nodes fetched ahead if they were (a plain value, resolved
    without a coroutine or a task per item), else an awaitable of them through the request's
    dataloader, which graphql-core awaits. So the resolvers are sync functions."""
    if field in node.loaded:
        return node.loaded[field]
    relation = node.relations[field]
    if relation.one:
        return related_one(info, relation.traversal, node.id, relation.cls)
    return related(info, relation.traversal, node.id, relation.cls)


def relation_field(graphql_type: object, description: str | None = None) -> Any:
    """A relation field of a node type: `neighbours` under the field's GraphQL name, which is
    its key in the type's `relations`."""

    def resolve(self: Node, info: Info) -> Any:
        return neighbours(self, info, info.field_name)

    return strawberry.field(resolver=resolve, graphql_type=graphql_type, description=description)


def fields(
    selections: Iterable[Selection], type_name: str | None = None
) -> Iterator[SelectedField]:
    """The fields selected on an object of `type_name` (any type if None), through fragments,
    as @skip and @include leave them."""
    for selection in selections:
        skip, include = selection.directives.get("skip"), selection.directives.get("include")
        if (skip and skip.get("if")) or (include is not None and not include.get("if")):
            continue
        if isinstance(selection, SelectedField):
            yield selection
        elif type_name is None or selection.type_condition in (None, type_name, "Node"):
            yield from fields(selection.selections, type_name)


def selected(info: Info, *path: str) -> list[Selection]:
    """What the query selects on the current field's value, or on the objects at `path` below
    it (`"edges", "node"` for a connection's nodes)."""
    found: list[Selection] = [s for f in info.selected_fields for s in f.selections]
    for name in path:
        found = [s for f in fields(found) if f.name == name for s in f.selections]
    return found


@dataclasses.dataclass(frozen=True)
class Primed:
    """A field served by a dataloader of rows per id, which `prefetch` fills from the level's
    statement along `traversal` (relations.COLLECTIONS): its resolver then finds them loaded.
    `target` is the rows' type, whose own primed fields the next level fetches."""

    traversal: Traversal
    loader: Callable[[Info], DataLoader[str, list[Row]]]
    target: str | None = None


@dataclasses.dataclass
class _Group:
    """Objects of one type on one level: the nodes the resolvers will use (absent for rows
    a dataloader serves, which only have primed fields fetched ahead), their ids, what is
    selected on them."""

    cls: type[Node]
    nodes: Sequence[Node]
    ids: list[str]
    selections: list[Selection]


def _plans(group: _Group) -> Iterator[tuple[str, Relation | Primed, list[Selection]]]:
    relations_here = group.cls.relations if group.nodes else {}
    primed_here = group.cls.primed
    wanted: dict[str, tuple[Relation | Primed, list[Selection]]] = {}
    for field in fields(group.selections, group.cls.__name__):
        how = relations_here.get(field.name) or primed_here.get(field.name)
        if how is not None:
            # Two fields served by one dataloader (steps, progress) are fetched once.
            key = how.traversal if isinstance(how, Primed) else field.name
            wanted.setdefault(key, (how, []))[1].extend(field.selections)
    for key, (how, below) in wanted.items():
        yield key, how, below


async def prefetch(info: Info, nodes: Sequence[Node], selections: list[Selection]) -> None:
    """Fetch ahead the relation fields (`relations`) and primed fields (`primed`) the query
    selects on `nodes`, and theirs, level by level: one statement per request level, whatever
    the number of nodes and fields (each field of a level would otherwise cost its own round
    trip). Fields it does not fetch go through the dataloaders as before."""
    level = [_Group(type(nodes[0]), nodes, [n.id for n in nodes], selections)] if nodes else []
    while level:
        plans = [(group, *plan) for group in level for plan in _plans(group)]
        if not plans:
            return
        found = await relations.neighbours_of_many(
            info.context.store,
            [(how.traversal, group.ids) for group, _, how, _ in plans],
            info.context.caller,
        )
        level = []
        for (group, name, how, below), by_source in zip(plans, found, strict=True):
            if isinstance(how, Primed):
                how.loader(info).prime_many(by_source)
                rows = [row for i in group.ids for row in by_source[i]]
                if how.target and rows and below:
                    level.append(
                        _Group(node_type(how.target), [], [row["id"] for row in rows], below)
                    )
                continue
            cls, targets = how.cls, list[Node]()
            for node in group.nodes:
                objects = [cls.from_row(row) for row in by_source[node.id]]
                node.loaded[name] = (objects[0] if objects else None) if how.one else objects
                targets += objects
            if targets:
                level.append(_Group(cls, targets, [n.id for n in targets], below))
