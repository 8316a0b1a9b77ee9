"""Timing helpers: percentiles, the statements one request sends, and their replay."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from hub.graph.store import GraphStore

Statement = tuple[str, dict[str, Any], bool]  # query, params, write


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2), "n": len(ordered)}


async def alternately(
    runs: dict[str, Callable[[], Awaitable[Any]]],
    samples: int,
    warmup: int = 2,
    budget_s: float = 120.0,
) -> dict[str, list[float]]:
    """`samples` timings of each run after `warmup` of each, taken in turn (one of each, then
    again), so that every column sees the same machine: on this VM the speed of everything
    drifts by 20-30 % over a minute, which timing one column after the other counted as a
    difference between them. Fewer samples (at least 5) if they take over `budget_s`.

    This process's own heap (the schema, the app that records statements: ~100k objects) is
    frozen while timing: otherwise a 50-80 ms full garbage collection of it landed every ~10
    replays of a page and counted as Cypher time."""
    for _ in range(warmup):
        for run in runs.values():
            await run()
    found: dict[str, list[float]] = {name: [] for name in runs}
    gc.collect()
    gc.freeze()
    try:
        until, done = time.perf_counter() + budget_s, 0
        while done < samples and (done < 5 or time.perf_counter() < until):
            for name, run in runs.items():
                start = time.perf_counter()
                await run()
                found[name].append((time.perf_counter() - start) * 1000)
            done += 1
    finally:
        gc.unfreeze()
    return found


class Recorder:
    """Records what a store sends while `recording` is on (patches the instance's `_run`)."""

    def __init__(self, store: GraphStore) -> None:
        self.store, self.recording, self.sent = store, False, list[Statement]()
        inner = store._run  # type: ignore[attr-defined]

        async def run(query: str, params: dict[str, Any], *, write: bool) -> Any:
            if self.recording:
                self.sent.append((query, dict(params), write))
            return await inner(query, params, write=write)

        store._run = run  # type: ignore[attr-defined]

    async def capture(self, work: Callable[[], Awaitable[Any]]) -> list[Statement]:
        self.sent, self.recording = [], True
        try:
            await work()
        finally:
            self.recording = False
        return self.sent


async def replay(store: GraphStore, statements: list[Statement]) -> None:
    """The same Cypher, one statement after the other, straight through the store."""
    for query, params, write in statements:
        if write:
            await store.write(query, params)
        else:
            await store.read(query, params)
