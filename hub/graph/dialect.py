"""The few statements that differ between FalkorDB and Neo4j: schema DDL, full-text search and
shortest paths. Everything else is written once, in the portable subset (portable-cypher.md).

Every statement a dialect can produce is linted by Neo4j's own linter in CI (docs/neo4j.md):
`Dialect.catalogue()` calls each statement method once with the sample arguments in `SAMPLES`
(a new method needs an entry there), and what only FalkorDB is sent is recorded in `FALKOR_ONLY`
so the gate leaves it out.
"""

from __future__ import annotations

import inspect
import re
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass

from hub.graph.model import INDEXES, UNIQUE, Index, Unique


@dataclass(frozen=True)
class Command:
    """A server command that is not Cypher (FalkorDB creates unique constraints this way)."""

    args: tuple[str, ...]


Step = str | Command

#: Every Cypher statement only FalkorDB is sent (its DDL and `db.idx.*`/`db.indexes()` calls),
#: recorded as the FalkorDB dialect produces them: the Neo4j lint gate leaves these out.
FALKOR_ONLY: set[str] = set()


def _falkor(statement: str) -> str:
    FALKOR_ONLY.add(statement)
    return statement


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_REL_TYPE = re.compile(r"[A-Z][A-Z0-9_]*\Z")
_ANALYZER = re.compile(r"[a-z][a-z-]*\Z")
#: The deepest path search a statement may ask for (shortestPath `*..10` takes ~11 ms on FalkorDB).
MAX_HOPS = 10


def _name(value: str) -> str:
    """Labels and property names are spliced into statements: fixed identifiers only."""
    if not _NAME.match(value):
        raise ValueError(f"not a plain identifier: {value!r}")
    return value


@dataclass(frozen=True)
class FullText:
    """A full-text index over text properties of one label (index the folded `search` field:
    FalkorDB does no accent folding; Neo4j's analyzer applies on top)."""

    label: str
    props: tuple[str, ...]
    analyzer: str = "standard-folding"  # Neo4j only

    def __post_init__(self) -> None:
        _name(self.label)
        if not self.props:
            raise ValueError("a full-text index needs at least one property")
        for prop in self.props:
            _name(prop)
        if not _ANALYZER.match(self.analyzer):
            raise ValueError(f"not an analyzer name: {self.analyzer!r}")

    @property
    def name(self) -> str:
        """Neo4j's index name (FalkorDB names full-text indexes by their label)."""
        return f"{self.label.lower()}_{'_'.join(self.props)}_fulltext"


def _path(types: Sequence[str], max_hops: int, arrow: str) -> str:
    """The relationship part of a path pattern: fixed type names, a literal hop bound (neither
    backend takes a parameter there)."""
    if isinstance(types, str) or not types:
        raise ValueError("give a non-empty sequence of relationship types")
    for t in types:
        if not _REL_TYPE.match(t):
            raise ValueError(f"not a relationship type: {t!r}")
    if isinstance(max_hops, bool) or not isinstance(max_hops, int) or not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be an integer from 1 to {MAX_HOPS}")
    return f"-[:{'|'.join(types)}*1..{max_hops}]{arrow}"


_ENDPOINTS = "MATCH (a:Entity {id: $source}) MATCH (b:Entity {id: $target}) WHERE a <> b "
_PATH_ROW = (
    "RETURN [n IN nodes(p) | n.id] AS ids, [r IN relationships(p) | type(r)] AS types, "
    "length(p) AS hops"
)


