"""API keys in the graph: `(:ApiKey)-[:BELONGS_TO]->(:Organisation|Mentor|Startup)`. Issuing
and revoking one is logged (its owner's keys read it; an admin key's, admins only)."""

from hub.graph.queries import event_log
from hub.graph.store import GraphStore, Row

_OWNER = "[(k)-[:BELONGS_TO]->(ow) | ow]"

OWNER_LABEL = {"partner": "Organisation", "mentor": "Mentor", "startup": "Startup"}


async def create(store: GraphStore, props: Row, owner_id: str | None, logged: Row) -> Row | None:
    """The key, or None when the owner entity (of the label its role needs) does not exist."""
    if owner_id is None:
        rows = await store.write(
            "CREATE (k:ApiKey) SET k = $props "
            + event_log.recording("k", "k", "[]")
            + "RETURN k {.id, .role, .created_at, .expires_at} AS key",
            {"props": props, **event_log.params(logged)},
        )
        key: Row = rows[0]["key"]
        return key
    label = OWNER_LABEL[props["role"]]
    rows = await store.write(
        f"MATCH (o:{label} {{id: $owner}}) "
        "CREATE (k:ApiKey)-[:BELONGS_TO]->(o) SET k = $props "
        + event_log.recording("k", "k", _OWNER)
        + "RETURN k {.id, .role, .created_at, .expires_at} AS key",
        {"props": {**props, "entity_id": owner_id}, "owner": owner_id, **event_log.params(logged)},
    )
    return rows[0]["key"] if rows else None


async def use(store: GraphStore, key_id: str, token_hash: str, now: str, stale: str) -> Row | None:
    """The active key with this id and hash, or None; one statement that also records the use.

    `last_used_at` is set only when it (or, before any, `created_at`) is older than `stale` and
    the key has not expired, so most lookups write nothing (FalkorDB then logs nothing to the
    append-only file). Uses in the first minute of a key's life are not recorded.
    """
    rows = await store.write(
        "MATCH (k:ApiKey {id: $id}) WHERE k.revoked_at IS NULL AND k.hash = $hash "
        "WITH k, coalesce(k.last_used_at, k.created_at) < $stale "
        "AND (k.expires_at IS NULL OR k.expires_at > $now) AS touch "
        "FOREACH (_ IN CASE WHEN touch THEN [1] ELSE [] END | SET k.last_used_at = $now) "
        "RETURN k {.id, .role, .hash, .entity_id, .expires_at, .last_used_at} AS key",
        {"id": key_id, "hash": token_hash, "now": now, "stale": stale},
    )
    return rows[0]["key"] if rows else None


async def revoke(store: GraphStore, key_id: str, at: str, logged: Row) -> bool:
    rows = await store.write(
        "MATCH (k:ApiKey {id: $id}) WHERE k.revoked_at IS NULL "
        "SET k.revoked_at = $at " + event_log.recording("k", "k", _OWNER) + "RETURN k.id AS id",
        {"id": key_id, "at": at, **event_log.params(logged)},
    )
    return bool(rows)


async def list_all(store: GraphStore) -> list[Row]:
    rows = await store.read(
        "MATCH (k:ApiKey) "
        "RETURN k {.id, .role, .entity_id, .label, .created_at, .revoked_at, .expires_at, "
        ".last_used_at} AS key "
        "ORDER BY key.created_at"
    )
    return [row["key"] for row in rows]
