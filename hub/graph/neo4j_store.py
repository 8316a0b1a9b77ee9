"""Neo4j 5 through the official async driver: the production and scale-out backend."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import neo4j
from neo4j import AsyncGraphDatabase, AsyncManagedTransaction
from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
)

from hub.graph.store import GraphStore, Row, StoreError, StoreUnavailable, UniqueViolation, plain


def _value(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return plain(dict(value))
    if isinstance(value, list):
        return [_value(v) for v in value]
    return plain(value)


Work = Callable[[AsyncManagedTransaction], Awaitable[list[Row]]]


#: How many times a write refused by a uniqueness constraint is run again (see `_run`).
CONSTRAINT_RETRIES = 8


class Neo4jStore(GraphStore):
    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        *,
        user: str,
        password: str,
        database: str | None,
        timeout_ms: int | None = None,
    ) -> None:
        self.driver = AsyncGraphDatabase.driver(uri, auth=(user, password))
        self.database = database or None
        self.timeout = timeout_ms / 1000 if timeout_ms else None

    async def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[Row]:
        # The timeout is the transaction's (the driver refuses a Query object in a managed
        # transaction): the server ends a statement that runs longer.
        @neo4j.unit_of_work(timeout=self.timeout)
        async def work(tx: AsyncManagedTransaction) -> list[Row]:
            result = await tx.run(query, params)
            keys = result.keys()
            return [
                {k: _value(v) for k, v in zip(keys, record.values(), strict=True)}
                async for record in result
            ]

        try:
            for _ in range(CONSTRAINT_RETRIES):
                try:
                    return await self._transaction(work, write=write)
                except ConstraintError:
                    # A concurrent writer may have committed first (an engine that checks
                    # writes at commit, not by locks, so several writers of one counter can
                    # collide in turn): the statement runs again, on what they left, and its
                    # guard decides. A duplicate that no race explains fails every time.
                    continue
            return await self._transaction(work, write=write)
        except ConstraintError as exc:
            raise UniqueViolation(str(exc)) from exc
        except AuthError as exc:
            raise StoreUnavailable(f"Neo4j refused the credentials: {exc.message}") from exc
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(str(exc)) from exc

    async def _transaction(self, work: Work, *, write: bool) -> list[Row]:
        """A managed transaction (the driver retries transient errors, deadlocks among them),
        writes on the leader and reads on a follower under `neo4j://` routing; the sessions share
        the driver's bookmarks, so a read that follows a write in this process sees it."""
        async with self.driver.session(
            database=self.database, bookmark_manager=self.driver.execute_query_bookmark_manager
        ) as session:
            if write:
                return await session.execute_write(work)
            return await session.execute_read(work)

    async def ping(self) -> None:
        try:
            await self.driver.verify_connectivity()
        except Exception as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from exc

    async def server(self) -> str:
        rows = await self.read(
            "CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS version"
        )
        info = await self.driver.get_server_info()
        first = rows[0] if rows else {}
        return f"{first.get('name', 'Neo4j')} {first.get('version', '?')} ({info.agent})"

    async def clear(self) -> None:
        await self.write("MATCH (n) DETACH DELETE n")

    async def close(self) -> None:
        await self.driver.close()

    async def compact(self) -> None:
        """Nothing to do: Neo4j checkpoints its transaction log itself."""
