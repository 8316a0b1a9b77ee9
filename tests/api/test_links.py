import asyncio
from typing import Any

from hub.graph.store import GraphStore
from tests.api.profile_seed import codes, fields, rel_count, seed, snapshot
from tests.conftest import Api, Keys

PROFILES = """
CREATE (:Entity:Startup {id: 'sun', name: 'Sun', stage: 'idea', search: 'sun'})
        -[:HOSTED_BY]->(:Entity:Organisation {id: 'host-org', kind: 'incubator',
                                              name_fr: 'Hôte', search: 'hote'}),
       (:Entity:Startup {id: 'moon', name: 'Moon', stage: 'idea', search: 'moon'}),
       (:Entity:Mentor {id: 'ana', name: 'Ana', search: 'ana', capacity: 2}),
       (:Entity:Mentor {id: 'bob', name: 'Bob', search: 'bob', capacity: 2})
"""

LINK = """
mutation($m: ID!, $s: ID!, $since: Int) {
  linkMentorToStartup(mentorId: $m, startupId: $s, since: $since) {
    state startup { id mentors { id } } }
}"""
UNLINK = """
mutation($m: ID!, $s: ID!) { unlinkMentorFromStartup(mentorId: $m, startupId: $s) { state } }"""
ADD_PROGRAMME = """
mutation($s: ID!, $p: ID!, $cohort: String!, $year: Int!) {
  addStartupToProgramme(startupId: $s, programmeId: $p, cohort: $cohort, year: $year) {
    programmes { programme { id } cohort year }
  }
}"""
REMOVE_PROGRAMME = """
mutation($s: ID!, $p: ID!) {
  removeStartupFromProgramme(startupId: $s, programmeId: $p) { programmes { cohort } }
}"""
ADD_SECTOR = """
mutation($s: ID!, $x: ID!) { addStartupSector(startupId: $s, sectorId: $x) { sectors { id } } }"""
REMOVE_SECTOR = """
mutation($s: ID!, $x: ID!) {
  removeStartupSector(startupId: $s, sectorId: $x) { sectors { id } }
}"""
PARTNER = """
mutation($o: ID!, $p: ID!, $since: Int!, $agreement: String!) {
  linkPartnerOrganisations(organisationId: $o, partnerId: $p, since: $since,
                           agreement: $agreement) {
    state awaiting organisation { id partners { organisation { id } since agreement } }
  }
}"""
UNPARTNER = """
mutation($o: ID!, $p: ID!) {
  unlinkPartnerOrganisations(organisationId: $o, partnerId: $p) {
    state organisation { partners { since } } }
}"""


async def _setup(store: GraphStore) -> None:
    await seed(store)
    await store.write(PROFILES)


async def _mentees(api: Api, mentor: str) -> Any:
    data = await api.data("query($m: ID!) { mentor(id: $m) { mentees { id } } }", {"m": mentor})
    return data["mentor"]["mentees"]


