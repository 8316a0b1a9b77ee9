"""The statements that differ between FalkorDB and Neo4j: the schema's DDL. Everything else is
written once, in the portable subset (docs/cypher.md).

Every statement a dialect can produce is linted by Neo4j's own linter in CI (docs/neo4j.md):
`Dialect.catalogue()` calls each statement method once with the sample arguments in `SAMPLES`
(a new method needs an entry there), and what only FalkorDB is sent is recorded in `FALKOR_ONLY`
so the gate leaves it out.
"""

from __future__ import annotations

import inspect
from abc import ABC, abstractmethod
from dataclasses import dataclass

from hub.graph.model import INDEXES, RETIRED, UNIQUE, Index, Unique
from hub.graph.names import RelType


@dataclass(frozen=True)
class Command:
    """A server command that is not Cypher (FalkorDB creates unique constraints this way)."""

    args: tuple[str, ...]


Step = str | Command

#: Every Cypher statement only FalkorDB is sent (its DDL, `db.indexes()`, `db.constraints()`),
#: recorded as the FalkorDB dialect produces them: the Neo4j lint gate leaves these out.
FALKOR_ONLY: set[str] = set()


def _falkor(statement: str) -> str:
    FALKOR_ONLY.add(statement)
    return statement


class Dialect(ABC):
    name: str

    @abstractmethod
    def unique(self, rule: Unique) -> list[Step]: ...

    @abstractmethod
    def index(self, rule: Index) -> list[Step]: ...

    @abstractmethod
    def drop_index(self, rule: Index) -> list[Step]:
        """Removes a retired index (idempotent), before the constraints are created."""

    @abstractmethod
    def relationship_type(self, rel_type: str) -> list[Step]:
        """Makes the type known to the database before any statement names it."""

    def schema(self) -> list[Step]:
        steps: list[Step] = [s for t in RelType for s in self.relationship_type(t)]
        for r in RETIRED:
            steps += self.drop_index(r)
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

    def drop_index(self, rule: Index) -> list[Step]:
        return []  # every retired index is kept: the unique constraint on its key stands on it

    def relationship_type(self, rel_type: str) -> list[Step]:
        # FalkorDB 4.16 plans a pattern comprehension over a type it does not know yet as
        # empty, and keeps that plan in its cache: `[(a)-[:T]->(b) | …]` then stays empty
        # after the first T is written. A type once written stays known, even with no edge.
        return [_falkor(f"CREATE (a)-[r:{rel_type}]->(b) DELETE r, a, b")]


class Neo4jDialect(Dialect):
    name = "neo4j"

    def unique(self, rule: Unique) -> list[Step]:
        name = f"{rule.label.lower()}_{rule.prop}_unique"
        return [
            f"CREATE CONSTRAINT {name} IF NOT EXISTS "
            f"FOR (n:{rule.label}) REQUIRE n.{rule.prop} IS UNIQUE"
        ]

    def index(self, rule: Index) -> list[Step]:
        name = _index_name(rule)
        return [f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{rule.label}) ON (n.{rule.prop})"]

    def drop_index(self, rule: Index) -> list[Step]:
        return [f"DROP INDEX {_index_name(rule)} IF EXISTS"]

    def relationship_type(self, rel_type: str) -> list[Step]:
        return []  # Neo4j resolves a type's token when it runs the plan


def _index_name(rule: Index) -> str:
    return f"{rule.label.lower()}_{rule.prop}"


#: Arguments `Dialect.catalogue()` calls each statement method with.
SAMPLES: dict[str, tuple[object, ...]] = {
    "unique": (Unique("Startup", "id"),),
    "index": (Index("Startup", "stage"),),
    "drop_index": (Index("IntroductionEvent", "id"),),
    "relationship_type": (RelType.MENTORS,),
}


def falkor_existing(
    indexes: list[dict[str, object]],
    constraints: list[dict[str, object]],
    types: list[dict[str, object]],
    graph: str,
) -> set[Step]:
    """The steps already applied, read back from `db.indexes()`, `db.constraints()` and
    `db.relationshipTypes()`."""
    dialect = FalkorDialect(graph)
    done: set[Step] = {s for row in types for s in dialect.relationship_type(str(row["type"]))}
    for row in indexes:
        for prop in _properties(row):
            done.update(dialect.index(Index(str(row["label"]), prop)))
    for row in constraints:
        if row["type"] == "UNIQUE" and row["status"] != "FAILED":
            for prop in _properties(row):
                done.update(dialect.unique(Unique(str(row["label"]), prop))[1:])
    return done


def _properties(row: dict[str, object]) -> list[str]:
    found = row.get("properties")
    return [str(prop) for prop in found] if isinstance(found, list) else []


FALKOR_INDEXES = _falkor("CALL db.indexes() YIELD label, properties RETURN label, properties")
FALKOR_TYPES = _falkor("CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type")
FALKOR_CONSTRAINTS = _falkor(
    "CALL db.constraints() YIELD type, label, properties, status "
    "RETURN type, label, properties, status"
)
