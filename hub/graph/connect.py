"""Open the store the settings ask for: embedded FalkorDB (default), FalkorDB or Neo4j."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any
from urllib.parse import urlparse

from redis.exceptions import RedisError

from hub.config import Settings
from hub.graph.embedded import EmbeddedError, EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.store import GraphStore, StoreError, StoreUnavailable

FALKOR_GRAPH = "passerelle"
log = logging.getLogger("hub.graph")


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
            graph=graph,
            backend="falkordb",
            unix_socket=url.path,
            password=password,
            timeout_ms=settings.statement_timeout_ms,
        )
    return _connect_falkor(
        graph=graph,
        backend="falkordb",
        host=url.hostname or "localhost",
        port=url.port or 6379,
        password=password,
        timeout_ms=settings.statement_timeout_ms,
    )


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


def _revive(embedded: EmbeddedFalkor) -> None:
    """Restart the embedded server if it died (killed, out of memory): AOF keeps its data."""
    try:
        if embedded.revive():
            log.warning("embedded FalkorDB had stopped; restarted it (pid %s)", embedded.pid)
    except EmbeddedError as exc:
        log.error("%s", exc)  # tried again at the next tick
    except Exception:
        log.exception("embedded FalkorDB watchdog")


async def _watch(embedded: EmbeddedFalkor, every: float) -> None:
    while True:
        await asyncio.sleep(every)
        await asyncio.to_thread(_revive, embedded)


@asynccontextmanager
async def open_store(settings: Settings, watch_every: float = 1.0) -> AsyncIterator[GraphStore]:
    """The store, pinged; the embedded server (if this hub started it) stops on the way out."""
    embedded: EmbeddedFalkor | None = None
    watchdog: asyncio.Task[None] | None = None
    if settings.backend == "falkordb-embedded":
        embedded = EmbeddedFalkor(settings.data_dir).start()
    try:
        store = _store(settings, embedded)
        try:
            await store.ping()
            if embedded is not None:
                watchdog = asyncio.create_task(_watch(embedded, watch_every))
            yield store
        finally:
            if watchdog is not None:
                watchdog.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watchdog
            with contextlib.suppress(StoreError, RedisError, OSError):
                await store.close()
    finally:
        if embedded is not None:
            embedded.stop()


@contextmanager
def embedded_owner(settings: Settings, watch_every: float = 1.0) -> Iterator[EmbeddedFalkor | None]:
    """For a process that supervises others (`hub serve --workers N`): start the embedded server
    and own it for the block, restart it if it dies, stop it on the way out. Processes started
    inside the block (workers, commands) share it. None (nothing to do) for another backend."""
    if settings.backend != "falkordb-embedded":
        yield None
        return
    embedded = EmbeddedFalkor(settings.data_dir).start()
    stopping = threading.Event()

    def watch() -> None:
        while not stopping.wait(watch_every):
            _revive(embedded)

    watchdog = threading.Thread(target=watch, name="embedded-falkordb-watchdog", daemon=True)
    watchdog.start()
    try:
        yield embedded
    finally:
        stopping.set()
        watchdog.join()
        embedded.stop()
