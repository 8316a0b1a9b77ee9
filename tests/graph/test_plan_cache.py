"""The embedded FalkorDB keeps the hub's execution plans (CACHE_SIZE), and survives a churn of
many distinct statements from concurrent clients, reads and writes mixed, with every
acknowledged write kept (FalkorDB 4.16.3 once crashed evicting a plan under such load)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from falkordb import FalkorDB

from hub.config import Settings
from hub.graph.connect import open_store
from hub.graph.embedded import PLAN_CACHE
from tests.graph.test_embedded import servers_for

CLIENTS = 8
STATEMENTS = 400  # per client: 3,200 distinct statements, far more than a thread's plan cache


def test_the_plan_cache_holds_the_hubs_statements(data_dir: Path) -> None:
    async def main() -> None:
        async with open_store(Settings(data_dir=data_dir, _env_file=None)):  # type: ignore[call-arg]
            (pid,) = servers_for(data_dir)
            client = FalkorDB(unix_socket_path=str(data_dir / "falkordb.sock"))
            found = client.connection.execute_command("GRAPH.CONFIG", "GET", "CACHE_SIZE")
            assert found[1] == PLAN_CACHE >= 1000
            assert servers_for(data_dir) == [pid]

    asyncio.run(main())


def test_a_churn_of_distinct_statements_crashes_nothing_and_loses_nothing(data_dir: Path) -> None:
    """Straight through FalkorDB's own client, from threads (the hub's store would record each
    statement for the Neo4j lint gate, which is about the hub's statements, not these)."""

    async def main() -> None:
        settings = Settings(data_dir=data_dir, _env_file=None)  # type: ignore[call-arg]
        async with open_store(settings):
            (pid,) = servers_for(data_dir)
            socket = str(data_dir / "falkordb.sock")
            FalkorDB(unix_socket_path=socket).select_graph("churn").query(
                "CREATE (:Counter {id: 'c', n: 0})"
            )

            def churn(client: int) -> int:
                graph = FalkorDB(unix_socket_path=socket).select_graph("churn")
                writes = 0
                for i in range(STATEMENTS):
                    mark = client * STATEMENTS + i  # a literal: each statement is new text
                    if i % 4 == 0:
                        graph.query(
                            f"MATCH (c:Counter {{id: 'c'}}) SET c.n = c.n + 1 RETURN {mark}"
                        )
                        writes += 1
                    else:
                        found = graph.ro_query(
                            f"MATCH (c:Counter {{id: $id}}) WHERE c.n >= 0 RETURN {mark}",
                            {"id": "c"},
                        )
                        assert found.result_set == [[mark]]
                return writes

            with ThreadPoolExecutor(CLIENTS) as pool:
                done = sum(pool.map(churn, range(CLIENTS)))
            graph = FalkorDB(unix_socket_path=socket).select_graph("churn")
            total = graph.ro_query("MATCH (c:Counter {id: 'c'}) RETURN c.n").result_set
            assert total == [[done]] and done == CLIENTS * STATEMENTS // 4
            assert servers_for(data_dir) == [pid]  # the same server throughout

    asyncio.run(main())