class Dialect(ABC):
    name: str

    @abstractmethod
    def unique(self, rule: Unique) -> list[Step]: ...

    @abstractmethod
    def index(self, rule: Index) -> list[Step]: ...

    @abstractmethod
    def fulltext_index(self, rule: FullText) -> list[Step]:
        """DDL creating the full-text index (not idempotent on FalkorDB: it errors if present)."""

    @abstractmethod
    def await_indexes(self, seconds: float = 30.0) -> list[str]:
        """Statements that return once every index is online, or fail after `seconds` (Neo4j
        builds them in the background; a new full-text index misses nodes until then)."""

    @abstractmethod
    def fulltext_query(self, rule: FullText) -> str:
        """Nodes matching `$query` (plain words: FalkorDB reads RediSearch syntax, Neo4j Lucene),
        best first, at most `$limit`: rows `{node: {...properties}, score}`; scores only order
        results (they differ between the backends)."""

    @abstractmethod
    def shortest_path(self, types: Sequence[str], max_hops: int) -> str:
        """One shortest directed path from the `:Entity` with id `$source` to the one with id
        `$target`, along `types`, of 1 to `max_hops` relationships: one row `{ids, types, hops}`
        (node ids and relationship types along the path), none if there is no such path."""

    @abstractmethod
    def shortest_paths(self, types: Sequence[str], max_hops: int) -> str:
        """Every shortest path between the `:Entity` nodes with ids `$source` and `$target`,
        relationships followed in either direction, along `types`, of 1 to `max_hops`
        relationships, at most `$limit` of them: one row `{ids, types, hops}` per path (in
        no particular order), none if there is no such path or both ids are the same."""

    def schema(self) -> list[Step]:
        steps: list[Step] = []
        for u in UNIQUE:
            steps += self.unique(u)
        for i in INDEXES:
            steps += self.index(i)
        return steps

    def catalogue(self) -> list[str]:
        """Every Cypher statement this dialect produces: the schema, and each statement method
        called with its `SAMPLES` arguments (the Neo4j lint gate reads this)."""
        statements = [s for s in self.schema() if isinstance(s, str)]
        for method in statement_methods():
            if method not in SAMPLES:
                raise LookupError(
                    f"Dialect.{method} has no sample arguments in hub.graph.dialect.SAMPLES: "
                    "add some so that the Neo4j lint gate checks its statements"
                )
            produced = getattr(self, method)(*SAMPLES[method])
            steps = produced if isinstance(produced, list) else [produced]
            statements += [s for s in steps if isinstance(s, str)]
        return list(dict.fromkeys(statements))


def statement_methods() -> list[str]:
    """The public statement-producing methods every dialect has."""
    skip = {"schema", "catalogue"}
    return [
        name
        for name, _ in inspect.getmembers(Dialect, inspect.isfunction)
        if not name.startswith("_") and name not in skip
    ]


class FalkorDialect(Dialect):
    name = "falkordb"

    def __init__(self, graph: str) -> None:
        self.graph = graph

    def index(self, rule: Index | Unique) -> list[Step]:
        # Unnamed, no IF NOT EXISTS: migrate skips the ones already there.
        return [_falkor(f"CREATE INDEX FOR (n:{rule.label}) ON (n.{rule.prop})")]

    def unique(self, rule: Unique) -> list[Step]:
        # The constraint needs the exact-match index first.
        command = ("GRAPH.CONSTRAINT", "CREATE", self.graph, "UNIQUE", "NODE", rule.label)
        return [*self.index(rule), Command((*command, "PROPERTIES", "1", rule.prop))]

    def fulltext_index(self, rule: FullText) -> list[Step]:
        props = ", ".join(f"n.{p}" for p in rule.props)
        return [_falkor(f"CREATE FULLTEXT INDEX FOR (n:{rule.label}) ON ({props})")]

    def await_indexes(self, seconds: float = 30.0) -> list[str]:
        # FalkorDB builds an index over existing nodes in the background: this reads the
        # indexes' states, and `migrate.await_indexes` repeats it until all are OPERATIONAL.
        return [_falkor("CALL db.indexes() YIELD status RETURN status")]

    def fulltext_query(self, rule: FullText) -> str:
        return _falkor(
            f"CALL db.idx.fulltext.queryNodes('{rule.label}', $query) YIELD node, score "
            "RETURN node {.*} AS node, score ORDER BY score DESC, node.id LIMIT $limit"
        )

    def shortest_path(self, types: Sequence[str], max_hops: int) -> str:
        # shortestPath only in WITH/RETURN, and directed.
        return _falkor(
            f"{_ENDPOINTS}WITH shortestPath((a){_path(types, max_hops, '->')}(b)) AS p "
            f"WHERE p IS NOT NULL {_PATH_ROW}"
        )

    def shortest_paths(self, types: Sequence[str], max_hops: int) -> str:
        # allShortestPaths needs both ends resolved by an earlier clause: the WITH.
        rels = _path(types, max_hops, "-")
        return _falkor(
            f"{_ENDPOINTS}WITH a, b MATCH p = allShortestPaths((a){rels}(b)) "
            f"{_PATH_ROW} LIMIT $limit"
        )


