"""Each party's stored matching profile, and the niches that find its candidates at scale.

Suggestions weigh sectors, places, programmes, organisations, mentees and past outcomes. Read
through ten pattern comprehensions per candidate, that cost ~0.2 ms each on FalkorDB (40 ms for
200 candidates at 100k startups), and finding candidates by summing every party linked to the
seeker's sectors and places touched ~40k rows. So every party carries a copy of what matching
reads (`match_*` properties) and links to its niches: `(:Niche {id: 'fintech@paris'})` for each
of its sectors in its city, `'fintech>morocco@europe'` for each of its sectors and each place
it targets, `'*@paris'` for an organisation (they have no sectors), `'~org@europe'` for each
organisation it belongs to (an organisation is in its own), `'^programme@europe'` for an
organisation running one (keys carry the party's region: a seeker asks for the other). A seeker's
candidates (same sector and market, or vouched for) are then the members of a few niches:
~1–5k rows at 100k startups instead of ~40k, and one MATCH (a second pattern collected next to
the first cost 90 ms: FalkorDB groups on the first list).

The copy is derived data, kept in the same atomic statement as the write that changes it (the
`refreshing` subquery: profile writes, imports, links, introduction outcomes, deletion,
erasure); the demo and synthetic loads re-index everything at their end (`refresh_all`:
re-running the load repairs an interrupted one) and `hub migrate` indexes parties that never
were, or were by an older `VERSION`.
"""

from __future__ import annotations

from collections.abc import Iterable

from hub.graph.store import GraphStore

#: What the stored profile and niches hold changed with each version: `hub migrate` re-indexes
#: parties of an older one (or none).
VERSION = 3


def _party(var: str) -> str:
    return f"({var}:Startup OR {var}:Mentor OR {var}:Organisation)"


PARTY = _party("p")

#: A party's profile as matching reads it (`hub.api.introductions.suggestions.profile`), from the
#: stored copy: no traversal per candidate.
STORED = (
    "p.id AS id, labels(p) AS labels, p.kind AS org_kind, p.match_region AS region, "
    "p.match_city AS city, p.match_country AS country, p.languages AS languages, "
    "p.offers AS offers, p.capacity AS capacity, p.match_sectors AS sectors, "
    "p.match_targets AS targets, p.match_programmes AS programmes, p.match_orgs AS orgs, "
    "p.match_mentees AS mentees, p.match_successes AS successes"
)


