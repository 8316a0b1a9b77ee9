"""Neo4j 5 through the official async driver: the production and scale-out backend."""

from __future__ import annotations

from typing import Any

import neo4j
from neo4j import AsyncGraphDatabase, AsyncManagedTransaction
from neo4j.exceptions import ConstraintError, Neo4jError, ServiceUnavailable, SessionExpired

from hub.graph.store import GraphStore, Row, StoreError, StoreUnavailable, UniqueViolation, plain


def _value(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return plain(dict(value))
    if isinstance(value, list):
        return [_value(v) for v in value]
    return plain(value)


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
        statement = neo4j.Query(query, timeout=self.timeout)

        async def work(tx: AsyncManagedTransaction) -> list[Row]:
            result = await tx.run(statement, params)  # type: ignore[arg-type]
            return [{k: _value(v) for k, v in record.items()} async for record in result]  # type: ignore[no-untyped-call]

        try:
            async with self.driver.session(database=self.database) as session:
                if write:
                    return await session.execute_write(work)
                return await session.execute_read(work)
        except ConstraintError as exc:
            raise UniqueViolation(str(exc)) from exc
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(str(exc)) from exc

    async def ping(self) -> None:
        try:
            await self.driver.verify_connectivity()
        except Exception as exc:
            raise StoreUnavailable(f"Neo4j is not reachable: {exc}") from exc

    async def clear(self) -> None:
        await self.write("MATCH (n) DETACH DELETE n")

    async def close(self) -> None:
        await self.driver.close()

    async def compact(self) -> None:
        """Nothing to do: Neo4j checkpoints its transaction log itself."""
