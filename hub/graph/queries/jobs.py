"""Jobs and their leases in the graph: `(:Job {id, owner, lease_until, last_run_at})`."""

from __future__ import annotations

from hub.graph.queries.locks import write_lock
from hub.graph.store import GraphStore


async def claim(store: GraphStore, job: str, owner: str, now: str, until: str) -> bool:
    """Whether `owner` now holds the job until `until`: only if no other lease is live. The
    write lock comes before the lease is read, so of two workers only one gets it (Neo4j)."""
    rows = await store.write(
        "MERGE (j:Job {id: $job}) ON CREATE SET j.created_at = $now "
        f"WITH j {write_lock('j')}"
        "WITH j WHERE j.lease_until IS NULL OR j.lease_until <= $now OR j.owner = $owner "
        "SET j.owner = $owner, j.lease_until = $until, j.updated_at = $now "
        "RETURN j.id AS job",
        {"job": job, "owner": owner, "now": now, "until": until},
    )
    return bool(rows)


async def release(store: GraphStore, job: str, owner: str, now: str) -> None:
    """The job is free again (if `owner` still holds it), and was last run now."""
    await store.write(
        "MATCH (j:Job {id: $job}) WHERE j.owner = $owner "
        "SET j.lease_until = null, j.owner = null, j.last_run_at = $now, j.updated_at = $now",
        {"job": job, "owner": owner, "now": now},
    )
