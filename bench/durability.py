"""What the embedded database's append-only fsync policy costs, and what it keeps after SIGKILL.

    python -m bench.durability [--writes 2000] [--batches 10] [--batch-size 5000]

For each `appendfsync` policy: sequential single-node writes a second (each acknowledged before
the next is sent, as API mutations are), batched rows a second (`UNWIND $rows CREATE`), and how
many of 1,000 acknowledged writes survive a SIGKILL of the server. Results: docs/security.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

from hub.graph.embedded import EmbeddedFalkor, _alive
from hub.graph.falkor import FalkorStore

POLICIES = ("no", "everysec", "always")


def _store(server: EmbeddedFalkor) -> FalkorStore:
    return FalkorStore.connect(
        graph="bench", backend="falkordb-embedded", unix_socket=str(server.socket)
    )


async def measure(policy: str, writes: int, batches: int, batch_size: int) -> dict[str, float]:
    data_dir = Path(tempfile.mkdtemp(prefix="hub-dur-", dir="/tmp"))
    server = EmbeddedFalkor(data_dir, fsync=policy).start()
    store = _store(server)
    try:
        await store.write("CREATE INDEX FOR (t:Thing) ON (t.i)")
        started = time.perf_counter()
        for i in range(writes):
            await store.write(
                "CREATE (t:Thing) SET t.i = $i, t.name = $name", {"i": i, "name": f"thing {i}"}
            )
        sequential = writes / (time.perf_counter() - started)

        started = time.perf_counter()
        for b in range(batches):
            rows = [{"i": b * batch_size + i, "name": f"row {i}"} for i in range(batch_size)]
            await store.write("UNWIND $rows AS r CREATE (t:Row) SET t = r", {"rows": rows})
        batched = batches * batch_size / (time.perf_counter() - started)

        await store.write("MATCH (t:Thing) DETACH DELETE t")
        for i in range(1000):
            await store.write("CREATE (t:Thing) SET t.i = $i", {"i": i})
        assert server.pid is not None
        killed = server.pid
        os.kill(killed, signal.SIGKILL)
        while _alive(killed):
            await asyncio.sleep(0.01)
        await store.close()
        server.start()
        store = _store(server)
        rows = await store.read("MATCH (t:Thing) RETURN count(t) AS n")
        return {"sequential": sequential, "batched": batched, "survived": rows[0]["n"]}
    finally:
        await store.close()
        server.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


async def main(writes: int, batches: int, batch_size: int, runs: int) -> None:
    print(f"{writes} sequential writes, {batches} x {batch_size} batched rows, best of {runs}")
    print("| appendfsync | sequential writes/s | batched rows/s | survived SIGKILL (of 1000) |")
    print("|---|---|---|---|")
    for policy in POLICIES:
        results = [await measure(policy, writes, batches, batch_size) for _ in range(runs)]
        best = {k: max(r[k] for r in results) for k in ("sequential", "batched")}
        survived = min(r["survived"] for r in results)
        print(f"| {policy} | {best['sequential']:,.0f} | {best['batched']:,.0f} | {survived:.0f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=2000)
    parser.add_argument("--batches", type=int, default=10)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    asyncio.run(main(options.writes, options.batches, options.batch_size, options.runs))
