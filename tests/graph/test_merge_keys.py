"""Every key a statement MERGEs a node on is unique in the graph's schema: on Neo4j, where
transactions run concurrently, two MERGEs of the same key would otherwise both create it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hub.graph.migrate import migrate
from hub.graph.model import ENTITY, LABELS, UNIQUE, Unique
from hub.graph.neo4j_store import Neo4jStore
from hub.graph.queries import bulk
from hub.graph.store import GraphStore, UniqueViolation

QUERIES = Path(bulk.__file__).parent
#: `MERGE (n:Label:Other {key: …` as written in a statement (relationship MERGEs have no label).
NODE_MERGE = re.compile(r"MERGE \(\w*((?::\w+)+) \{(\w+):")


def merge_keys() -> set[tuple[tuple[str, ...], str]]:
    statements = [bulk.node_statement(label) for label in (*LABELS, *bulk.PRIVATE_LABELS)]
    statements += [path.read_text() for path in QUERIES.glob("*.py")]
    return {
        (tuple(labels.strip(":").split(":")), key)
        for text in statements
        for labels, key in NODE_MERGE.findall(text)
        if "{" not in labels
    }


def test_every_merge_key_is_unique_in_the_schema() -> None:
    keys = merge_keys()
    assert (("IntroductionEvent",), "id") in keys and (("Niche",), "id") in keys  # found
    missing = [
        (labels, key)
        for labels, key in keys
        if not any(Unique(label, key) in UNIQUE for label in labels)
    ]
    assert missing == []
    assert (("Entity", "Startup"), "id") in keys and Unique(ENTITY, "id") in UNIQUE


async def test_a_duplicate_event_id_is_refused_after_migrating_from_the_old_index(
    store: GraphStore,
) -> None:
    if isinstance(store, Neo4jStore):
        # A database migrated before the id became unique had a plain index on it.
        await store.write_ddl("DROP CONSTRAINT introductionevent_id_unique IF EXISTS")
        await store.write_ddl(
            "CREATE INDEX introductionevent_id IF NOT EXISTS FOR (n:IntroductionEvent) ON (n.id)"
        )
        await migrate(store)
    await store.write("CREATE (:IntroductionEvent {id: 'e-1', seq: 1})")
    with pytest.raises(UniqueViolation):
        await store.write("CREATE (:IntroductionEvent {id: 'e-1', seq: 2})")
