"""Causal consistency on Neo4j: every session of a store shares the driver's bookmarks, so a
read after a write (in the same request, or by the same process) waits for that write, on a
cluster's follower as on a single server."""

from __future__ import annotations

from hub.graph.neo4j_store import Neo4jStore


async def test_a_write_leaves_a_bookmark_the_next_read_carries(
    bolt_uri: tuple[str, str, str, str],
) -> None:
    uri, user, password, database = bolt_uri
    store = Neo4jStore(uri, user=user, password=password, database=database or None)
    manager = store.driver.execute_query_bookmark_manager
    try:
        before = set(await manager.get_bookmarks())
        await store.write("CREATE (:BookmarkProbe {n: 1})")
        after = set(await manager.get_bookmarks())
        assert after and after != before  # the write's bookmark is the one reads now send
        assert await store.read("MATCH (p:BookmarkProbe) RETURN count(p) AS n") == [{"n": 1}]
    finally:
        await store.write("MATCH (p:BookmarkProbe) DELETE p")
        await store.close()
