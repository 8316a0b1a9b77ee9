"""The due work a worker runs: each job claimed under a lease (hub.domain.jobs), its steps
guarded writes, so several workers never do one job at once, and a job cut short by a kill
is finished later without doing any step twice."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from hub.config import Settings
from hub.domain import introductions as intro
from hub.domain.introductions import Action, State
from hub.domain.jobs import WORKER, Job, lease_end
from hub.graph.queries import introductions as introduction_queries
from hub.graph.queries import jobs as queries
from hub.graph.store import GraphStore
from hub.services.introductions import changes_for, event_for, logged

log = logging.getLogger("hub.worker")

#: Introductions expired per read; a job reads again until none is left.
BATCH = 200


async def expire_introductions(store: GraphStore, settings: Settings, now: datetime) -> int:
    """Requests nobody answered in time become EXPIRED, each with its events; how many."""
    cutoff = intro.expiry_cutoff(now, settings.introduction_expiry_days)
    at, done = intro.iso(now), 0
    while rows := await introduction_queries.expiring(store, cutoff, BATCH):
        for row in rows:
            state = State(row["state"])
            changes = changes_for(Action.EXPIRE, State.EXPIRED, at, None)
            event = event_for(WORKER, row["id"], Action.EXPIRE, state, State.EXPIRED, at, None)
            record = logged(WORKER, row["id"], Action.EXPIRE, state, State.EXPIRED, at, None)
            args = (row["id"], state.value, cutoff, changes, event, record)
            done += await introduction_queries.expire(store, *args)
        if len(rows) < BATCH:
            break
    return done


Work = Callable[[GraphStore, Settings, datetime], Awaitable[int]]
JOBS: dict[Job, Work] = {Job.EXPIRE_INTRODUCTIONS: expire_introductions}


async def run_due(
    store: GraphStore, settings: Settings, owner: str, now: datetime | None = None
) -> dict[Job, int | None]:
    """Every job `owner` can claim, run once: what each did (None: another worker holds it)."""
    now = now or datetime.now(UTC)
    done: dict[Job, int | None] = {}
    for job, work in JOBS.items():
        until = lease_end(now, settings.job_lease_seconds)
        if not await queries.claim(store, job.value, owner, intro.iso(now), until):
            done[job] = None
            continue
        done[job] = await work(store, settings, now)
        await queries.release(store, job.value, owner, intro.iso(datetime.now(UTC)))
    return done


async def work(store: GraphStore, settings: Settings, owner: str, stop: asyncio.Event) -> None:
    """Run due jobs every `worker_interval_seconds` until `stop` is set."""
    while not stop.is_set():
        try:
            done = await run_due(store, settings, owner)
            log.info("due work: %s", {job.value: n for job, n in done.items()})
        except Exception:  # a failed run is retried at the next tick; its lease runs out
            log.exception("due work failed")
        try:
            await asyncio.wait_for(stop.wait(), timeout=settings.worker_interval_seconds)
        except TimeoutError:
            continue
