"""The embedded FalkorDB's lifecycle, against real redis-server processes."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from falkordb import FalkorDB

from hub.config import Settings
from hub.graph.connect import open_store
from hub.graph.embedded import EmbeddedError, EmbeddedFalkor
from hub.graph.store import StoreUnavailable

HUB = Path(sys.executable).parent / "hub"


def servers_for(data_dir: Path) -> list[int]:
    """Live redis-server processes serving this data directory's socket."""
    needle = str(data_dir / "falkordb.sock").encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if b"redis-server" in cmdline and needle in cmdline:
            pids.append(int(entry.name))
    return pids


def wait_gone(pid: int) -> None:
    """Until every thread of `pid` has exited (a zombie leader may outlive its threads)."""
    for _ in range(500):
        states = []
        for task in Path(f"/proc/{pid}/task").glob("*"):
            try:
                states.append((task / "stat").read_text().rpartition(")")[2].split()[0])
            except OSError:
                continue
        if all(state in ("Z", "X") for state in states):
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} did not exit")


def graph(server: EmbeddedFalkor) -> object:
    return FalkorDB(unix_socket_path=str(server.socket)).select_graph("lifecycle")


def write(server: EmbeddedFalkor, *names: str) -> None:
    g = graph(server)
    for name in names:
        g.query("CREATE (:Thing {name: $name})", {"name": name})  # type: ignore[attr-defined]


def names(server: EmbeddedFalkor) -> list[str]:
    rows = graph(server).query("MATCH (t:Thing) RETURN t.name ORDER BY t.name")  # type: ignore[attr-defined]
    return [row[0] for row in rows.result_set]


def assert_one_line(error: pytest.ExceptionInfo[EmbeddedError], *words: str) -> None:
    message = str(error.value)
    assert "\n" not in message and message.startswith("embedded FalkorDB"), message
    for word in words:
        assert word in message, message


def test_start_answers_and_stop_ends_the_server(data_dir: Path) -> None:
    server = EmbeddedFalkor(data_dir).start()
    try:
        assert server.owned
        assert servers_for(data_dir) == [server.pid]
        write(server, "a")
        assert names(server) == ["a"]
    finally:
        pid = server.pid
        server.stop()
    assert pid is not None
    wait_gone(pid)
    assert servers_for(data_dir) == []
    assert not server.owned


def test_a_second_starter_shares_the_running_server(data_dir: Path) -> None:
    first = EmbeddedFalkor(data_dir).start()
    second = EmbeddedFalkor(data_dir).start()
    try:
        assert first.owned and not second.owned
        assert second.pid == first.pid
        assert servers_for(data_dir) == [first.pid]
        second.stop()  # not the owner: the server keeps running
        write(first, "still-up")
        assert servers_for(data_dir) == [first.pid]
    finally:
        first.stop()


def test_concurrent_starters_spawn_one_server(data_dir: Path) -> None:
    starters = [EmbeddedFalkor(data_dir) for _ in range(4)]
    barrier = threading.Barrier(len(starters))

    def start(server: EmbeddedFalkor) -> None:
        barrier.wait()
        server.start()

    threads = [threading.Thread(target=start, args=(s,)) for s in starters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert sum(s.owned for s in starters) == 1
        assert {s.pid for s in starters} == set(servers_for(data_dir))
        assert len(servers_for(data_dir)) == 1
    finally:
        for s in starters:
            s.stop()


def test_starters_in_separate_processes_share_one_server(data_dir: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from hub.graph.embedded import EmbeddedFalkor;"
        "s = EmbeddedFalkor(Path(sys.argv[1])).start(); print(s.pid, s.owned, flush=True);"
        "sys.stdin.read(); s.stop()"
    )
    hubs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(data_dir)],
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    started = []
    for hub in hubs:
        assert hub.stdout is not None
        pid, owned = hub.stdout.readline().split()
        started.append((int(pid), owned == "True"))
    try:
        assert len({pid for pid, _ in started}) == 1
        assert sum(owned for _, owned in started) == 1
        assert servers_for(data_dir) == [started[0][0]]
    finally:
        for hub in sorted(hubs, key=lambda h: started[hubs.index(h)][1]):  # the owner last
            hub.communicate("")
    assert servers_for(data_dir) == []


