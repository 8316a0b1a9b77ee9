"""A large embedded graph: compaction of its append-only file, and starts that wait while the
server is still loading (real redis-server processes, no mocks)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
import redis

from hub.graph import embedded as embedded_module
from hub.graph.connect import FALKOR_GRAPH
from hub.graph.embedded import EmbeddedError, EmbeddedFalkor, _binaries
from hub.graph.falkor import FalkorStore
from tests.graph.test_embedded import assert_one_line, servers_for

#: Keys in the slow data set, and the server's pause after loading each one (key-load-delay, µs):
#: loading takes at least KEYS * DELAY = 3 s, whatever the machine's speed.
KEYS, DELAY_US = 30, 100_000


def aof(data_dir: Path) -> dict[str, int]:
    """Bytes in the append-only file's parts: its base (a snapshot) and its incremental part."""
    parts = {"base": 0, "incr": 0}
    for path in (data_dir / "appendonlydir").iterdir():
        for kind in parts:
            if f".{kind}." in path.name:
                parts[kind] += path.stat().st_size
    return parts


def store_of(server: EmbeddedFalkor) -> FalkorStore:
    return FalkorStore.connect(
        graph=FALKOR_GRAPH, backend="falkordb-embedded", unix_socket=str(server.socket)
    )


async def test_compact_empties_the_incremental_part_and_the_data_survives_a_restart(
    data_dir: Path,
) -> None:
    server = EmbeddedFalkor(data_dir).start()
    store = store_of(server)
    try:
        await store.write("UNWIND range(1, 2000) AS i CREATE (:Thing {n: i})")
        before = aof(data_dir)
        assert before["incr"] > 0  # the statement, verbatim
        await store.compact()
        after = aof(data_dir)
        assert after["incr"] == 0 and after["base"] > before["base"]
        await store.compact()  # again: nothing new, still fine
    finally:
        await store.close()
        server.stop()
    assert servers_for(data_dir) == []

    again = EmbeddedFalkor(data_dir).start()  # loads the base alone
    store = store_of(again)
    try:
        rows = await store.read("MATCH (t:Thing) RETURN count(t) AS n, sum(t.n) AS total")
        assert rows == [{"n": 2000, "total": 2000 * 2001 // 2}]
    finally:
        await store.close()
        again.stop()


def slow_loading(data_dir: Path) -> tuple[Path, tuple[Path, Path]]:
    """A data directory whose load takes >= 3 s, and the binaries to start it with: a wrapper
    that runs the real redis-server with a pause per loaded key, serving clients between keys."""
    server, module = _binaries()
    wrapper = data_dir / "redis-server"
    wrapper.write_text(
        f'#!/bin/sh\nexec {server} "$@" --key-load-delay {DELAY_US} '
        "--loading-process-events-interval-bytes 1024\n"
    )
    wrapper.chmod(0o755)
    data = data_dir / "data"
    first = EmbeddedFalkor(data).start()
    client = redis.Redis(unix_socket_path=str(first.socket))
    try:
        for i in range(KEYS):  # incompressible, so each key is more than 1 KB in the snapshot
            client.set(f"padding:{i}", os.urandom(2048))
        client.execute_command("GRAPH.QUERY", "lifecycle", "CREATE (:Thing {name: 'kept'})")
    finally:
        client.close()

    async def compact() -> None:  # the keys go into the base (the delay applies to it)
        store = store_of(first)
        await store.compact()
        await store.close()

    try:
        asyncio.run(compact())
    finally:
        first.stop()
    assert aof(data)["incr"] == 0
    return data, (wrapper, module)


def test_a_start_waits_while_the_server_reports_it_is_loading(data_dir: Path) -> None:
    data, binaries = slow_loading(data_dir)
    server = EmbeddedFalkor(data, binaries=binaries)
    # 1 s for a first answer; the load itself takes >= 3 s (it failed here before).
    server.start(wait_seconds=1.0)
    try:
        assert servers_for(data) == [server.pid] and server.owned
        client = redis.Redis(unix_socket_path=str(server.socket), decode_responses=True)
        rows = client.execute_command("GRAPH.QUERY", "lifecycle", "MATCH (t:Thing) RETURN t.name")
        assert rows[1] == [["kept"]]
        assert client.dbsize() == KEYS + 1
        client.close()
    finally:
        server.stop()
    assert servers_for(data) == []


def test_a_load_beyond_the_loading_bound_is_one_line_and_leaves_no_server(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, binaries = slow_loading(data_dir)
    monkeypatch.setattr(embedded_module, "LOADING_SECONDS", 2.0)  # the load takes >= 3 s
    server = EmbeddedFalkor(data, binaries=binaries)
    with pytest.raises(EmbeddedError) as error:
        server.start(wait_seconds=1.0)
    assert_one_line(error, "still loading its data after 2 s", str(data / "falkordb.log"))
    assert servers_for(data) == []
    assert not server.owned