class Neo4jDialect(Dialect):
    name = "neo4j"

    def unique(self, rule: Unique) -> list[Step]:
        name = f"{rule.label.lower()}_{rule.prop}_unique"
        return [
            f"CREATE CONSTRAINT {name} IF NOT EXISTS "
            f"FOR (n:{rule.label}) REQUIRE n.{rule.prop} IS UNIQUE"
        ]

    def index(self, rule: Index) -> list[Step]:
        name = f"{rule.label.lower()}_{rule.prop}"
        return [f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{rule.label}) ON (n.{rule.prop})"]

    def fulltext_index(self, rule: FullText) -> list[Step]:
        props = ", ".join(f"n.{p}" for p in rule.props)
        return [
            f"CREATE FULLTEXT INDEX {rule.name} IF NOT EXISTS "
            f"FOR (n:{rule.label}) ON EACH [{props}] "
            f"OPTIONS {{indexConfig: {{`fulltext.analyzer`: '{rule.analyzer}'}}}}"
        ]

    def await_indexes(self, seconds: float = 30.0) -> list[str]:
        return [f"CALL db.awaitIndexes({max(1, round(seconds))})"]

    def fulltext_query(self, rule: FullText) -> str:
        return (
            f"CALL db.index.fulltext.queryNodes('{rule.name}', $query) YIELD node, score "
            "RETURN node {.*} AS node, score ORDER BY score DESC, node.id LIMIT $limit"
        )

    def shortest_path(self, types: Sequence[str], max_hops: int) -> str:
        return (
            f"{_ENDPOINTS}MATCH p = shortestPath((a){_path(types, max_hops, '->')}(b)) {_PATH_ROW}"
        )

    def shortest_paths(self, types: Sequence[str], max_hops: int) -> str:
        return (
            f"{_ENDPOINTS}MATCH p = allShortestPaths((a){_path(types, max_hops, '-')}(b)) "
            f"{_PATH_ROW} LIMIT $limit"
        )


#: Arguments `Dialect.catalogue()` calls each statement method with.
SAMPLES: dict[str, tuple[object, ...]] = {
    "unique": (Unique("Startup", "id"),),
    "index": (Index("Startup", "stage"),),
    "fulltext_index": (FullText("Startup", ("search",)),),
    "await_indexes": (),
    "fulltext_query": (FullText("Startup", ("search",)),),
    "shortest_path": (("MENTORS", "AFFILIATED_WITH", "HOSTED_BY"), 4),
    "shortest_paths": (("MENTORS", "AFFILIATED_WITH", "HOSTED_BY"), 4),
}


def falkor_existing(
    indexes: list[dict[str, object]], constraints: list[dict[str, object]], graph: str
) -> set[Step]:
    """The steps already applied, read back from `db.indexes()` and `db.constraints()`."""
    dialect = FalkorDialect(graph)
    done: set[Step] = set()
    for row in indexes:
        for prop in row["properties"]:  # type: ignore[attr-defined]
            done.update(dialect.index(Index(str(row["label"]), str(prop))))
    for row in constraints:
        if row["type"] == "UNIQUE" and row["status"] != "FAILED":
            for prop in row["properties"]:  # type: ignore[attr-defined]
                done.update(dialect.unique(Unique(str(row["label"]), str(prop)))[1:])
    return done


FALKOR_INDEXES = _falkor("CALL db.indexes() YIELD label, properties RETURN label, properties")
FALKOR_CONSTRAINTS = _falkor(
    "CALL db.constraints() YIELD type, label, properties, status "
    "RETURN type, label, properties, status"
)
