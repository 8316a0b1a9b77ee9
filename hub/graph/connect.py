"""Open the store the settings ask for: embedded FalkorDB (default), FalkorDB or Neo4j."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlparse

from redis.exceptions import RedisError

from hub.config import Settings
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.store import GraphStore, StoreError, StoreUnavailable

FALKOR_GRAPH = "passerelle"


def _connect_falkor(**options: Any) -> FalkorStore:
    """The client checks the server as it is made: a dead one is StoreUnavailable, one line."""
    try:
        return FalkorStore.connect(**options)
    except (RedisError, OSError) as exc:
        raise StoreUnavailable(f"FalkorDB is not reachable: {exc}") from None


def _falkor(settings: Settings) -> FalkorStore:
    url = urlparse(settings.graph_uri)
    password = url.password or settings.graph_password.get_secret_value() or None
    graph = settings.graph_database or FALKOR_GRAPH
    if url.scheme == "unix":
        return _connect_falkor(
            graph=graph, backend="falkordb", unix_socket=url.path, password=password,
            timeout_ms=settings.statement_timeout_ms,
        )  # fmt: skip
    return _connect_falkor(
        graph=graph, backend="falkordb", host=url.hostname or "localhost",
        port=url.port or 6379, password=password, timeout_ms=settings.statement_timeout_ms,
    )  # fmt: skip


def _store(settings: Settings, embedded: EmbeddedFalkor | None) -> GraphStore:
    if embedded is not None:
        return _connect_falkor(
            graph=settings.graph_database or FALKOR_GRAPH,
            backend="falkordb-embedded",
            unix_socket=str(embedded.socket),
            timeout_ms=settings.statement_timeout_ms,
        )
    if settings.backend == "neo4j":
        from hub.graph.neo4j_store import Neo4jStore  # the driver takes ~0.5 s to import

        return Neo4jStore(
            settings.graph_uri,
            user=settings.graph_user,
            password=settings.graph_password.get_secret_value(),
            database=settings.graph_database or None,
            timeout_ms=settings.statement_timeout_ms,
        )
    return _falkor(settings)


@asynccontextmanager
async def open_store(settings: Settings) -> AsyncIterator[GraphStore]:
    """The store, pinged; the embedded server (if this hub started it) stops on the way out."""
    embedded: EmbeddedFalkor | None = None
    if settings.backend == "falkordb-embedded":
        embedded = EmbeddedFalkor(settings.data_dir).start()
    try:
        store = _store(settings, embedded)
        try:
            await store.ping()
            yield store
        finally:
            with contextlib.suppress(StoreError, RedisError, OSError):
                await store.close()
    finally:
        if embedded is not None:
            embedded.stop()
