"""`python -m bench [--startups N] [--bolt]`: an embedded FalkorDB in a temporary directory,
`hub synth`, then GraphQL read latencies over HTTP next to the same Cypher, round trips, a
32-client load from a second process, and bulk import rates. With `--bolt`, the same again on
the Neo4j driver's path, against ArcadeDB's Bolt server (tests/bolt_server.py: its numbers are
ArcadeDB's, not Neo4j's), and the two side by side. Prints tables, writes
bench/results/latest.json."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr
from rich.console import Console

from bench import bulk
from bench.client import Client
from bench.measure import Recorder, alternately, percentiles, replay
from bench.operations import operations
from bench.report import show
from hub.api.core import nodelay
from hub.config import Settings
from hub.domain.vocabulary import Role
from hub.graph.connect import open_store
from hub.graph.migrate import migrate
from hub.graph.store import GraphStore
from hub.services import api_keys
from hub.synth.load import synthesize
from hub.synth.profiles import Sizes
from tests import bolt_server
from tests.bolt_server import free_port

RESULTS = Path(__file__).with_name("results")
console = Console()


def serve(backend: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    """The API in its own processes, on the backend `backend` names (HUB_* variables)."""
    env = {
        **os.environ,
        **backend,
        "HUB_REPORT_ROUND_TRIPS": "true",
        "HUB_RATE_LIMIT_PER_MINUTE": "0",
        "HUB_RATE_LIMIT_ANONYMOUS_PER_MINUTE": "0",
    }
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "hub.api.app:create_app",
        "--factory",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--http",
        nodelay.PROTOCOL,
        "--loop",
        "auto",
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    server = subprocess.Popen(command, env=env)
    for _ in range(300):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the API did not start")


async def measure(
    store: GraphStore,
    http: Client,
    inproc: httpx.AsyncClient,
    recorder: Recorder,
    requests: list[tuple[str, dict[str, Any]]],
    samples: int,
) -> dict[str, Any]:
    """One operation: over HTTP (uvicorn), then the statements it sent, replayed directly."""
    statements = []
    for query, variables in requests:
        body = {"query": query, "variables": variables}

        async def one(body: dict[str, Any] = body) -> None:
            response = (await inproc.post("/graphql", json=body)).json()
            assert not response.get("errors"), response["errors"]

        statements.append(await recorder.capture(one))
    trips: set[int] = set()
    # Each column goes round the same requests in the same order.
    asked, replayed = iter(range(10**9)), iter(range(10**9))

    async def over_http() -> None:
        query, variables = requests[next(asked) % len(requests)]
        body = {"query": query, "variables": variables}
        _, response = await http.post("/graphql", body)
        assert not response.get("errors"), response["errors"]
        trips.add(int(response["extensions"]["dbRoundTrips"]))

    async def direct() -> None:
        await replay(store, statements[next(replayed) % len(statements)])

    timings = await alternately({"graphql": over_http, "cypher": direct}, samples)
    api, cypher = percentiles(timings["graphql"]), percentiles(timings["cypher"])
    # The target is on p95; p50 says whether a p95 ratio came from one column's tail.
    ratios = {f"ratio_{p}": round(api[p] / max(cypher[p], 0.01), 2) for p in ("p50", "p95")}
    return {
        "graphql": api,
        "cypher": cypher,
        "round_trips": sorted(trips),
        "statements": sorted({len(s) for s in statements}),
        **ratios,
    }


async def reads(
    store: GraphStore, port: int, key: str, sizes: Sizes, samples: int
) -> dict[str, Any]:
    from hub.api.app import create_app

    recorder, found = Recorder(store), {}
    local = create_app(Settings(report_round_trips=True, rate_limit_per_minute=0), store=store)
    headers = {"Authorization": f"Bearer {key}"}
    transport = httpx.ASGITransport(app=local)
    async with (
        Client("127.0.0.1", port, headers) as http,
        httpx.AsyncClient(transport=transport, base_url="http://b", headers=headers) as inproc,
    ):
        for name, requests in operations(sizes).items():
            try:
                found[name] = await measure(store, http, inproc, recorder, requests, samples)
            except AssertionError as exc:  # a GraphQL error (e.g. the statement timeout)
                found[name] = {"error": str(exc)[:300]}
            console.print(f"  {name}: {found[name]}")
    return found


def load(url: str, key: str, sizes: Sizes, concurrency: int, seconds: float) -> dict[str, Any]:
    ops = operations(sizes)
    requests = [*ops["startup detail"], *ops["startups page (50)"]]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(
            {"key": key, "concurrency": concurrency, "seconds": seconds, "requests": requests}, f
        )
    out = subprocess.run(
        [sys.executable, "-m", "bench.load", url, f.name],
        check=True,
        capture_output=True,
        text=True,
    )
    os.unlink(f.name)
    result: dict[str, Any] = json.loads(out.stdout)
    result["mix"] = "startup detail and startups page, round-robin"
    return result


async def on_backend(
    settings: Settings, backend: dict[str, str], args: argparse.Namespace
) -> dict[str, Any]:
    """Every measure on one backend: `settings` for this process, `backend` for the API's."""
    sizes, results = Sizes(args.startups), {}
    async with open_store(settings) as store:
        await store.clear()  # a Bolt database is kept between runs
        await migrate(store)
        results["server"] = await store.server()
        start = time.perf_counter()
        counts = await synthesize(store, args.startups, seed=args.seed)
        elapsed = time.perf_counter() - start
        written = sum(counts.values())
        results["synth"] = {
            "seconds": round(elapsed, 1),
            "counts": counts,
            "rows_per_s": round(written / elapsed),
        }
        console.print(f"synth: {results['synth']}")
        _, key = await api_keys.issue(store, Role.ADMIN, None, "bench")
        port = free_port()
        server = serve(backend, port, args.workers)
        try:
            url = f"http://127.0.0.1:{port}"
            results["reads"] = await reads(store, port, key, sizes, args.samples)
            loaded = load(url, key, sizes, args.concurrency, args.seconds)
            results["load"] = {"workers": args.workers, "concurrency": args.concurrency, **loaded}
        finally:
            server.terminate()
            server.wait(30)
        # Last: its rows are alike (two sectors, two targets), and their niches would skew
        # the reads measured on the synthetic network.
        n = args.import_rows
        raw = await bulk.raw(store, n, sizes)
        created, unchanged = await bulk.imported(store, n, sizes)
        results["bulk_import"] = {
            "rows": n,
            "raw_rows_per_s": round(raw),
            "import_rows_per_s": round(created),
            "reimport_unchanged_rows_per_s": round(unchanged),
            "ratio": round(created / raw, 2),
        }
        console.print(f"bulk import: {results['bulk_import']}")
    return results


