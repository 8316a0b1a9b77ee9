"""The suggestions' candidate index: every hub write keeps the stored matching profiles and
niches equal to a rebuild, and the niche candidates are exactly what a brute force over every
party finds, scored as the domain scores them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from hub.api.introductions.suggestions import NEAR_ENOUGH, profile
from hub.demo.load import load
from hub.domain import matching
from hub.graph.migrate import migrate
from hub.graph.queries import candidates, match_index
from hub.graph.queries import suggestions as queries
from hub.graph.store import GraphStore, Row
from hub.synth.load import synthesize
from tests.conftest import Api, Keys
from tests.match_check import assert_index_is_fresh

TODAY = datetime(2026, 11, 23, tzinfo=UTC)
CUTOFF = "2026-10-01T00:00:00.000Z"


async def one(store: GraphStore, query: str) -> str:
    rows = await store.read(query)
    return str(rows[0]["id"])


async def test_hub_writes_keep_the_index_equal_to_a_rebuild(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await load(store)
    await assert_index_is_fresh(store)  # the demo load indexes what it wrote
    admin = await keys("admin")
    europe = "MATCH (c:City)-[:IN_COUNTRY]->(:Country {region: 'europe'}) RETURN c.id AS id "
    city, other = (
        await one(store, europe + "ORDER BY id LIMIT 1"),
        await one(store, europe + "ORDER BY id DESC LIMIT 1"),
    )
    sector = await one(store, "MATCH (s:Sector) RETURN s.id AS id ORDER BY id LIMIT 1")
    sector2 = await one(store, "MATCH (s:Sector) RETURN s.id AS id ORDER BY id DESC LIMIT 1")
    host = await one(store, "MATCH (o:Organisation) RETURN o.id AS id ORDER BY id LIMIT 1")
    programme = await one(store, "MATCH (g:Programme) RETURN g.id AS id ORDER BY id LIMIT 1")
    mentor = await one(
        store,
        "MATCH (m:Mentor) WITH m, size([(m)-[:MENTORS]->(x) | x]) AS mentees "
        "WHERE coalesce(m.capacity, 0) > mentees RETURN m.id AS id ORDER BY id LIMIT 1",
    )
    startup = {
        "name": "Index Co",
        "stage": "IDEA",
        "cityId": city,
        "sectorIds": [sector],
        "targetIds": ["morocco"],
        "hostIds": [host],
    }
    made = await api.data(
        "mutation($i: StartupInput!) { createStartup(input: $i) { id } }", {"i": startup}, key=admin
    )
    new = made["createStartup"]["id"]
    await api.data(
        "mutation($id: ID!, $i: StartupInput!) { updateStartup(id: $id, input: $i) { id } }",
        {"id": new, "i": {"cityId": other, "sectorIds": [sector2], "targetIds": [city]}},
        key=admin,
    )
    await api.data(
        """mutation($m: ID!, $s: ID!, $x: ID!, $g: ID!) {
          a: linkMentorToStartup(mentorId: $m, startupId: $s) { state }
          b: addStartupSector(startupId: $s, sectorId: $x) { id }
          c: addStartupToProgramme(startupId: $s, programmeId: $g, cohort: "1", year: 2026) { id }
        }""",
        {"m": mentor, "s": new, "x": sector, "g": programme},
        key=admin,
    )
    # Several rows: one statement per batch must index every one (FalkorDB 4.16 did only the
    # last row of a batch until the statement passed them to its subquery as one list).
    rows = [
        {
            "id": f"imported-{k}",
            "name": f"Imported {k}",
            "stage": "creation",
            "city": (city, other)[k % 2],
            "sectors": [(sector, sector2)[k % 2]],
            "targets": ["morocco"],
        }
        for k in range(4)
    ]
    imported = await api.data(
        "mutation($r: [StartupImportRow!]!) { importStartups(rows: $r) { created problems "
        "{ message } } }",
        {"r": rows},
        key=admin,
    )
    assert imported["importStartups"] == {"created": 4, "problems": []}
    await assert_index_is_fresh(store)
    # Erasure and deletion: the mentor loses a mentee, members lose an organisation.
    token = await keys("startup", new)
    await api.data("mutation { eraseMe { erasedAt } }", key=token)
    await assert_index_is_fresh(store)


def _brute_force(seeker: Row, region: str, everyone: list[Row]) -> Iterator[Row]:
    """The niche members by definition (match_index's docstring), from every stored profile."""
    sectors, markets = set(seeker["sectors"]), set(seeker["markets"])
    home = {seeker["city"], seeker["country"]} - {None}
    brokers, programmes = queries.brokers(seeker), set(seeker["programmes"])
    for row in everyone:
        if row["region"] != region or row["id"] == seeker["id"]:
            continue
        org = "Organisation" in row["labels"]
        shared = bool(set(row["sectors"]) & sectors)
        if (
            (row["city"] in markets and (org or shared))
            or (shared and set(row["targets"]) & home)
            or set(row["orgs"]) & brokers
            or (org and (row["id"] in brokers or set(row["programmes"]) & programmes))
        ):
            yield row


def _score(seeker: Row, row: Row, purpose: matching.Purpose | None = None) -> int:
    pairs = {frozenset(p) for p in seeker["partnerships"] if len(set(p)) == 2}
    return sum(r.weight for r in matching.reasons(profile(seeker), profile(row), purpose, pairs))


async def _seekers(store: GraphStore, n: int) -> list[Row]:
    rows = await store.read("MATCH (s:Startup) RETURN s.id AS id ORDER BY id LIMIT $n", {"n": n})
    found = [await queries.seeker(store, r["id"], CUTOFF) for r in rows]
    return [s for s in found if s is not None]


async def test_niche_candidates_are_the_best_of_a_brute_force(store: GraphStore) -> None:
    await synthesize(store, 3000, seed=5, today=TODAY)
    everyone = await store.read(
        f"MATCH (p:Entity) WHERE {match_index.PARTY} RETURN {match_index.STORED}"
    )
    checked = 0
    for seeker in await _seekers(store, 12):
        region = matching.other_region(seeker["region"])
        assert region is not None
        near = await candidates.near(store, queries.Wanted(seeker, region), limit=40)
        expected = sorted(
            ((-_score(seeker, row), row["id"]) for row in _brute_force(seeker, region, everyone)),
        )[:40]
        assert [(-r["score"], r["id"]) for r in near] == expected, seeker["id"]
        # The statement's score is the domain's, reason by reason summed.
        assert all(r["score"] == _score(seeker, r) for r in near)
        checked += len(near)
    assert checked > 200


async def test_suggestions_at_scale_come_from_the_niches(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await synthesize(store, 5000, seed=5, today=TODAY)
    admin = await keys("admin")
    everyone = await store.read(
        f"MATCH (p:Entity) WHERE {match_index.PARTY} RETURN {match_index.STORED}"
    )
    query = """query($id: ID!) { introductionSuggestions(forId: $id, first: 10) {
      score party { ... on Startup { id } ... on Mentor { id } ... on Organisation { id } } } }"""
    used = 0
    for seeker in await _seekers(store, 6):
        region = matching.other_region(seeker["region"])
        open_ = set(seeker["excluded"])
        pool = [r for r in _brute_force(seeker, str(region), everyone) if r["id"] not in open_]
        if len(pool) < NEAR_ENOUGH:
            continue  # the resolver reads the whole neighbourhood then (other tests)
        found = (await api.data(query, {"id": seeker["id"]}, key=admin))["introductionSuggestions"]
        best = sorted((-_score(seeker, r), r["id"]) for r in pool)[:10]
        assert [(-s["score"], s["party"]["id"]) for s in found] == best
        used += 1
    assert used >= 3


async def test_migrate_indexes_parties_written_by_hand_or_by_an_older_version(
    store: GraphStore,
) -> None:
    await store.write(
        "CREATE (c:Entity:Country {id: 'france', region: 'europe'}), "
        "(m:Entity:City {id: 'marseille'})-[:IN_COUNTRY]->(c), (x:Entity:Sector {id: 'ai'}), "
        "(s:Entity:Startup {id: 'by-hand'})-[:LOCATED_IN]->(m), (s)-[:IN_SECTOR]->(x)"
    )
    await migrate(store)
    rows: list[dict[str, Any]] = await store.read(
        "MATCH (p:Startup {id: 'by-hand'}) "
        "RETURN p.match_region AS region, p.match_sectors AS sectors, "
        "[(p)-[:IN_NICHE]->(n:Niche) | n.id] AS niches"
    )
    assert rows == [{"region": "europe", "sectors": ["ai"], "niches": ["ai@marseille"]}]
    # An older version of the index is redone too.
    await store.write(
        "MATCH (p:Startup {id: 'by-hand'}) SET p.match_version = 1, p.match_sectors = []"
    )
    await migrate(store)
    assert await store.read(
        "MATCH (p:Startup {id: 'by-hand'}) RETURN p.match_sectors AS sectors"
    ) == [{"sectors": ["ai"]}]