# Over a bound party `mx_p`; every name is prefixed (the fragment joins other statements, and
# FalkorDB wants pattern comprehension variables unique per statement). FalkorDB refuses pattern
# comprehensions inside SET: they are computed in a WITH first.
_BODY = (
    "OPTIONAL MATCH (mx_p)-[:LOCATED_IN]->(mx_c:City)-[:IN_COUNTRY]->(mx_k:Country) "
    "WITH mx_p, mx_c, mx_k, "
    "[(mx_p)-[:IN_SECTOR]->(mx_s1:Sector) | mx_s1.id] "
    "+ [(mx_p)-[:EXPERT_IN]->(mx_s2:Sector) | mx_s2.id] AS mx_sectors, "
    "[(mx_p)-[:TARGETS]->(mx_t1:Entity) | mx_t1.id] AS mx_targets, "
    "[(mx_p)-[:IN_PROGRAMME]->(mx_g1:Programme) | mx_g1.id] "
    "+ [(mx_p)<-[:RUN_BY]-(mx_g2:Programme) | mx_g2.id] AS mx_programmes, "
    "[(mx_p)-[:HOSTED_BY]->(mx_o1:Organisation) | mx_o1.id] "
    "+ [(mx_p)-[:AFFILIATED_WITH]->(mx_o2:Organisation) | mx_o2.id] AS mx_orgs, "
    "size([(mx_p)-[:MENTORS]->(mx_m1:Startup) | mx_m1]) AS mx_mentees, "
    "size([(mx_p)<-[:TARGETS_PARTY]-(mx_w1:Introduction) "
    "WHERE mx_w1.state = 'concluded' AND mx_w1.outcome <> 'no_follow_up' | mx_w1]) "
    "+ size([(mx_p)<-[:REQUESTED_BY]-(mx_w2:Introduction) "
    "WHERE mx_w2.state = 'concluded' AND mx_w2.outcome <> 'no_follow_up' | mx_w2]) "
    "AS mx_successes "
    "SET mx_p.match_region = mx_k.region, mx_p.match_city = mx_c.id, "
    "mx_p.match_country = mx_k.id, mx_p.match_sectors = mx_sectors, "
    "mx_p.match_targets = mx_targets, mx_p.match_programmes = mx_programmes, "
    "mx_p.match_orgs = mx_orgs, mx_p.match_mentees = mx_mentees, "
    f"mx_p.match_successes = mx_successes, mx_p.match_version = {VERSION} "
    "WITH mx_p, mx_c, mx_k.region AS mx_r, mx_sectors, mx_targets, mx_orgs, mx_programmes "
    "OPTIONAL MATCH (mx_p)-[mx_old:IN_NICHE]->(:Niche) "
    "DELETE mx_old "
    "WITH DISTINCT mx_p, mx_c, mx_r, mx_sectors, mx_targets, mx_orgs, mx_programmes "
    # Without a region a party is never a candidate: no niche. The keys but a city's carry the
    # region (a seeker asks for the other one's).
    "WITH mx_p, CASE WHEN mx_r IS NULL THEN [] ELSE "
    "CASE WHEN mx_p:Organisation THEN ['*@' + mx_c.id] "
    "ELSE [mx_x IN mx_sectors | mx_x + '@' + mx_c.id] END "
    "+ reduce(mx_acc = [], mx_x IN mx_sectors "
    "| mx_acc + [mx_t IN mx_targets | mx_x + '>' + mx_t + '@' + mx_r]) "
    "+ [mx_o IN mx_orgs | '~' + mx_o + '@' + mx_r] "
    "+ CASE WHEN mx_p:Organisation THEN ['~' + mx_p.id + '@' + mx_r] "
    "+ [mx_g IN mx_programmes | '^' + mx_g + '@' + mx_r] ELSE [] END END AS mx_keys "
    "UNWIND mx_keys AS mx_key "
    "WITH DISTINCT mx_p, mx_key "
    "MERGE (mx_n:Niche {id: mx_key}) "
    "CREATE (mx_p)-[:IN_NICHE]->(mx_n) "
    "RETURN count(*) AS "
)
_REFRESH = f"MATCH (mx_p:Entity) WHERE mx_p.id IN $ids AND {_party('mx_p')} " + _BODY + "links"


def refreshing(*names: str, each: str | None = None) -> str:
    """A subquery for the end of a write statement (followed by its RETURN or WITH): the
    parties among nodes `names` (or among the list `each`, given `names` to import) get their
    stored profile and niches recomputed in the same atomic statement. Names are fixed
    identifiers from the calling module. Reach it with ONE row: with one row per item of a
    batch, FalkorDB 4.16 ran its writes for one item only (collect the batch into `each`)."""
    assert all(n.isidentifier() for n in names)
    listed = each or f"[{', '.join(names)}]"
    return (
        f"CALL {{ WITH {', '.join(names)} UNWIND {listed} AS mx_p "
        f"WITH mx_p WHERE {_party('mx_p')} " + _BODY + "mx_indexed } "
    )


BATCH = 2000


async def refresh_all(store: GraphStore, *, stale_only: bool = False) -> int:
    """Every party (or only those indexed by another version, or never), in batches; how many
    were refreshed."""
    done, after = 0, ""
    where = f" AND coalesce(p.match_version, 0) <> {VERSION}" if stale_only else ""
    while True:
        rows = await store.read(
            f"MATCH (p:Entity) WHERE {PARTY} AND p.id > $after{where} "
            "RETURN p.id AS id ORDER BY id LIMIT $n",
            {"after": after, "n": BATCH},
        )
        if not rows:
            return done
        ids = [r["id"] for r in rows]
        await store.write(_REFRESH, {"ids": ids})
        done, after = done + len(ids), ids[-1]


def niches(
    sectors: Iterable[str],
    markets: Iterable[str],
    home: Iterable[str],
    region: str,
    brokers: Iterable[str],
    programmes: Iterable[str],
) -> list[str]:
    """The niches a seeker's candidates sit in: its sectors in the cities it targets (and the
    organisations there), its sectors among parties of `region` that target its city or
    country, the members of its organisations and their partners, the organisations running
    its programmes."""
    markets, sectors = set(markets), set(sectors)
    keys = {f"{s}@{m}" for s in sectors for m in markets} | {f"*@{m}" for m in markets}
    keys |= {f"{s}>{h}@{region}" for s in sectors for h in home}
    keys |= {f"~{b}@{region}" for b in brokers} | {f"^{g}@{region}" for g in programmes}
    return sorted(keys)
