"""What runs on an embedded FalkorDB's socket: which process answers for which data directory,
whether it is still loading, whether a pid is alive, and stopping one that is not our child."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry


def _probe(socket: Path) -> redis.Redis:
    """A one-shot client that gives up at once: a probe must not wait on a hung server."""
    return redis.Redis(
        unix_socket_path=str(socket),
        socket_timeout=0.5,
        socket_connect_timeout=0.5,
        retry=Retry(NoBackoff(), 0),
    )


def server_pid(socket: Path, data_dir: Path) -> int | None:
    """The pid of the FalkorDB server answering on `socket` for `data_dir`, or None."""
    client = _probe(socket)
    try:
        info = client.info("server")
        modules = client.module_list()
        directory = client.config_get("dir").get("dir")
    except (redis.RedisError, OSError):
        return None
    finally:
        client.close()
    names = {m.get(b"name", m.get("name")) for m in modules}
    if not names & {b"graph", "graph"} or directory is None:
        return None
    if os.path.realpath(str(directory)) != os.path.realpath(data_dir):
        return None
    return int(info["process_id"])


def is_loading(socket: Path, pid: int) -> bool | None:
    """Whether the server `pid` on `socket` is still loading its data (queries fail until it
    has loaded); None if it does not answer (or another process does)."""
    client = _probe(socket)
    try:
        info = client.info("server", "persistence")
    except (redis.RedisError, OSError):
        return None
    finally:
        client.close()
    if int(info.get("process_id", 0)) != pid:
        return None
    return int(info.get("loading", 1)) != 0


def is_server_of(pid: int, socket: Path) -> bool:
    """Whether `pid` is a live redis-server started for `socket` (not a reused pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return alive(pid)  # no /proc (macOS): trust the pid if the process exists
    return b"redis-server" in cmdline and str(socket).encode() in cmdline and alive(pid)


def alive(pid: int) -> bool:
    """Whether any thread of `pid` still runs (a zombie leader may still hold the socket)."""
    if not Path("/proc/self").exists():
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return False
    for task in tasks:
        try:
            state = (task / "stat").read_text().rpartition(")")[2].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            return True
    return False


def terminate(pid: int, timeout: float) -> None:
    """SIGTERM, then SIGKILL after `timeout`, a server that is not our child."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while alive(pid):
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                break
            time.sleep(0.02)
