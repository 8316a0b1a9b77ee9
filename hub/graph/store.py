"""The store port: every query module talks to the graph through this, whatever the backend."""

from __future__ import annotations

import contextvars
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]
Params = Mapping[str, Any]


class StoreError(Exception):
    """The database refused a statement or could not be reached."""


class UniqueViolation(StoreError):
    """A unique constraint refused a write; nothing was written."""


class StoreUnavailable(StoreError):
    """The database cannot be reached right now."""


@dataclass
class RoundTrips:
    """Counts the statements one unit of work (an HTTP request, a test) sends."""

    count: int = 0


_round_trips: contextvars.ContextVar[RoundTrips | None] = contextvars.ContextVar(
    "hub_round_trips", default=None
)


def start_counting() -> RoundTrips:
    """Count from here to the end of the current task (an HTTP request's handler)."""
    counter = RoundTrips()
    _round_trips.set(counter)
    return counter


@contextmanager
def count_round_trips() -> Iterator[RoundTrips]:
    counter = RoundTrips()
    token = _round_trips.set(counter)
    try:
        yield counter
    finally:
        _round_trips.reset(token)


_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


@dataclass
class StatementLog:
    """Every distinct statement sent, with its parameter names: the Neo4j lint gate reads it."""

    statements: dict[str, set[str]] = field(default_factory=dict)

    def record(self, query: str, params: Params | None) -> None:
        names = self.statements.setdefault(query, set())
        names.update(params or ())
        names.update(_PARAM.findall(query))


#: One log for the whole process, so a test session sees what every store sent.
statement_log = StatementLog()


class GraphStore(ABC):
    """Runs one Cypher statement at a time; one statement is one atomic unit on every backend.

    Rows come back as plain dicts of plain Python values (str, int, float, bool, None, lists,
    dicts), keyed by the statement's column names: statements return map projections, never nodes.
    """

    backend: str

    async def read(self, query: str, params: Params | None = None) -> list[Row]:
        self._count(query, params)
        return await self._run(query, dict(params or {}), write=False)

    async def write(self, query: str, params: Params | None = None) -> list[Row]:
        self._count(query, params)
        return await self._run(query, dict(params or {}), write=True)

    async def write_ddl(self, statement: str) -> None:
        """Schema statements (indexes, constraints) from the dialect; not counted as round trips."""
        statement_log.record(statement, None)
        await self._run(statement, {}, write=True)

    @staticmethod
    def _count(query: str, params: Params | None) -> None:
        statement_log.record(query, params)
        counter = _round_trips.get()
        if counter is not None:
            counter.count += 1

    @abstractmethod
    async def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[Row]: ...

    @abstractmethod
    async def ping(self) -> None: ...

    @abstractmethod
    async def server(self) -> str:
        """Runs a real statement and names the server that answered it, with its version
        (`/healthz`): a database that accepts connections but not statements is not healthy."""

    @abstractmethod
    async def clear(self) -> None:
        """Delete every node and relationship of this store's graph (tests, `hub demo --reset`)."""

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    async def compact(self) -> None:
        """After bulk writes: shrink the database's write log so that a restart loads fast
        (FalkorDB rewrites its append-only file; nothing to do on Neo4j)."""


def plain(value: Any) -> Any:
    """Turn a client's containers (OrderedDict, tuples) into plain dicts and lists."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
