"""Due work: expiry is a real transition made by the worker, with its events; a job is claimed
under a lease, so two workers never run it at once, and a worker killed mid-job leaves the
rest to the next one, with no step done twice."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from hub.config import Settings
from hub.domain.introductions import iso
from hub.domain.jobs import Job
from hub.graph.queries import jobs as job_queries
from hub.graph.store import GraphStore
from hub.services import jobs
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
READ = "query($id: ID!) { introduction(id: $id) { state events { action fromState toState } } }"
LOG = """{ eventLog(kinds: ["introduction.expired"]) {
  edges { node { entityId actorRole actorKeyId changes { field before after } } } } }"""
EXPIRE = Job.EXPIRE_INTRODUCTIONS


async def _requests(api: Api, keys: Keys, targets: list[str]) -> tuple[str, list[str]]:
    atlas = await keys("startup", "atlas-ai")
    made = []
    for target in targets:
        ask = {
            "requesterId": "atlas-ai",
            "targetId": target,
            "purpose": "PARTNERSHIP",
            "message": "Bonjour",
            "language": "fr",
        }
        made.append((await api.data(REQUEST, {"input": ask}, key=atlas))["requestIntroduction"])
    return atlas, [m["id"] for m in made]


def _later(settings: Settings) -> datetime:
    return datetime.now(UTC) + timedelta(days=settings.introduction_expiry_days + 1)


async def test_expiry_is_a_transition_the_worker_makes_once_with_its_events(
    store: GraphStore, api: Api, keys: Keys, settings: Settings
) -> None:
    await seed(store)
    atlas, [made] = await _requests(api, keys, ["medsud"])
    assert await jobs.run_due(store, settings, "worker-a") == {EXPIRE: 0}  # not yet due
    later = _later(settings)
    assert await jobs.run_due(store, settings, "worker-a", later) == {EXPIRE: 1}
    assert await jobs.run_due(store, settings, "worker-a", later) == {EXPIRE: 0}
    stored = await store.read("MATCH (i:Introduction {id: $id}) RETURN i.state AS s", {"id": made})
    assert stored == [{"s": "expired"}]
    found = (await api.data(READ, {"id": made}, key=atlas))["introduction"]
    assert found["state"] == "EXPIRED"
    assert found["events"][-1] == {"action": "expire", "fromState": "OFFERED", "toState": "EXPIRED"}
    [event] = [e["node"] for e in (await api.data(LOG, key=atlas))["eventLog"]["edges"]]
    assert event == {
        "entityId": made,
        "actorRole": None,
        "actorKeyId": "hub-worker",
        "changes": [{"field": "state", "before": "offered", "after": "expired"}],
    }


async def test_two_workers_never_run_one_job_at_once(
    store: GraphStore, api: Api, keys: Keys, settings: Settings
) -> None:
    await seed(store)
    await _requests(api, keys, ["medsud", "rif-pay", "claire"])
    later = _later(settings)
    both = await asyncio.gather(
        jobs.run_due(store, settings, "worker-a", later),
        jobs.run_due(store, settings, "worker-b", later),
    )
    assert sorted((run[EXPIRE] for run in both), key=str) == [3, None]
    events = await store.read("MATCH (e:IntroductionEvent {action: 'expire'}) RETURN count(e) AS n")
    assert events == [{"n": 3}]


async def test_a_killed_worker_s_job_is_finished_by_the_next_with_no_step_twice(
    store: GraphStore, api: Api, keys: Keys, settings: Settings
) -> None:
    await seed(store)
    _, [old, *recent] = await _requests(api, keys, ["medsud", "rif-pay", "claire"])
    month_ago = iso(datetime.now(UTC) - timedelta(days=30))
    await store.write(
        "MATCH (i:Introduction {id: $id}) SET i.state_at = $at", {"id": old, "at": month_ago}
    )
    # A worker claims the job, expires what is due (the old request), and is killed before
    # it releases the job: its lease stays until it runs out.
    now = datetime.now(UTC)
    until = iso(now + timedelta(seconds=settings.job_lease_seconds))
    assert await job_queries.claim(store, EXPIRE.value, "killed", iso(now), until)
    assert await jobs.expire_introductions(store, settings, now) == 1
    assert await jobs.run_due(store, settings, "worker-b", now) == {EXPIRE: None}
    # Once the lease ran out, the next worker takes the job up and does only what is left.
    later = _later(settings)
    assert await jobs.run_due(store, settings, "worker-b", later) == {EXPIRE: len(recent)}
    expired = await store.read(
        "MATCH (e:IntroductionEvent {action: 'expire'})-[:OF]->(i:Introduction) "
        "RETURN i.id AS id ORDER BY id"
    )
    assert [row["id"] for row in expired] == sorted([old, *recent])