async def test_a_key_acting_for_both_ends_links_at_once_idempotently(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """An admin acts for both ends (offers and acceptance: tests/security/test_invitations.py)."""
    await _setup(store)
    admin = await keys("admin")
    data = await api.data(LINK, {"m": "ana", "s": "moon", "since": 2024}, key=admin)
    assert data["linkMentorToStartup"] == {
        "state": "ACCEPTED",
        "startup": {"id": "moon", "mentors": [{"id": "ana"}]},
    }
    assert await _mentees(api, "ana") == [{"id": "moon"}]
    await api.data(LINK, {"m": "ana", "s": "moon"}, key=admin)  # already linked: fine
    assert await rel_count(store, "MENTORS") == 1
    rows = await store.read("MATCH ()-[r:MENTORS]->() RETURN r.since AS since, r.created_at AS c")
    assert rows[0]["since"] == 2024 and rows[0]["c"]
    await api.data(UNLINK, {"m": "ana", "s": "moon"}, key=admin)
    assert await _mentees(api, "ana") == []
    await api.data(UNLINK, {"m": "ana", "s": "moon"}, key=admin)  # not linked: fine
    assert await rel_count(store, "MENTORS") == 0


async def test_who_may_ask_for_a_mentoring_link(store: GraphStore, api: Api, keys: Keys) -> None:
    await _setup(store)
    bob = await keys("mentor", "bob")
    host = await keys("partner", "host-org")
    stranger = await keys("partner", "technopark-casa")
    moon = await keys("startup", "moon")
    before = await snapshot(store)
    for key, code in [
        (None, "UNAUTHENTICATED"),
        (bob, "FORBIDDEN"),  # another mentor
        (stranger, "FORBIDDEN"),  # neither hosts the startup nor has the mentor
        (moon, "FORBIDDEN"),  # another startup
    ]:
        assert codes(await api(LINK, {"m": "ana", "s": "sun"}, key=key)) == [code]
        assert codes(await api(UNLINK, {"m": "ana", "s": "sun"}, key=key)) == [code]
    assert await snapshot(store) == before
    # The host acts for sun only: it offers, and ana has yet to accept.
    data = await api.data(LINK, {"m": "ana", "s": "sun"}, key=host)
    assert data["linkMentorToStartup"] == {
        "state": "OFFERED",
        "startup": {"id": "sun", "mentors": []},
    }
    # A partner with the mentor affiliated and the startup hosted acts for both ends.
    await store.write(
        "MATCH (m:Mentor {id: 'bob'}) MATCH (o:Organisation {id: 'host-org'}) "
        "CREATE (m)-[:AFFILIATED_WITH]->(o)"
    )
    data = await api.data(LINK, {"m": "bob", "s": "sun"}, key=host)
    assert data["linkMentorToStartup"]["state"] == "ACCEPTED"
    assert await _mentees(api, "bob") == [{"id": "sun"}]


async def test_linking_unknown_profiles_is_not_found(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _setup(store)
    admin = await keys("admin")
    before = await snapshot(store)
    for variables, missing in [
        ({"m": "ghost", "s": "sun"}, "ghost"),
        ({"m": "ana", "s": "nowhere"}, "nowhere"),
    ]:
        body = await api(LINK, variables, key=admin)
        assert codes(body) == ["NOT_FOUND"] and missing in body["errors"][0]["message"]
    body = await api(LINK, {"m": "ana", "s": "sun", "since": 1500}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["since"]
    assert await snapshot(store) == before


async def test_programmes_and_sectors_of_a_startup(store: GraphStore, api: Api, keys: Keys) -> None:
    await _setup(store)
    own = await keys("startup", "sun")
    variables = {"s": "sun", "p": "cap-sud", "cohort": "Spring", "year": 2025}
    data = await api.data(ADD_PROGRAMME, variables, key=own)
    assert data["addStartupToProgramme"]["programmes"] == [
        {"programme": {"id": "cap-sud"}, "cohort": "Spring", "year": 2025}
    ]
    data = await api.data(ADD_PROGRAMME, {**variables, "cohort": "Autumn"}, key=own)
    assert data["addStartupToProgramme"]["programmes"][0]["cohort"] == "Autumn"
    assert await rel_count(store, "IN_PROGRAMME") == 1
    data = await api.data(REMOVE_PROGRAMME, {"s": "sun", "p": "cap-sud"}, key=own)
    assert data["removeStartupFromProgramme"]["programmes"] == []
    await api.data(REMOVE_PROGRAMME, {"s": "sun", "p": "cap-sud"}, key=own)

    data = await api.data(ADD_SECTOR, {"s": "sun", "x": "energy"}, key=own)
    assert data["addStartupSector"]["sectors"] == [{"id": "energy"}]
    await api.data(ADD_SECTOR, {"s": "sun", "x": "energy"}, key=own)
    assert await rel_count(store, "IN_SECTOR") == 1
    data = await api.data(REMOVE_SECTOR, {"s": "sun", "x": "energy"}, key=own)
    assert data["removeStartupSector"]["sectors"] == []
    found = await api.data('{ startups(filter: {sector: "energy"}) { totalCount } }')
    assert found["startups"]["totalCount"] == 0


async def test_who_may_change_programmes_and_sectors(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _setup(store)
    other = await keys("startup", "moon")
    stranger = await keys("partner", "technopark-casa")
    mentor = await keys("mentor", "ana")
    host = await keys("partner", "host-org")
    admin = await keys("admin")
    before = await snapshot(store)
    programme = {"s": "sun", "p": "cap-sud", "cohort": "A", "year": 2025}
    for key, code in [
        (None, "UNAUTHENTICATED"),
        (other, "FORBIDDEN"),
        (stranger, "FORBIDDEN"),
        (mentor, "FORBIDDEN"),
    ]:
        assert codes(await api(ADD_PROGRAMME, programme, key=key)) == [code]
        assert codes(await api(ADD_SECTOR, {"s": "sun", "x": "energy"}, key=key)) == [code]
        assert codes(await api(REMOVE_SECTOR, {"s": "sun", "x": "energy"}, key=key)) == [code]
    for variables, missing in [
        ({**programme, "p": "no-prog"}, "no-prog"),
        ({**programme, "s": "no-startup"}, "no-startup"),
    ]:
        body = await api(ADD_PROGRAMME, variables, key=admin)
        assert codes(body) == ["NOT_FOUND"] and missing in body["errors"][0]["message"]
    body = await api(ADD_SECTOR, {"s": "sun", "x": "agritech-x"}, key=admin)
    assert codes(body) == ["NOT_FOUND"] and "agritech-x" in body["errors"][0]["message"]
    body = await api(ADD_PROGRAMME, {**programme, "cohort": " "}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["cohort"]
    assert await snapshot(store) == before
    await api.data(ADD_SECTOR, {"s": "sun", "x": "agritech"}, key=host)
    assert await rel_count(store, "IN_SECTOR") == 1


async def test_a_partnership_is_offered_by_one_and_accepted_by_the_other(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """Undirected: the other side accepts by asking for the pair in either order; the
    accepting side's year and agreement are the partnership's."""
    await _setup(store)
    casa = await keys("partner", "technopark-casa")
    mrs = await keys("partner", "incubator-mrs")
    variables = {"o": "technopark-casa", "p": "incubator-mrs", "since": 2023, "agreement": "MoU"}
    data = await api.data(PARTNER, variables, key=casa)
    offered = data["linkPartnerOrganisations"]
    assert offered["state"] == "OFFERED" and offered["organisation"]["partners"] == []
    assert await rel_count(store, "PARTNERS_WITH") == 0
    pending = "{ invitations { kind awaiting organisation { id } partner { id } } }"
    assert (await api.data(pending, key=mrs))["invitations"] == [
        {
            "kind": "PARTNERSHIP",
            "awaiting": "SOURCE",  # the pair in the order of ids: incubator-mrs first
            "organisation": {"id": "incubator-mrs"},
            "partner": {"id": "technopark-casa"},
        }
    ]
    reverse = {"o": "incubator-mrs", "p": "technopark-casa", "since": 2024, "agreement": "Charter"}
    data = await api.data(PARTNER, reverse, key=mrs)
    accepted = data["linkPartnerOrganisations"]
    assert accepted["state"] == "ACCEPTED"
    assert accepted["organisation"]["partners"] == [
        {"organisation": {"id": "technopark-casa"}, "since": 2024, "agreement": "Charter"}
    ]
    await api.data(PARTNER, reverse, key=mrs)  # already partners: fine
    assert await rel_count(store, "PARTNERS_WITH") == 1
    data = await api.data(UNPARTNER, {"o": "incubator-mrs", "p": "technopark-casa"}, key=casa)
    assert data["unlinkPartnerOrganisations"]["state"] == "ENDED"
    await api.data(UNPARTNER, {"o": "incubator-mrs", "p": "technopark-casa"}, key=casa)
    assert await rel_count(store, "PARTNERS_WITH") == 0


async def test_who_may_change_partnerships(store: GraphStore, api: Api, keys: Keys) -> None:
    await _setup(store)
    third = await keys("partner", "host-org")
    mentor = await keys("mentor", "ana")
    admin = await keys("admin")
    variables = {"o": "technopark-casa", "p": "incubator-mrs", "since": 2023, "agreement": "MoU"}
    before = await snapshot(store)
    for key, code in [(None, "UNAUTHENTICATED"), (third, "FORBIDDEN"), (mentor, "FORBIDDEN")]:
        assert codes(await api(PARTNER, variables, key=key)) == [code]
        assert codes(
            await api(UNPARTNER, {"o": "technopark-casa", "p": "incubator-mrs"}, key=key)
        ) == [code]
    body = await api(PARTNER, {**variables, "p": "technopark-casa"}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["partnerId"]
    body = await api(PARTNER, {**variables, "p": "ghost-org"}, key=admin)
    assert codes(body) == ["NOT_FOUND"] and "ghost-org" in body["errors"][0]["message"]
    body = await api(PARTNER, {**variables, "since": 3000}, key=admin)
    assert codes(body) == ["BAD_USER_INPUT"] and fields(body) == ["since"]
    assert await snapshot(store) == before
    data = await api.data(PARTNER, variables, key=admin)  # an admin acts for both
    assert data["linkPartnerOrganisations"]["state"] == "ACCEPTED"
    assert await rel_count(store, "PARTNERS_WITH") == 1


async def test_concurrent_links_to_one_startup_all_land(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _setup(store)
    mentors = ["m1", "m2", "m3", "m4"]
    await store.write(
        "UNWIND $ids AS i CREATE (m:Entity:Mentor) SET m.id = i, m.name = i, m.capacity = 1",
        {"ids": mentors},
    )
    admin = await keys("admin")  # acts for both ends: each call links at once
    bodies = await asyncio.gather(*(api(LINK, {"m": m, "s": "sun"}, key=admin) for m in mentors))
    assert [codes(b) for b in bodies] == [[]] * 4
    assert await rel_count(store, "MENTORS") == 4


async def test_a_mentor_never_exceeds_their_capacity(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _setup(store)
    await store.write("MATCH (m:Mentor {id: 'ana'}) SET m.capacity = 1")
    ana = await keys("admin")
    await api.data(LINK, {"m": "ana", "s": "moon"}, key=ana)
    before = await snapshot(store)
    body = await api(LINK, {"m": "ana", "s": "sun"}, key=ana)
    assert codes(body) == ["CONFLICT"]
    assert "ana" in body["errors"][0]["message"]
    assert await snapshot(store) == before  # nothing written
    await api.data(
        LINK, {"m": "ana", "s": "moon", "since": 2025}, key=ana
    )  # relink: no room needed
    assert await _mentees(api, "ana") == [{"id": "moon"}]


async def test_concurrent_links_never_overfill_a_mentor(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _setup(store)
    await store.write(
        "UNWIND range(1, 6) AS i CREATE (:Entity:Startup {id: 's' + toString(i), name: 'S', "
        "stage: 'idea', search: 's'})"
    )
    ana = await keys("admin")  # ana's capacity is 2
    bodies = await asyncio.gather(
        *(api(LINK, {"m": "ana", "s": f"s{i}"}, key=ana) for i in range(1, 7))
    )
    assert sum(1 for b in bodies if not b.get("errors")) == 2
    assert all(codes(b) == ["CONFLICT"] for b in bodies if b.get("errors"))
    assert await rel_count(store, "MENTORS") == 2
