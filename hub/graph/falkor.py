"""FalkorDB through its native async client (never its Bolt endpoint: a rollback there kept its
writes)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from falkordb.asyncio import FalkorDB
from falkordb.asyncio.query_result import QueryResult
from falkordb.edge import Edge
from falkordb.node import Node
from redis.asyncio import BlockingConnectionPool, UnixDomainSocketConnection
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError
from redis.exceptions import TimeoutError as RedisTimeoutError

from hub.graph.store import GraphStore, Row, StoreError, StoreUnavailable, UniqueViolation, plain


def _value(value: Any) -> Any:
    if isinstance(value, Node | Edge):
        return plain(value.properties)
    if isinstance(value, list):
        return [_value(v) for v in value]
    return plain(value)


class _NotPlain(Exception):
    """A reply value our own parser leaves to the client's (a node, edge, path, temporal)."""


def _cell(cell: list[Any]) -> Any:
    """One `[type, value]` of FalkorDB's compact reply, as a plain value. The client's parser
    awaits a coroutine per value and then `plain` copies the result again: ~7 ms of Python for a
    2,700-value page; this is one synchronous pass. Types: resultset_formatter's ValueType."""
    kind, value = cell
    if kind == 2 or kind == 3:  # string, integer: already decoded by the connection
        return value
    if kind == 10:  # map: key, [type, value], key, [type, value]…
        return {value[i]: _cell(value[i + 1]) for i in range(0, len(value), 2)}
    if kind == 6:
        return [_cell(v) for v in value]
    if kind == 1:
        return None
    if kind == 4:
        return value == "true"
    if kind == 5:
        return float(value)
    if kind == 11:  # point, as the client gives it
        return {"latitude": float(value[0]), "longitude": float(value[1])}
    if kind == 12:  # vectorf32
        return [float(v) for v in value]
    raise _NotPlain


#: Connections one hub process keeps to FalkorDB, and how long a statement waits for one.
POOL_SIZE = 64
POOL_WAIT_SECONDS = 20


class FalkorStore(GraphStore):
    def __init__(
        self, client: FalkorDB, graph: str, *, backend: str, timeout_ms: int | None = None
    ) -> None:
        self.client = client
        self.graph_name = graph
        self.graph = client.select_graph(graph)
        self.backend = backend
        self.timeout_ms = timeout_ms

    @classmethod
    def connect(
        cls,
        *,
        graph: str,
        backend: str,
        unix_socket: str | None = None,
        host: str = "localhost",
        port: int = 6379,
        password: str | None = None,
        timeout_ms: int | None = None,
        pool_size: int = POOL_SIZE,
    ) -> FalkorStore:
        # A blocking pool: under a burst, a statement waits for a free connection instead of
        # failing at once ("Too many connections", seen at 32 concurrent clients).
        where: dict[str, Any] = (
            {"connection_class": UnixDomainSocketConnection, "path": unix_socket}
            if unix_socket
            else {"host": host, "port": port}
        )
        pool = BlockingConnectionPool(
            **where,
            password=password,
            max_connections=pool_size,
            timeout=POOL_WAIT_SECONDS,
            socket_connect_timeout=5,
            decode_responses=True,  # as the falkordb client expects
            protocol=2,
        )
        client = FalkorDB(connection_pool=pool)
        return cls(client, graph, backend=backend, timeout_ms=timeout_ms)

    def sibling(self, graph: str) -> FalkorStore:
        """Another graph on the same server (tests give each test its own graph)."""
        return FalkorStore(self.client, graph, backend=self.backend, timeout_ms=self.timeout_ms)

    async def _run(self, query: str, params: dict[str, Any], *, write: bool) -> list[Row]:
        # The client's own command (its parameter header, the compact reply), parsed here.
        text = self.graph._build_params_header(params or None) + query
        command = ["GRAPH.QUERY" if write else "GRAPH.RO_QUERY", self.graph_name, text, "--compact"]
        if self.timeout_ms is not None:
            command += ["timeout", str(self.timeout_ms)]
        try:
            reply = await self.graph.execute_command(*command)
            if isinstance(reply[-1], ResponseError):  # failed while running
                raise reply[-1]
        except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
            raise StoreUnavailable(f"FalkorDB is not reachable: {exc}") from exc
        except ResponseError as exc:
            if "unique constraint violation" in str(exc):
                raise UniqueViolation(str(exc)) from exc
            raise StoreError(str(exc)) from exc
        except RedisError as exc:
            raise StoreUnavailable(f"FalkorDB: {exc}") from exc
        if len(reply) == 1:  # statistics only: a statement without RETURN
            return []
        names = [column[1] for column in reply[0]]
        try:
            return [
                {name: _cell(v) for name, v in zip(names, row, strict=True)} for row in reply[1]
            ]
        except _NotPlain:
            result = QueryResult(self.graph)
            await result.parse(reply)
            return [
                {name: _value(v) for name, v in zip(names, row, strict=True)}
                for row in result.result_set
            ]

    async def command(self, *args: Any) -> Any:
        """A raw server command (FalkorDB's constraint DDL is a command, not Cypher)."""
        try:
            return await self.client.connection.execute_command(*args)
        except ResponseError as exc:
            raise StoreError(str(exc)) from exc
        except RedisError as exc:
            raise StoreUnavailable(f"FalkorDB: {exc}") from exc

    async def ping(self) -> None:
        try:
            await self.client.connection.ping()
        except RedisError as exc:
            raise StoreUnavailable(f"FalkorDB is not reachable: {exc}") from exc

    async def server(self) -> str:
        await self.read("RETURN 1 AS ok")
        try:
            modules = await self.client.connection.execute_command("MODULE", "LIST")
        except RedisError as exc:
            raise StoreUnavailable(f"FalkorDB: {exc}") from exc
        fields = next(dict(zip(m[::2], m[1::2], strict=True)) for m in modules if "graph" in m)
        version = int(fields["ver"])  # 41603: 4.16.3
        return f"FalkorDB {version // 10000}.{version // 100 % 100}.{version % 100}"

    async def clear(self) -> None:
        await self.write("MATCH (n) DETACH DELETE n")

    async def drop(self) -> None:
        """Delete the whole graph, indexes included."""
        with contextlib.suppress(ResponseError):  # never created: nothing to drop
            await self.graph.delete()

    async def close(self) -> None:
        await self.client.connection.aclose()

    async def compact(self, wait_seconds: float = 600.0) -> None:
        """Rewrite the append-only file (BGREWRITEAOF) and wait until it is done: a restart then
        loads the graph from its compact base instead of replaying every statement since."""
        server = self.client.connection
        try:
            if not int((await server.info("persistence")).get("aof_enabled", 0)):
                return  # a server without an append-only file
            try:
                await server.bgrewriteaof()
            except ResponseError as exc:
                if "already in progress" not in str(exc):
                    raise StoreError(str(exc)) from exc  # else: wait for the running one
            deadline = time.monotonic() + wait_seconds
            while time.monotonic() < deadline:
                info = await server.info("persistence")
                if not int(info["aof_rewrite_in_progress"]) + int(info["aof_rewrite_scheduled"]):
                    if info.get("aof_last_bgrewrite_status") != "ok":
                        raise StoreError("FalkorDB could not rewrite its append-only file")
                    return
                await asyncio.sleep(0.05)
        except RedisError as exc:
            raise StoreUnavailable(f"FalkorDB: {exc}") from exc
        raise StoreError(f"FalkorDB still rewrites its append-only file after {wait_seconds:.0f} s")
