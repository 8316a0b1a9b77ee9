"""What suggestions and warm paths read: party profiles for matching, trusted paths.

Each pattern comprehension names its variables uniquely (a FalkorDB 4.16 trap, see
`introductions.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hub.domain.introductions import OPEN, WAITING
from hub.graph.queries.visibility import visible
from hub.graph.store import GraphStore, Row

PARTY = "(p:Startup OR p:Mentor OR p:Organisation)"
_LIVE = "(({v}.state IN $waiting AND {v}.state_at >= $cutoff) OR {v}.state IN $settled_open)"
_PROFILE = (
    "OPTIONAL MATCH (p)-[:LOCATED_IN]->(c:City)-[:IN_COUNTRY]->(k:Country) "
    "WITH p, c, k "
    "RETURN p.id AS id, labels(p) AS labels, p.kind AS org_kind, k.region AS region, "
    "c.id AS city, k.id AS country, p.languages AS languages, p.offers AS offers, "
    "p.capacity AS capacity, "
    "[(p)-[:IN_SECTOR]->(s1:Sector) | s1.id] + [(p)-[:EXPERT_IN]->(s2:Sector) | s2.id] "
    "AS sectors, "
    "[(p)-[:TARGETS]->(t1:Entity) | t1.id] AS targets, "
    "[(p)-[:IN_PROGRAMME]->(g1:Programme) | g1.id] + [(p)<-[:RUN_BY]-(g2:Programme) | g2.id] "
    "AS programmes, "
    "[(p)-[:HOSTED_BY]->(o1:Organisation) | o1.id] "
    "+ [(p)-[:AFFILIATED_WITH]->(o2:Organisation) | o2.id] AS orgs, "
    "size([(p)-[:MENTORS]->(m1:Startup) | m1]) AS mentees, "
    "size([(p)<-[:TARGETS_PARTY]-(w1:Introduction) "
    "WHERE w1.state = 'concluded' AND w1.outcome <> 'no_follow_up' | w1]) "
    "+ size([(p)<-[:REQUESTED_BY]-(w2:Introduction) "
    "WHERE w2.state = 'concluded' AND w2.outcome <> 'no_follow_up' | w2]) AS successes"
)

TRUSTED = ("MENTORS", "HOSTED_BY", "AFFILIATED_WITH", "PARTNERS_WITH", "IN_PROGRAMME", "RUN_BY")
MAX_HOPS = 6


def _live(v: str) -> str:
    return _LIVE.format(v=v)


async def seeker(store: GraphStore, party_id: str, cutoff: str) -> Row | None:
    """The party's profile, the parties it has open introductions with, and the partnerships
    of its organisations (pairs of organisation ids)."""
    rows = await store.read(
        f"MATCH (p:Entity {{id: $id}}) WHERE {PARTY} "
        "WITH p, "
        f"[(p)<-[:REQUESTED_BY]-(e1:Introduction) WHERE {_live('e1')} | e1.target_id] "
        f"+ [(p)<-[:TARGETS_PARTY]-(e2:Introduction) WHERE {_live('e2')} | e2.requester_id] "
        "AS excluded, "
        "[(p)-[:HOSTED_BY]->(h1:Organisation)-[q1:PARTNERS_WITH]-(n1:Organisation) "
        "| [h1.id, n1.id]] "
        "+ [(p)-[:AFFILIATED_WITH]->(h2:Organisation)-[q2:PARTNERS_WITH]-(n2:Organisation) "
        "| [h2.id, n2.id]] "
        "+ [(p)-[q3:PARTNERS_WITH]-(n3:Organisation) | [p.id, n3.id]] AS partnerships "
        + _PROFILE.replace("WITH p, c, k ", "WITH p, c, k, excluded, partnerships ")
        + ", excluded, partnerships",
        {
            "id": party_id,
            "cutoff": cutoff,
            "waiting": sorted(WAITING),
            "settled_open": sorted(OPEN - WAITING),
        },
    )
    return rows[0] if rows else None


async def candidates(
    store: GraphStore, region: str, viewer: Mapping[str, Any] | None = None
) -> list[Row]:
    """Every party located in `region` (that the viewer may see, if given)."""
    seen = f" AND {visible('p')}" if viewer is not None else ""
    return await store.read(
        f"MATCH (p:Entity)-[:LOCATED_IN]->(:City)-[:IN_COUNTRY]->(:Country {{region: $region}}) "
        f"WHERE {PARTY}{seen} WITH DISTINCT p " + _PROFILE,
        {**(viewer or {}), "region": region},
    )


def paths_statement(max_hops: int, *, visible_only: bool = False) -> str:
    """Trusted paths of 1..max_hops relationships, either direction (portable: no shortestPath,
    so it runs as is on FalkorDB and Neo4j). The hop bound cannot be a parameter: it is an int
    checked here."""
    if isinstance(max_hops, bool) or not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be from 1 to {MAX_HOPS}")
    return (
        f"MATCH p = (a:Entity {{id: $source}})-[:{'|'.join(TRUSTED)}*1..{max_hops}]-"
        "(b:Entity {id: $target}) "
        + (f"WHERE all(x IN nodes(p) WHERE {visible('x')}) " if visible_only else "")
        + "RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), "
        "name: coalesce(n.name, n.name_fr, n.name_en, n.name_ar)}] AS nodes, "
        "[r IN relationships(p) | type(r)] AS kinds, length(p) AS hops "
        "ORDER BY hops LIMIT $limit"
    )


async def paths(
    store: GraphStore,
    source: str,
    target: str,
    max_hops: int,
    limit: int,
    viewer: Mapping[str, Any] | None = None,
) -> list[Row]:
    """Paths through nodes the viewer may see only, if given."""
    return await store.read(
        paths_statement(max_hops, visible_only=viewer is not None),
        {**(viewer or {}), "source": source, "target": target, "limit": limit},
    )