async def main(args: argparse.Namespace) -> dict[str, Any]:
    results: dict[str, Any] = {
        "startups": args.startups,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    with tempfile.TemporaryDirectory(prefix="hub-bench-") as tmp:
        embedded = {"HUB_DATA_DIR": tmp, "HUB_GRAPH_URI": ""}
        settings = Settings(data_dir=Path(tmp), graph_uri="", report_round_trips=True)
        results |= await on_backend(settings, embedded, args)
        if args.bolt:
            root = Path(tmp) / "bolt"
            root.mkdir()
            with bolt_server.running(root) as bolt:
                backend = {
                    "HUB_GRAPH_URI": bolt.uri,
                    "HUB_GRAPH_USER": bolt.user,
                    "HUB_GRAPH_PASSWORD": bolt.password,
                    "HUB_GRAPH_DATABASE": bolt.database,
                }
                settings = Settings(
                    graph_uri=bolt.uri,
                    graph_user=bolt.user,
                    graph_password=SecretStr(bolt.password),
                    graph_database=bolt.database,
                    report_round_trips=True,
                )
                results["bolt"] = await on_backend(settings, backend, args)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--startups", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--import-rows", type=int, default=5_000)
    parser.add_argument("--samples", type=int, default=40, help="Timed requests per operation.")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes.")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=15.0, help="Load duration.")
    parser.add_argument("--out", type=Path, default=RESULTS / "latest.json", help="JSON file.")
    parser.add_argument(
        "--bolt",
        action="store_true",
        help="Also through the Neo4j driver, on ArcadeDB's Bolt server.",
    )
    arguments = parser.parse_args()
    found = asyncio.run(main(arguments))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    show(console, found)
