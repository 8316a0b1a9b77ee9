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
    return {"p50": round(statistics.median(ordered), 2), "p95": round(p95, 2),
            "n": len(ordered)}  # fmt: skip


async def timed(
    run: Callable[[], Awaitable[Any]], samples: int, warmup: int = 2, budget_s: float = 60.0
) -> list[float]:
    """`samples` timings after `warmup` runs; fewer (at least 5) if they take over `budget_s`.

    This process's own heap (the schema, the app that records statements: ~100k objects) is
    frozen while timing: otherwise a 50-80 ms full garbage collection of it landed every ~10
    replays of a page and counted as Cypher time."""
    for _ in range(warmup):
        await run()
    found: list[float] = []
    gc.collect()
    gc.freeze()
    try:
        until = time.perf_counter() + budget_s
        while len(found) < samples and (len(found) < 5 or time.perf_counter() < until):
            start = time.perf_counter()
            await run()
            found.append((time.perf_counter() - start) * 1000)
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
