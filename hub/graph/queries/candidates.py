"""Suggestion candidates at scale: the members of the seeker's niches (`match_index`), scored
in the statement from their stored profiles, best first.

The score is `hub.domain.matching.reasons` written in Cypher (weights from `WEIGHTS`; a test
checks that both agree on every candidate), so the statement returns the real top of its
candidates, not a lower bound, and the API re-ranks only a few dozen rows.
"""

from __future__ import annotations

from hub.domain.matching import WEIGHTS, ReasonCode
from hub.graph.queries.match_index import STORED, niches
from hub.graph.queries.suggestions import Wanted, brokers
from hub.graph.store import GraphStore, Row

_W = {code: WEIGHTS[code] for code in ReasonCode}
#: At most two sectors and three past outcomes count (as in `matching.reasons`); over candidate
#: `p` and `shared`, how many sectors it shares with the seeker (computed once).
SHARED = "size([x IN p.match_sectors WHERE x IN $sectors])"
SCORE = (
    f"CASE WHEN shared >= 2 THEN {2 * _W[ReasonCode.SHARED_SECTOR]} "
    f"ELSE {_W[ReasonCode.SHARED_SECTOR]} * shared END "
    "+ CASE WHEN any(l IN coalesce(p.languages, []) WHERE l IN $languages) "
    f"THEN {_W[ReasonCode.COMMON_LANGUAGE]} ELSE 0 END "
    "+ CASE WHEN p.match_city IN $targets OR p.match_country IN $targets "
    f"OR any(t IN p.match_targets WHERE t IN $home) THEN {_W[ReasonCode.TARGET_MARKET]} "
    "ELSE 0 END "
    "+ CASE WHEN any(g IN p.match_programmes WHERE g IN $programmes) "
    f"THEN {_W[ReasonCode.SHARED_PROGRAMME]} ELSE 0 END "
    "+ CASE WHEN p:Mentor AND coalesce(p.capacity, 0) > p.match_mentees "
    f"THEN {_W[ReasonCode.FREE_CAPACITY]} ELSE 0 END "
    "+ CASE WHEN p.id IN $brokers OR any(o IN p.match_orgs WHERE o IN $brokers) "
    f"THEN {_W[ReasonCode.BROKER_PATH]} ELSE 0 END "
    f"+ {_W[ReasonCode.PAST_OUTCOMES]} "
    "* CASE WHEN p.match_successes >= 3 THEN 3 ELSE p.match_successes END "
    "+ CASE WHEN $purpose IN coalesce(p.offers, []) OR (p:Mentor AND 'Mentor' IN $fitters) "
    f"OR (p:Organisation AND p.kind IN $fitters) THEN {_W[ReasonCode.PURPOSE_FIT]} ELSE 0 END"
)


async def near(store: GraphStore, wanted: Wanted, limit: int) -> list[Row]:
    """The best `limit` wanted parties that share a sector and a market with the seeker or that
    its organisations vouch for, with their `score` and the `total` of such parties (full
    mentors are left out when mentoring is sought). A party never indexed
    (`match_index`) is not found here."""
    seeker = wanted.seeker
    home = [str(x) for x in (seeker.get("city"), seeker.get("country")) if x]
    vouching = sorted(brokers(seeker))
    return await store.read(
        "MATCH (n:Niche) WHERE n.id IN $niches MATCH (n)<-[:IN_NICHE]-(p) "
        "WITH DISTINCT p "
        f"WITH p WHERE p.match_region = $region AND {wanted.kept()} "
        "AND NOT ($mentoring AND p:Mentor AND coalesce(p.capacity, 0) <= p.match_mentees) "
        # How many there are (the resolver's choice), and the best few, the only rows sent.
        "WITH collect(p) AS found WITH found, size(found) AS total UNWIND found AS p "
        f"WITH p, total, {SHARED} AS shared "
        f"WITH p, total, {SCORE} AS score ORDER BY score DESC, p.id LIMIT $limit "
        f"RETURN {STORED}, score, total",
        {
            **wanted.params(),
            "niches": niches(
                seeker.get("sectors") or (),
                seeker.get("markets") or (),
                home,
                wanted.region,
                vouching,
                seeker.get("programmes") or (),
            ),
            "mentoring": wanted.purpose == "mentoring",
            "sectors": list(seeker.get("sectors") or ()),
            "languages": list(seeker.get("languages") or ()),
            "targets": list(seeker.get("targets") or ()),
            "home": home,
            "programmes": list(seeker.get("programmes") or ()),
            "brokers": vouching,
            "limit": limit,
        },
    )
