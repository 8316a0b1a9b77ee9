"""What the Bolt server under test cannot do that Neo4j 5 can, declared once, each with its
reason, and detected from the server itself (a probe statement, or the agent it names).

A test that needs one is marked `@pytest.mark.needs(Gap.X)`: on a server lacking it, its Neo4j
half skips with the reason; on a real Neo4j (`HUB_TEST_NEO4J_URI`) it runs. No statement of the
hub is ever changed to suit such a server: Neo4j's manual and linter rule the Cypher."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import neo4j


class Gap(Enum):
    NESTED_MAP_PROJECTION = "a map projection inside a map literal"
    STATEMENT_TIMEOUT = "the transaction timeout"


@dataclass(frozen=True)
class Probe:
    reason: str
    #: True when the server lacks the capability.
    lacks: Callable[[neo4j.Session, str], bool]


def _nested_projection(session: neo4j.Session, agent: str) -> bool:
    row: Any = session.run("WITH {a: 1} AS r RETURN {k: 1, p: r {.*}} AS m").single()
    return bool(row is None or row["m"] != {"k": 1, "p": {"a": 1}})


PROBES: dict[Gap, Probe] = {
    Gap.NESTED_MAP_PROJECTION: Probe(
        "ArcadeDB returns `{k: 1, p: r {.*}}` as the projection alone (`{a: 1}`), losing the "
        "map's other keys: the GDPR export's relationship entries lose type and direction",
        _nested_projection,
    ),
    # Not probed by running a slow statement: a server that ignores the timeout would then
    # spend the suite's CPU on it. The agent says which server this is.
    Gap.STATEMENT_TIMEOUT: Probe(
        "ArcadeDB's Bolt ignores the transaction timeout (a 10^10-row count ran on past it)",
        lambda session, agent: "ArcadeDB" in agent,
    ),
}


def detect(uri: str, user: str, password: str, database: str | None) -> dict[Gap, str]:
    """The gaps of the server at `uri`, with their reasons."""
    with neo4j.GraphDatabase.driver(uri, auth=(user, password)) as driver:
        agent = driver.get_server_info().agent
        with driver.session(database=database) as session:
            return {
                gap: probe.reason for gap, probe in PROBES.items() if probe.lacks(session, agent)
            }
