"""The few statements that differ between FalkorDB and Neo4j: schema DDL (and later full-text,
paths). Everything else is written once, in the portable subset (portable-cypher.md)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from hub.graph.model import INDEXES, UNIQUE, Index, Unique


@dataclass(frozen=True)
class Command:
    """A server command that is not Cypher (FalkorDB creates unique constraints this way)."""

    args: tuple[str, ...]


Step = str | Command


class Dialect(ABC):
    name: str

    @abstractmethod
    def unique(self, rule: Unique) -> list[Step]: ...

    @abstractmethod
    def index(self, rule: Index) -> list[Step]: ...

    def schema(self) -> list[Step]:
        steps: list[Step] = []
        for u in UNIQUE:
            steps += self.unique(u)
        for i in INDEXES:
            steps += self.index(i)
        return steps


class FalkorDialect(Dialect):
    name = "falkordb"

    def __init__(self, graph: str) -> None:
        self.graph = graph

    def index(self, rule: Index | Unique) -> list[Step]:
        # Unnamed, no IF NOT EXISTS: migrate skips the ones already there.
        return [f"CREATE INDEX FOR (n:{rule.label}) ON (n.{rule.prop})"]

    def unique(self, rule: Unique) -> list[Step]:
        # The constraint needs the exact-match index first.
        command = ("GRAPH.CONSTRAINT", "CREATE", self.graph, "UNIQUE", "NODE", rule.label)
        return [*self.index(rule), Command((*command, "PROPERTIES", "1", rule.prop))]


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


FALKOR_INDEXES = "CALL db.indexes() YIELD label, properties RETURN label, properties"
FALKOR_CONSTRAINTS = (
    "CALL db.constraints() YIELD type, label, properties, status "
    "RETURN type, label, properties, status"
)
