"""What suggestions and warm paths read: party profiles for matching, trusted paths.

Each pattern comprehension names its variables uniquely (a FalkorDB 4.16 trap, see
`introductions.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hub.domain.introductions import OPEN, WAITING
from hub.domain.keys import Caller
from hub.domain.matching import Tie
from hub.graph.names import RelType
from hub.graph.queries.match_index import PARTY, STORED
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row

_LIVE = "(({v}.state IN $waiting AND {v}.state_at >= $cutoff) OR {v}.state IN $settled_open)"

#: The relationship type each tie is stored as (the same name).
TRUSTED: tuple[RelType, ...] = tuple(RelType(tie.value) for tie in Tie)
MAX_HOPS = 6


def _live(v: str) -> str:
    return _LIVE.format(v=v)


async def seeker(store: GraphStore, party_id: str, cutoff: str) -> Row | None:
    """The party's stored matching profile (`match_index`), the parties it has open
    introductions with, the partnerships of its organisations (pairs of organisation ids) and
    its `markets`: the cities of another region it targets, directly or through their
    country."""
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
        "+ [(p)-[q3:PARTNERS_WITH]-(n3:Organisation) | [p.id, n3.id]] AS partnerships, "
        "[(p)-[:TARGETS]->(mk1:Country)<-[:IN_COUNTRY]-(tc1:City) | [tc1.id, mk1.region]] "
        "+ [(p)-[:TARGETS]->(tc2:City)-[:IN_COUNTRY]->(mk2:Country) | [tc2.id, mk2.region]] "
        f"AS markets RETURN {STORED}, excluded, partnerships, markets",
        {
            "id": party_id,
            "cutoff": cutoff,
            "waiting": sorted(WAITING),
            "settled_open": sorted(OPEN - WAITING),
        },
    )
    if not rows:
        return None
    # Only a market in another region can hold candidates (they are of the other region).
    found = rows[0]
    found["markets"] = sorted({c for c, r in found["markets"] if r != found["region"]})
    return found


#: Parties of `$region` linked to the seeker's signals. One pattern from anchor nodes looked up
#: by id (the seeker's sectors, programmes, organisations and their partners, the cities it
#: targets directly or through their country, its own city and country); each anchor weighs a
#: code, computed once per anchor: 1 per shared sector, 100 for a market (located in a
#: targeted city, or targeting the seeker's city or country), 10,000 for a programme,
#: 1,000,000 for an organisation that can vouch. One sum per party: a per-link expression (or a
#: list of kinds, or a list carried along each row) cost several times more on FalkorDB. The
#: organisations that vouch or run its programmes are added whatever their rank. Approximation,
#: fixed by the exact scoring: a party targeting a city the seeker targets counts as a market.
_HITS = (
    "MATCH (a:Entity) WHERE a.id IN $anchors "
    "WITH a, CASE WHEN a:Sector THEN 1 WHEN a:Programme THEN 10000 "
    "WHEN a:Organisation THEN 1000000 ELSE 100 END AS w "
    "MATCH (a)<-[:IN_SECTOR|EXPERT_IN|LOCATED_IN|TARGETS|IN_PROGRAMME|HOSTED_BY"
    "|AFFILIATED_WITH]-(p:Entity) "
    "WITH p, sum(w) AS code "
    "MATCH (p)-[:LOCATED_IN]->(:City)-[:IN_COUNTRY]->(:Country {region: $region}) "
    "WHERE "
)
#: A lower bound of the score from what the links and the node itself say (the weights of
#: `hub.domain.matching.WEIGHTS`); languages, mentees and past outcomes (at most 6 points) are
#: left to the exact scoring, as a language check per party doubled the statement's time.
_PRE = (
    "CASE WHEN code % 100 >= 2 THEN 6 ELSE 3 * (code % 100) END "
    "+ CASE WHEN code % 10000 >= 100 THEN 3 ELSE 0 END "
    "+ CASE WHEN code % 1000000 >= 10000 THEN 2 ELSE 0 END "
    "+ CASE WHEN code >= 1000000 THEN 2 ELSE 0 END "
    "+ CASE WHEN $purpose IN coalesce(p.offers, []) OR (p:Mentor AND 'Mentor' IN $fitters) "
    "OR (p:Organisation AND p.kind IN $fitters) THEN 2 ELSE 0 END"
)
POOL = 200


@dataclass(frozen=True)
class Wanted:
    """What a seeker looks for: parties of `region`, of the kinds in `fits` (any if None),
    `fitters` and `purpose` for the purpose fit, never `excluded`, only what `viewer` (the
    caller's visibility parameters, if given) may see."""

    seeker: Row
    region: str
    fits: Sequence[str] | None = None
    fitters: Sequence[str] = ()
    purpose: str | None = None
    excluded: Sequence[str] = ()
    viewer: Caller | None = None

    def kept(self) -> str:
        """The conditions on candidate `p` (after a WHERE)."""
        kinds = (
            " AND ((p:Startup AND 'Startup' IN $fits) OR (p:Mentor AND 'Mentor' IN $fits) "
            "OR (p:Organisation AND p.kind IN $fits))"
            if self.fits is not None
            else ""
        )
        seen = f" AND {visible('p')}" if self.viewer is not None else ""
        return f"p.id <> $id AND NOT p.id IN $excluded{kinds}{seen}"

    def params(self) -> dict[str, Any]:
        return {
            **(seen_by(self.viewer) if self.viewer is not None else {}),
            "region": self.region,
            "id": self.seeker["id"],
            "purpose": self.purpose or "",
            "fits": list(self.fits or ()),
            "fitters": list(self.fitters),
            "excluded": list(self.excluded),
        }


async def pool(store: GraphStore, wanted: Wanted, limit: int = POOL) -> list[Row]:
    """The profiles of at most `limit` wanted parties that share something with the seeker
    (a sector, a targeted place, a programme, an organisation or its partner), best lower bound
    of the score first, then by id."""
    seeker = wanted.seeker
    return await store.read(
        _HITS + f"{PARTY} AND {wanted.kept()} "
        f"WITH p, {_PRE} AS pre ORDER BY pre DESC, p.id LIMIT $limit "
        "WITH collect(p) AS top "
        "OPTIONAL MATCH (bo:Organisation)-[:LOCATED_IN]->(:City)"
        "-[:IN_COUNTRY]->(:Country {region: $region}) WHERE bo.id IN $brokers "
        "WITH top, collect(bo) AS vouching "
        "OPTIONAL MATCH (rg:Programme)-[:RUN_BY]->(ro:Organisation)-[:LOCATED_IN]->(:City)"
        "-[:IN_COUNTRY]->(:Country {region: $region}) WHERE rg.id IN $programmes "
        "WITH top, vouching, collect(ro) AS running "
        f"UNWIND top + vouching + running AS p WITH DISTINCT p RETURN {STORED}",
        {
            **wanted.params(),
            "programmes": list(seeker.get("programmes") or ()),
            "brokers": sorted(brokers(seeker)),
            "anchors": sorted(anchors(seeker)),
            "limit": limit,
        },
    )


async def fill(store: GraphStore, wanted: Wanted, limit: int = POOL) -> list[Row]:
    """Like `pool` for parties that share nothing with the seeker: every party of the region,
    ranked on what its own properties say (languages, what it offers, its kind). Reads the
    whole region: for when `pool` finds too few."""
    return await store.read(
        "MATCH (p:Entity)-[:LOCATED_IN]->(:City)-[:IN_COUNTRY]->(:Country {region: $region}) "
        f"WHERE {PARTY} AND {wanted.kept()} "
        "WITH DISTINCT p WITH p, 0 AS code "
        f"WITH p, {_PRE} AS pre ORDER BY pre DESC, p.id LIMIT $limit RETURN {STORED}",
        {**wanted.params(), "limit": limit},
    )


def anchors(seeker: Row) -> set[str]:
    """Where the candidates' links start from (see `_HITS`): its sectors, the cities it
    targets, its programmes, organisations and their partners, its city and country."""
    home = {seeker.get("city"), seeker.get("country")} - {None}
    return (
        set(seeker.get("sectors") or ())
        | set(seeker.get("markets") or ())
        | set(seeker.get("programmes") or ())
        | brokers(seeker)
        | {str(x) for x in home}
    )


def brokers(seeker: Row) -> set[str]:
    """The seeker's organisations (itself if one) and their partners."""
    mine = set(seeker.get("orgs") or ())
    if any(lb == "Organisation" for lb in seeker.get("labels") or ()):
        mine.add(seeker["id"])
    return mine | {o for pair in seeker.get("partnerships") or () for o in pair}


def paths_statement(max_hops: int, *, visible_only: bool = False) -> str:
    """Trusted paths of 1..max_hops relationships, either direction, searched from both ends:
    up to ceil(max_hops / 2) hops from the source and the rest from the target, joined on the
    node where they meet (FalkorDB plans a hash join), each path once (split at its middle).
    From one end only, 4 hops through a programme of 10,000 members took up to 0.85 s at 100k
    startups; from both, a few ms. Portable: no shortestPath. The hop bound cannot be a
    parameter: it is an int checked here."""
    if isinstance(max_hops, bool) or not 1 <= max_hops <= MAX_HOPS:
        raise ValueError(f"max_hops must be from 1 to {MAX_HOPS}")
    near, far, kinds = (max_hops + 1) // 2, max_hops // 2, "|".join(TRUSTED)
    return (
        f"MATCH pa = (a:Entity {{id: $source}})-[:{kinds}*0..{near}]-(ma), "
        f"pb = (b:Entity {{id: $target}})-[:{kinds}*0..{far}]-(mb) "
        "WHERE ma.id = mb.id AND (length(pa) = length(pb) OR length(pa) = length(pb) + 1) "
        "WITH nodes(pa) + reverse(nodes(pb))[1..] AS ns, "
        "relationships(pa) + reverse(relationships(pb)) AS rs "
        "WHERE size(rs) >= 1"
        + (f" AND all(x IN ns WHERE {visible('x')})" if visible_only else "")
        + " RETURN [n IN ns | {id: n.id, labels: labels(n), "
        "name: coalesce(n.name, n.name_fr, n.name_en, n.name_ar)}] AS nodes, "
        "[r IN rs | type(r)] AS kinds, size(rs) AS hops "
        "ORDER BY hops LIMIT $limit"
    )


async def paths(
    store: GraphStore,
    source: str,
    target: str,
    max_hops: int,
    limit: int,
    viewer: Caller | None = None,
) -> list[Row]:
    """Paths through nodes the viewer may see only, if given."""
    return await store.read(
        paths_statement(max_hops, visible_only=viewer is not None),
        {
            **(seen_by(viewer) if viewer is not None else {}),
            "source": source,
            "target": target,
            "limit": limit,
        },
    )
