"""The embedded FalkorDB keeps the hub's execution plans (CACHE_SIZE), and survives a churn of
many distinct statements from concurrent clients, reads and writes mixed, with every
acknowledged write kept (FalkorDB 4.16.3 once crashed evicting a plan under such load)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from falkordb import FalkorDB

from hub.config import Settings
from hub.graph.connect import open_store
from hub.graph.embedded import PLAN_CACHE
from tests.graph.test_embedded import servers_for

CLIENTS = 8
STATEMENTS = 400  # per client: 3,200 distinct statements, far more than a thread's plan cache


@pytest.fixture
def hub_dir() -> Iterator[Path]:
    """A short path (unix socket paths are limited); a server left on it is killed after."""
    path = Path(tempfile.mkdtemp(prefix="hub-plan-", dir="/tmp"))
    yield path
    for pid in servers_for(path):
        os.kill(pid, signal.SIGKILL)
    shutil.rmtree(path, ignore_errors=True)


def test_the_plan_cache_holds_the_hubs_statements(hub_dir: Path) -> None:
    async def main() -> None:
        async with open_store(Settings(data_dir=hub_dir, _env_file=None)):  # type: ignore[call-arg]
            (pid,) = servers_for(hub_dir)
            client = FalkorDB(unix_socket_path=str(hub_dir / "falkordb.sock"))
            found = client.connection.execute_command("GRAPH.CONFIG", "GET", "CACHE_SIZE")
            assert found[1] == PLAN_CACHE >= 1000
            assert servers_for(hub_dir) == [pid]

    asyncio.run(main())


def test_a_churn_of_distinct_statements_crashes_nothing_and_loses_nothing(hub_dir: Path) -> None:
    async def main() -> None:
        settings = Settings(data_dir=hub_dir, _env_file=None)  # type: ignore[call-arg]
        async with open_store(settings) as store:
            await store.write("CREATE (:Counter {id: 'c', n: 0})")
            (pid,) = servers_for(hub_dir)

            async def churn(client: int) -> int:
                writes = 0
                for i in range(STATEMENTS):
                    mark = client * STATEMENTS + i  # a literal: each statement is new text
                    if i % 4 == 0:
                        await store.write(
                            f"MATCH (c:Counter {{id: 'c'}}) SET c.n = c.n + 1 RETURN {mark} AS m"
                        )
                        writes += 1
                    else:
                        rows = await store.read(
                            f"MATCH (c:Counter {{id: $id}}) WHERE c.n >= 0 RETURN {mark} AS m",
                            {"id": "c"},
                        )
                        assert rows == [{"m": mark}]
                return writes

            done = sum(await asyncio.gather(*(churn(c) for c in range(CLIENTS))))
            rows = await store.read("MATCH (c:Counter {id: 'c'}) RETURN c.n AS n")
            assert rows[0]["n"] == done == CLIENTS * STATEMENTS // 4
            assert servers_for(hub_dir) == [pid]  # the same server throughout

    asyncio.run(main())
