"""No link without the other side's consent: a mentoring or hosting link is offered by one end
and accepted by the other (or by a partner acting for it); before that it opens nothing."""

from __future__ import annotations

from typing import Any

from hub.graph.store import GraphStore
from tests.api.profile_seed import codes, snapshot
from tests.api.settlement_seed import seed, start
from tests.conftest import Api, Keys

MENTOR = """mutation($m: ID!, $s: ID!, $since: Int) {
  linkMentorToStartup(mentorId: $m, startupId: $s, since: $since) {
    kind state offeredBy awaiting mentor { id } startup { id } } }"""
UNMENTOR = """mutation($m: ID!, $s: ID!) {
  unlinkMentorFromStartup(mentorId: $m, startupId: $s) { state } }"""
HOST = """mutation($s: ID!, $o: ID!) {
  linkStartupToHost(startupId: $s, organisationId: $o) {
    kind state offeredBy awaiting startup { id } organisation { id } } }"""
UNHOST = """mutation($s: ID!, $o: ID!) {
  unlinkStartupFromHost(startupId: $s, organisationId: $o) { state } }"""
PENDING = "{ invitations { kind state offeredBy awaiting mentor { id } startup { id } } }"
JOURNEYS = """query($s: ID!) { startup(id: $s) { mentors { id } hosts { id }
  settlementJourneys { id } } }"""


async def _seed(store: GraphStore, capacity: int = 2) -> None:
    await seed(store)
    await store.write("MATCH (m:Mentor {id: 'mentor-other'}) SET m.capacity = $c", {"c": capacity})


async def _view(api: Api, key: str, startup: str = "calanques") -> dict[str, Any]:
    found: dict[str, Any] = (await api.data(JOURNEYS, {"s": startup}, key=key))["startup"]
    return found


