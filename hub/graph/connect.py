"""Open the store the settings ask for: embedded FalkorDB (default), FalkorDB or Neo4j."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlparse

from hub.config import Settings
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.store import GraphStore

FALKOR_GRAPH = "passerelle"


def _falkor(settings: Settings) -> FalkorStore:
    url = urlparse(settings.graph_uri)
    password = url.password or settings.graph_password.get_secret_value() or None
    graph = settings.graph_database or FALKOR_GRAPH
    if url.scheme == "unix":
        return FalkorStore.connect(
            graph=graph, backend="falkordb", unix_socket=url.path, password=password,
            timeout_ms=settings.statement_timeout_ms,
        )  # fmt: skip
    return FalkorStore.connect(
        graph=graph, backend="falkordb", host=url.hostname or "localhost",
        port=url.port or 6379, password=password, timeout_ms=settings.statement_timeout_ms,
    )  # fmt: skip


@asynccontextmanager
async def open_store(settings: Settings) -> AsyncIterator[GraphStore]:
    embedded: EmbeddedFalkor | None = None
    store: GraphStore
    if settings.backend == "falkordb-embedded":
        embedded = EmbeddedFalkor(settings.data_dir).start()
        store = FalkorStore.connect(
            graph=settings.graph_database or FALKOR_GRAPH,
            backend="falkordb-embedded",
            unix_socket=str(embedded.socket),
            timeout_ms=settings.statement_timeout_ms,
        )
    elif settings.backend == "neo4j":
        from hub.graph.neo4j_store import Neo4jStore  # the driver takes ~0.5 s to import

        store = Neo4jStore(
            settings.graph_uri,
            user=settings.graph_user,
            password=settings.graph_password.get_secret_value(),
            database=settings.graph_database or None,
            timeout_ms=settings.statement_timeout_ms,
        )
    else:
        store = _falkor(settings)
    try:
        await store.ping()
        yield store
    finally:
        await store.close()
        if embedded is not None:
            embedded.stop()
