"""Fixtures of the security tests: the demo graph, a graph digest, the API without rate limits."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.demo.load import load
from hub.graph.store import GraphStore
from tests.conftest import Api

#: Bookkeeping a request may write without changing anything a caller asked for.
BOOKKEEPING = {"last_used_at"}


async def digest(store: GraphStore) -> list[str]:
    """Every node (labels, properties) and relationship (ends, type, properties), sorted."""
    nodes = await store.read("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props")
    rels = await store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS source, type(r) AS type, b.id AS target, r {.*} AS props"
    )
    for row in nodes:
        row["labels"] = sorted(row["labels"])
        row["props"] = {k: v for k, v in row["props"].items() if k not in BOOKKEEPING}
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in [*nodes, *rels])


async def fingerprint(store: GraphStore) -> tuple[object, ...]:
    """Cheap (two aggregate rows): changes when anything is created, deleted, gains or loses a
    property, or is written by the application (which sets `updated_at` on every write)."""
    nodes = await store.read(
        "MATCH (n) RETURN count(n) AS n, sum(size(keys(n))) AS k, max(n.updated_at) AS u"
    )
    rels = await store.read(
        "MATCH ()-[r]->() RETURN count(r) AS n, sum(size(keys(r))) AS k, max(r.updated_at) AS u"
    )
    return tuple(nodes[0].values()) + tuple(rels[0].values())


async def node_ids(store: GraphStore) -> set[str]:
    return {row["id"] for row in await store.read("MATCH (n) RETURN n.id AS id")}


@pytest.fixture
async def demo(store: GraphStore) -> GraphStore:
    """The test's graph with the demo data loaded."""
    await load(store)
    return store


def unlimited() -> Settings:
    return Settings(
        report_round_trips=True,
        rate_limit_per_minute=0,
        rate_limit_anonymous_per_minute=0,
        _env_file=None,
    )  # type: ignore[call-arg]


@asynccontextmanager
async def serve(store: GraphStore, settings: Settings | None = None) -> AsyncIterator[Api]:
    app = create_app(settings or unlimited(), store=store)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://hub.test") as client:
        yield Api(client)


#: In an error, these would show a stack trace, a source path or Cypher; no injection string
#: used by these tests contains any of them.
LEAKS = (
    "Traceback",
    'File "',
    ".py",
    "/work/",
    "errCtx",
    "errMsg",
    "Invalid input",
    "{.",
    "WHERE ",
    "UNWIND",
    "RETURN k",
    "line:",
    "redis",
    "falkordb",
)


def leaks(text: str) -> list[str]:
    return [leak for leak in LEAKS if leak in text]
