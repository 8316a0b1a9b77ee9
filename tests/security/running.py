"""A hub served by uvicorn in a thread, on its own embedded FalkorDB in a temporary directory
(the fuzz and outage tests call it over real HTTP), with sync graph access for digests."""

from __future__ import annotations

import asyncio
import hashlib
import json
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import uvicorn
from falkordb import FalkorDB

from hub.api.app import create_app
from hub.config import Settings
from hub.domain.vocabulary import Role
from hub.graph.connect import FALKOR_GRAPH
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.migrate import migrate
from hub.graph.store import GraphStore
from hub.services import api_keys

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningHub:
    url: str
    server: EmbeddedFalkor
    admin: str

    def graph(self) -> Any:
        return FalkorDB(unix_socket_path=str(self.server.socket)).select_graph(FALKOR_GRAPH)

    def digest(self) -> str:
        return hashlib.sha256(self.digest_text().encode()).hexdigest()

    def digest_text(self) -> str:
        """Parsed by the client: the server's own text of nested lists drops long strings."""
        graph = self.graph()
        nodes = graph.ro_query("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props").result_set
        rels = graph.ro_query(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, r {.*} AS props"
        ).result_set
        rows = [
            [labels, {k: v for k, v in props.items() if k != "last_used_at"}]
            for labels, props in nodes
        ]
        return "\n".join(sorted(json.dumps(row, sort_keys=True) for row in [*rows, *rels]))


def on_store(server: EmbeddedFalkor, work: Callable[[GraphStore], Awaitable[T]]) -> T:
    """Run `work` on the hub's graph from a thread of its own (its own event loop)."""
    result: list[T] = []

    async def main() -> None:
        store = FalkorStore.connect(
            graph=FALKOR_GRAPH, backend="falkordb-embedded", unix_socket=str(server.socket)
        )
        try:
            result.append(await work(store))
        finally:
            await store.close()

    thread = threading.Thread(target=asyncio.run, args=(main(),))
    thread.start()
    thread.join()
    return result[0]


@contextmanager
def running_hub(
    prepare: Callable[[GraphStore], Awaitable[Any]] | None = None, **overrides: Any
) -> Iterator[RunningHub]:
    data_dir = Path(tempfile.mkdtemp(prefix="hub-run-", dir="/tmp"))
    server = EmbeddedFalkor(data_dir).start()
    try:

        async def setup(store: GraphStore) -> str:
            await migrate(store)
            if prepare is not None:
                await prepare(store)
            _, token = await api_keys.issue(store, Role.ADMIN)
            return token

        admin = on_store(server, setup)
        options: dict[str, Any] = {
            "rate_limit_per_minute": 0,
            "rate_limit_anonymous_per_minute": 0,
            **overrides,
        }
        settings = Settings(data_dir=data_dir, _env_file=None, **options)  # type: ignore[call-arg]
        port = free_port()
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
        )
        web = uvicorn.Server(config)
        thread = threading.Thread(target=web.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not web.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the hub did not start"
            time.sleep(0.02)
        try:
            yield RunningHub(f"http://127.0.0.1:{port}/graphql", server, admin)
        finally:
            web.should_exit = True
            thread.join(30)
    finally:
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)