async def test_a_mentor_offers_and_the_startup_accepts(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _seed(store)
    admin, mentor = await keys("admin"), await keys("mentor", "mentor-other")
    startup = await keys("startup", "calanques")
    await start(api, admin, "calanques", "marseille")
    offered = await api.data(
        MENTOR, {"m": "mentor-other", "s": "calanques", "since": 2025}, key=mentor
    )
    assert offered["linkMentorToStartup"] == {
        "kind": "MENTORING",
        "state": "OFFERED",
        "offeredBy": "SOURCE",
        "awaiting": "TARGET",
        "mentor": {"id": "mentor-other"},
        "startup": {"id": "calanques"},
    }
    # Nothing opens before the answer: no mentee, no journey to follow.
    assert await _view(api, mentor) == {
        "mentors": [],
        "hosts": [{"id": "marseille-innovation"}],
        "settlementJourneys": [],
    }
    again = await api.data(MENTOR, {"m": "mentor-other", "s": "calanques"}, key=mentor)
    assert again["linkMentorToStartup"]["state"] == "OFFERED"  # renewed, still one offer
    # The startup sees what awaits it, and accepts by asking for the link too.
    waiting = (await api.data(PENDING, key=startup))["invitations"]
    assert [(w["kind"], w["awaiting"], w["mentor"]["id"]) for w in waiting] == [
        ("MENTORING", "TARGET", "mentor-other")
    ]
    accepted = await api.data(MENTOR, {"m": "mentor-other", "s": "calanques"}, key=startup)
    assert accepted["linkMentorToStartup"]["state"] == "ACCEPTED"
    view = await _view(api, mentor)
    assert view["mentors"] == [{"id": "mentor-other"}] and len(view["settlementJourneys"]) == 1
    rows = await store.read(
        "MATCH (:Mentor)-[r:MENTORS]->(:Startup {id: 'calanques'}) RETURN r.since AS since"
    )
    assert rows == [{"since": 2025}]  # the offer's year, kept on acceptance
    assert (await api.data(PENDING, key=startup))["invitations"] == []
    # Either end may end it.
    ended = await api.data(UNMENTOR, {"m": "mentor-other", "s": "calanques"}, key=startup)
    assert ended["unlinkMentorFromStartup"]["state"] == "ENDED"
    assert await _view(api, mentor) == {
        "mentors": [],
        "hosts": [{"id": "marseille-innovation"}],
        "settlementJourneys": [],
    }
    actions = await store.read(
        "MATCH (a:AuditEvent) WHERE a.action STARTS WITH 'mentoring.' "
        "RETURN a.action AS action, a.subject_id AS subject ORDER BY a.at, a.action"
    )
    assert [a["action"] for a in actions] == [
        "mentoring.offered",
        "mentoring.offered",
        "mentoring.accepted",
        "mentoring.ended",
    ]
    assert {a["subject"] for a in actions} == {"calanques"}


async def test_a_declined_offer_opens_nothing_and_others_cannot_answer(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await _seed(store)
    mentor = await keys("mentor", "mentor-other")
    other_startup = await keys("startup", "atlas-ai")
    stranger = await keys("partner", "other-org")
    await api.data(MENTOR, {"m": "mentor-other", "s": "calanques"}, key=mentor)
    before = await snapshot(store)
    for key in (other_startup, stranger):  # acting for neither end
        assert codes(await api(MENTOR, {"m": "mentor-other", "s": "calanques"}, key=key)) == [
            "FORBIDDEN"
        ]
        assert codes(await api(UNMENTOR, {"m": "mentor-other", "s": "calanques"}, key=key)) == [
            "FORBIDDEN"
        ]
        assert (await api.data(PENDING, key=key))["invitations"] == []
    assert await snapshot(store) == before
    # The startup's host acts for it: it declines.
    host = await keys("partner", "marseille-innovation")
    assert len((await api.data(PENDING, key=host))["invitations"]) == 1
    declined = await api.data(UNMENTOR, {"m": "mentor-other", "s": "calanques"}, key=host)
    assert declined["unlinkMentorFromStartup"]["state"] == "ENDED"
    assert (await api.data(PENDING, key=mentor))["invitations"] == []
    assert (await _view(api, mentor))["mentors"] == []


async def test_capacity_is_taken_on_acceptance(store: GraphStore, api: Api, keys: Keys) -> None:
    await _seed(store, capacity=1)
    mentor = await keys("mentor", "mentor-other")
    for startup in ("calanques", "atlas-ai"):
        await api.data(MENTOR, {"m": "mentor-other", "s": startup}, key=mentor)
    first = await api.data(
        MENTOR, {"m": "mentor-other", "s": "calanques"}, key=await keys("startup", "calanques")
    )
    assert first["linkMentorToStartup"]["state"] == "ACCEPTED"
    full = await api(
        MENTOR, {"m": "mentor-other", "s": "atlas-ai"}, key=await keys("startup", "atlas-ai")
    )
    assert codes(full) == ["CONFLICT"]


async def test_hosting_is_offered_and_accepted_by_the_organisation(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """A partner cannot make another organisation a host of its startups, by the link, by an
    update or by an import: the organisation accepts it first."""
    await _seed(store)
    host = await keys("partner", "marseille-innovation")
    other = await keys("partner", "technopark-casablanca")
    update = """mutation($id: ID!, $input: StartupInput!) {
      updateStartup(id: $id, input: $input) { hosts { id } } }"""
    refused = await api(
        update,
        {
            "id": "calanques",
            "input": {"hostIds": ["marseille-innovation", "technopark-casablanca"]},
        },
        key=host,
    )
    assert codes(refused) == ["FORBIDDEN"]
    imported = await api(
        """mutation($rows: [StartupImportRow!]!) {
          importStartups(rows: $rows) { rejected problems { column } } }""",
        {"rows": [{"id": "calanques", "hosts": ["technopark-casablanca"]}]},
        key=host,
    )
    assert imported["data"]["importStartups"]["problems"] == [{"column": "hosts"}]
    offered = await api.data(HOST, {"s": "calanques", "o": "technopark-casablanca"}, key=host)
    assert offered["linkStartupToHost"]["state"] == "OFFERED"
    assert offered["linkStartupToHost"]["awaiting"] == "TARGET"
    assert (await _view(api, host))["hosts"] == [{"id": "marseille-innovation"}]
    accepted = await api.data(HOST, {"s": "calanques", "o": "technopark-casablanca"}, key=other)
    assert accepted["linkStartupToHost"]["state"] == "ACCEPTED"
    hosts = (await _view(api, other))["hosts"]
    assert sorted(h["id"] for h in hosts) == ["marseille-innovation", "technopark-casablanca"]
    ended = await api.data(UNHOST, {"s": "calanques", "o": "technopark-casablanca"}, key=other)
    assert ended["unlinkStartupFromHost"]["state"] == "ENDED"
    assert (await _view(api, host))["hosts"] == [{"id": "marseille-innovation"}]


async def test_the_invitations_list_costs_the_same_round_trips_for_any_length(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    """Its ends load in one batch per kind, and their nested fields in one per field."""
    await _seed(store)
    admin, mentor = await keys("admin"), await keys("mentor", "mentor-other")
    listing = "{ invitations { mentor { id } startup { id hosts { id } } } }"
    trips = []
    for startup in ("calanques", "atlas-ai"):
        await api.data(MENTOR, {"m": "mentor-other", "s": startup}, key=mentor)
        body = await api(listing, key=admin)
        assert "errors" not in body and len(body["data"]["invitations"]) == len(trips) + 1
        trips.append(body["extensions"]["dbRoundTrips"])
    assert trips[0] == trips[1]