def test_a_server_left_by_a_crashed_owner_is_adopted(data_dir: Path) -> None:
    script = (
        "import sys, time; from pathlib import Path; from hub.graph.embedded import EmbeddedFalkor;"
        "s = EmbeddedFalkor(Path(sys.argv[1])).start(); print(s.pid, flush=True); time.sleep(60)"
    )
    owner = subprocess.Popen(
        [sys.executable, "-c", script, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert owner.stdout is not None
    server_pid = int(owner.stdout.readline())
    owner.send_signal(signal.SIGKILL)  # the hub crashes; its server (own session) lives on
    owner.wait()
    assert servers_for(data_dir) == [server_pid]

    adopter = EmbeddedFalkor(data_dir).start()
    try:
        assert adopter.owned and adopter.pid == server_pid
        assert servers_for(data_dir) == [server_pid]
        write(adopter, "after-crash")
    finally:
        adopter.stop()  # the adopter owns it now: it stops it
    wait_gone(server_pid)
    assert servers_for(data_dir) == []


def test_a_killed_server_is_replaced_and_keeps_acknowledged_writes(data_dir: Path) -> None:
    owner = EmbeddedFalkor(data_dir).start()
    try:
        write(owner, *(f"n{i:03}" for i in range(200)))
        killed = owner.pid
        assert killed is not None
        os.kill(killed, signal.SIGKILL)  # no shutdown: only the append-only file is left
        wait_gone(killed)
        assert (data_dir / "falkordb.sock").exists()  # a stale socket file

        # Another hub cannot take over while the owner lives: one clear line.
        with pytest.raises(EmbeddedError) as error:
            EmbeddedFalkor(data_dir).start()
        assert_one_line(error, "does not answer", str(data_dir))

        owner.start()  # the owner replaces it
        assert owner.pid != killed and servers_for(data_dir) == [owner.pid]
        assert names(owner) == [f"n{i:03}" for i in range(200)]
    finally:
        owner.stop()


def test_the_owner_revives_a_killed_server(data_dir: Path) -> None:
    owner = EmbeddedFalkor(data_dir).start()
    sharer = EmbeddedFalkor(data_dir).start()
    try:
        write(owner, "before")
        assert not owner.revive() and not sharer.revive()  # alive: nothing to do
        killed = owner.pid
        assert killed is not None
        os.kill(killed, signal.SIGKILL)
        wait_gone(killed)
        with pytest.raises(EmbeddedError):
            sharer.revive()  # its owner lives: the sharer does not take over
        assert owner.revive()
        assert sharer.revive() and not sharer.owned  # shares the new server
        assert servers_for(data_dir) == [owner.pid] and sharer.pid == owner.pid
        assert names(owner) == ["before"]
    finally:
        sharer.stop()
        owner.stop()
    assert servers_for(data_dir) == []


async def test_a_hub_restarts_its_killed_server_and_keeps_serving(data_dir: Path) -> None:
    settings = Settings(data_dir=data_dir, graph_uri="", _env_file=None)  # type: ignore[call-arg]
    async with open_store(settings, watch_every=0.05) as store:
        await store.write("CREATE (:Thing {name: 'acknowledged'})")
        (killed,) = servers_for(data_dir)
        os.kill(killed, signal.SIGKILL)
        for _ in range(200):  # the watchdog restarts it; until then the store is unavailable
            try:
                rows = await store.read("MATCH (t:Thing) RETURN t.name AS name")
                break
            except StoreUnavailable:
                await asyncio.sleep(0.05)
        else:
            raise AssertionError("the embedded server was not restarted")
        assert rows == [{"name": "acknowledged"}]
        assert len(servers_for(data_dir)) == 1 and servers_for(data_dir) != [killed]
    assert servers_for(data_dir) == []


def test_data_survives_a_stop_and_start(data_dir: Path) -> None:
    server = EmbeddedFalkor(data_dir).start()
    write(server, "kept")
    server.stop()
    again = EmbeddedFalkor(data_dir).start()
    try:
        assert names(again) == ["kept"]
    finally:
        again.stop()


def test_a_stale_socket_file_is_replaced(data_dir: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(data_dir / "falkordb.sock"))  # the file stays; nobody listens
    server = EmbeddedFalkor(data_dir).start()
    try:
        write(server, "x")
        assert servers_for(data_dir) == [server.pid]
    finally:
        server.stop()


def test_a_socket_in_use_by_another_program_is_one_clear_error(data_dir: Path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as other:
        other.bind(str(data_dir / "falkordb.sock"))
        other.listen()
        with pytest.raises(EmbeddedError) as error:
            EmbeddedFalkor(data_dir).start()
    assert_one_line(error, "in use by another program")
    assert servers_for(data_dir) == []


def test_an_unwritable_data_dir_is_one_clear_error(data_dir: Path) -> None:
    blocker = data_dir / "a-file"
    blocker.write_text("not a directory")
    with pytest.raises(EmbeddedError) as error:
        EmbeddedFalkor(blocker / "data").start()  # root can write anywhere, but not under a file
    assert_one_line(error, "cannot write to the data directory", "HUB_DATA_DIR")


def test_a_missing_binary_is_one_clear_error(data_dir: Path) -> None:
    missing = (Path("/nonexistent/redis-server"), Path("/nonexistent/falkordb.so"))
    with pytest.raises(EmbeddedError) as error:
        EmbeddedFalkor(data_dir, binaries=missing).start()
    assert_one_line(error, "/nonexistent/redis-server is missing")
    after = EmbeddedFalkor(data_dir).start()  # the failed start released the directory
    try:
        assert after.owned
    finally:
        after.stop()


def test_a_too_long_socket_path_is_one_clear_error(data_dir: Path) -> None:
    with pytest.raises(EmbeddedError) as error:
        EmbeddedFalkor(data_dir / ("d" * 100)).start()
    assert_one_line(error, "too long")


@pytest.mark.parametrize("command", [["migrate"], ["serve"], ["keys", "list"]])
def test_the_cli_reports_an_unwritable_data_dir_in_one_line(
    data_dir: Path, command: list[str]
) -> None:
    blocker = data_dir / "a-file"
    blocker.write_text("not a directory")
    env = {**os.environ, "HUB_DATA_DIR": str(blocker / "data"), "HUB_GRAPH_URI": ""}
    done = subprocess.run([str(HUB), *command], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr + done.stdout
