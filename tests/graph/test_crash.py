"""Crash safety: SIGKILL the embedded database in the middle of a stream of acknowledged
mutations; after a restart every acknowledged one is there. And the API rides out a database
restart: SERVICE_UNAVAILABLE during the outage, then it reconnects by itself."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from hub.api.app import create_app
from hub.config import Settings
from hub.domain.vocabulary import Role
from hub.graph.embedded import EmbeddedFalkor
from hub.graph.falkor import FalkorStore
from hub.graph.migrate import migrate
from hub.services import api_keys
from tests.graph.test_embedded import wait_gone

CREATE = """mutation($name: String!) {
  createOrganisation(input: {kind: INCUBATOR, name: {fr: $name}}) { id } }"""
COUNT = "{ organisations(first: 1) { totalCount } }"


class Hub:
    """The API over an embedded server in a temporary directory, as `hub serve` runs it."""

    def __init__(self, data_dir: Path) -> None:
        self.server = EmbeddedFalkor(data_dir).start()
        self.store = FalkorStore.connect(
            graph="crash", backend="falkordb-embedded", unix_socket=str(self.server.socket)
        )
        settings = Settings(
            rate_limit_per_minute=0, rate_limit_anonymous_per_minute=0, _env_file=None
        )  # type: ignore[call-arg]
        transport = httpx.ASGITransport(
            app=create_app(settings, store=self.store), raise_app_exceptions=False
        )
        self.client = httpx.AsyncClient(transport=transport, base_url="http://hub.test")
        self.admin = ""

    async def post(self, query: str, variables: dict[str, Any] | None = None) -> httpx.Response:
        return await self.client.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers={"Authorization": f"Bearer {self.admin}", "Accept-Language": "en"},
        )

    def kill(self) -> None:
        pid = self.server.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)  # no shutdown: only the append-only file is left
        wait_gone(pid)


@pytest.fixture
async def hub() -> AsyncIterator[Hub]:
    data_dir = Path(tempfile.mkdtemp(prefix="hub-crash-", dir="/tmp"))
    running = Hub(data_dir)
    await migrate(running.store)
    _, running.admin = await api_keys.issue(running.store, Role.ADMIN)
    yield running
    await running.client.aclose()
    await running.store.close()
    running.server.stop()
    shutil.rmtree(data_dir, ignore_errors=True)


async def test_every_acknowledged_mutation_survives_a_sigkill(hub: Hub) -> None:
    acknowledged: list[str] = []
    failed = asyncio.Event()

    async def stream() -> None:
        for n in range(100_000):
            response = await hub.post(CREATE, {"name": f"Crash {n:05}"})
            body = response.json()
            if response.status_code != 200 or body.get("errors"):
                failed.set()
                return
            acknowledged.append(body["data"]["createOrganisation"]["id"])

    writer = asyncio.create_task(stream())
    while len(acknowledged) < 150:
        await asyncio.sleep(0.005)
    hub.kill()  # while the writer keeps sending
    await asyncio.wait_for(failed.wait(), 30)
    await writer
    hub.server.start()  # the owner replaces its dead server on the same directory
    rows = await hub.store.read("MATCH (o:Organisation) RETURN o.id AS id")
    stored = {row["id"] for row in rows}
    assert len(acknowledged) >= 150
    assert set(acknowledged) <= stored
    assert len(stored) - len(acknowledged) <= 1  # at most the one in flight, unacknowledged


async def test_the_api_survives_a_database_restart(hub: Hub) -> None:
    assert (await hub.post(COUNT)).json()["data"] == {"organisations": {"totalCount": 0}}
    hub.kill()
    for query in (COUNT, COUNT, CREATE):
        response = await hub.post(query, {"name": "During the outage"})
        assert response.status_code in (200, 503)
        body = response.json()
        assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]
        assert "unavailable" in body["errors"][0]["message"]
    health = await hub.client.get("/healthz")
    assert health.status_code == 503
    hub.server.start()  # same directory, same socket; the app is not restarted
    made = await hub.post(CREATE, {"name": "After the restart"})
    assert made.status_code == 200 and not made.json().get("errors"), made.text
    after = await hub.post(COUNT)
    assert after.json()["data"] == {"organisations": {"totalCount": 1}}
    assert (await hub.client.get("/healthz")).status_code == 200
