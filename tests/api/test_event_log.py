"""The event log: every profile change writes one event in the same statement, with what
changed (contact details only as changed, never their values); each key reads the events about
its own profile and what its organisation stewards, admins all of them."""

from __future__ import annotations

from typing import Any

import pytest

from hub.domain.keys import key_id_of
from hub.graph.store import GraphStore
from hub.services import api_keys
from tests.api import settlement_seed
from tests.api.introduction_seed import seed
from tests.bolt_gaps import Gap
from tests.conftest import Api, Keys, error_codes

LOG = """query($kinds: [String!], $after: String, $last: Int) {
  eventLog(kinds: $kinds, after: $after, last: $last) {
    pageInfo { endCursor hasPreviousPage }
    edges { node { id seq kind entityId entityKind actorRole actorId actorKeyId
                   changes { field before after disclosed } } } } }"""
UPDATE = """mutation($id: ID!, $input: StartupInput!) {
  updateStartup(id: $id, input: $input) { id } }"""


PROFILES = ["profile.created", "profile.updated", "profile.deleted"]


async def _log(api: Api, key: str | None, **variables: Any) -> list[dict[str, Any]]:
    found = (await api.data(LOG, variables, key=key))["eventLog"]
    return [edge["node"] for edge in found["edges"]]


async def test_a_profile_change_is_logged_with_what_changed_and_never_a_contact_value(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    change = {"profileVisibility": "PARTNERS", "email": "new@atlas.test", "stage": "ACCELERATION"}
    await api.data(UPDATE, {"id": "atlas-ai", "input": change}, key=atlas)
    [event] = await _log(api, atlas, kinds=PROFILES)
    assert event["kind"] == "profile.updated"
    assert (event["entityId"], event["entityKind"]) == ("atlas-ai", "Startup")
    assert (event["actorRole"], event["actorId"]) == ("startup", "atlas-ai")
    assert event["changes"] == [
        {"field": "email", "before": None, "after": None, "disclosed": False},
        {"field": "profile_visibility", "before": None, "after": "partners", "disclosed": True},
        {"field": "stage", "before": "development", "after": "acceleration", "disclosed": True},
    ]
    log = await store.read("MATCH (e:LogEvent) RETURN e.changes AS changes")
    assert "new@atlas.test" not in str(log) and "hello@atlas.test" not in str(log)


async def test_each_key_reads_the_events_about_itself_and_what_it_stewards(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas, medsud = await keys("startup", "atlas-ai"), await keys("startup", "medsud")
    await api.data(UPDATE, {"id": "atlas-ai", "input": {"stage": "CREATION"}}, key=atlas)
    await api.data(UPDATE, {"id": "medsud", "input": {"stage": "CREATION"}}, key=medsud)
    about = {
        "atlas": ["atlas-ai"],
        "medsud": ["medsud"],
        "host of atlas": ["atlas-ai"],  # Technopark Casablanca hosts Atlas AI
        "other partner": [],
        "admin": ["atlas-ai", "medsud"],
    }
    readers = {
        "atlas": atlas,
        "medsud": medsud,
        "host of atlas": await keys("partner", "technopark-casablanca"),
        "other partner": await keys("partner", "technopark-rabat"),
        "admin": await keys("admin"),
    }
    for who, key in readers.items():
        assert [e["entityId"] for e in await _log(api, key, kinds=PROFILES)] == about[who], who
    assert error_codes(await api(LOG, {})) == ["UNAUTHENTICATED"]


async def test_a_write_that_changes_nothing_or_is_refused_logs_nothing(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    await api.data(UPDATE, {"id": "atlas-ai", "input": {"stage": "DEVELOPMENT"}}, key=atlas)
    refused = await api(UPDATE, {"id": "atlas-ai", "input": {"foundedYear": 3000}}, key=atlas)
    assert error_codes(refused) == ["BAD_USER_INPUT"]
    other = await api(UPDATE, {"id": "medsud", "input": {"stage": "IDEA"}}, key=atlas)
    assert error_codes(other) == ["FORBIDDEN"]
    assert await _log(api, await keys("admin"), kinds=PROFILES) == []


CREATE = "mutation($input: StartupInput!) { createStartup(input: $input) { id } }"
DELETE = "mutation($id: ID!) { deleteStartup(id: $id) }"
NODE = "query($id: ID!) { node(id: $id) { __typename id ... on LogEvent { kind } } }"


async def test_creation_and_deletion_are_logged_and_the_log_pages_both_ways(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    host = await keys("partner", "technopark-casablanca")
    made = await api.data(CREATE, {"input": {"name": "Oasis Data", "stage": "IDEA"}}, key=host)
    startup = made["createStartup"]["id"]
    await api.data(UPDATE, {"id": startup, "input": {"stage": "CREATION"}}, key=host)
    await api.data(DELETE, {"id": startup}, key=host)
    events = await _log(api, host, kinds=PROFILES)
    assert [e["kind"] for e in events] == PROFILES
    assert {e["entityId"] for e in events} == {startup}
    created = {c["field"]: c["after"] for c in events[0]["changes"]}
    assert created["name"] == "Oasis Data" and created["hosts"] == ["technopark-casablanca"]
    assert [e["seq"] for e in events] == sorted(e["seq"] for e in events)
    # Following, filtering, paging back, and refetching one event by its id.
    first = (await api.data(LOG, {"kinds": ["profile.created"]}, key=host))["eventLog"]
    later = await _log(api, host, kinds=PROFILES, after=first["pageInfo"]["endCursor"])
    assert [e["kind"] for e in later] == ["profile.updated", "profile.deleted"]
    assert [e["kind"] for e in await _log(api, host, kinds=PROFILES, last=1)] == ["profile.deleted"]
    found = (await api.data(NODE, {"id": events[0]["id"]}, key=host))["node"]
    assert found == {"__typename": "LogEvent", "id": events[0]["id"], "kind": "profile.created"}
    outsider = await keys("partner", "technopark-rabat")
    assert (await api.data(NODE, {"id": events[0]["id"]}, key=outsider))["node"] is None


REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
REVIEW = "mutation($id: ID!) { reviewIntroduction(id: $id, approve: true) { id } }"


async def test_an_introduction_s_moves_are_logged_for_those_who_may_see_it(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas, broker = await keys("startup", "atlas-ai"), await keys("partner", "marseille-innovation")
    ask = {
        "requesterId": "atlas-ai",
        "targetId": "medsud",
        "brokerId": "marseille-innovation",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour",
        "language": "fr",
    }
    made = (await api.data(REQUEST, {"input": ask}, key=atlas))["requestIntroduction"]["id"]
    await api.data(REVIEW, {"id": made}, key=broker)
    kinds = {"kinds": ["introduction.requested", "introduction.approved"]}
    seen = {
        "atlas": ["introduction.requested", "introduction.approved"],
        "host of atlas": ["introduction.requested", "introduction.approved"],
        "broker": ["introduction.requested", "introduction.approved"],
        "target": ["introduction.approved"],  # it learns of the request once it is offered
        "outsider": [],
    }
    readers = {
        "atlas": atlas,
        "host of atlas": await keys("partner", "technopark-casablanca"),
        "broker": broker,
        "target": await keys("startup", "medsud"),
        "outsider": await keys("startup", "rif-pay"),
    }
    for who, key in readers.items():
        events = await _log(api, key, **kinds)
        assert [e["kind"] for e in events] == seen[who], who
        assert all(e["entityId"] == made for e in events)
    approved = (await _log(api, broker, kinds=["introduction.approved"]))[0]
    assert approved["changes"] == [
        {"field": "state", "before": "requested", "after": "offered", "disclosed": True}
    ]


ERASE = "mutation { eraseMe { erasedAt } }"


async def test_an_erasure_leaves_no_trace_of_the_profile_in_the_log(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas = await keys("startup", "atlas-ai")
    change = {"name": "Atlas Intelligence", "stage": "ACCELERATION"}
    await api.data(UPDATE, {"id": "atlas-ai", "input": change}, key=atlas)
    await api.data(ERASE, key=atlas)
    rows = await store.read("MATCH (e:LogEvent) RETURN e {.*} AS event ORDER BY e.seq")
    # Its key was issued, its profile changed, it was erased: the log keeps that, not what or
    # who.
    kinds = [row["event"]["kind"] for row in rows]
    assert kinds == ["key.created", "profile.updated", "profile.erased"]
    assert "atlas" not in str(rows).lower()
    assert all(row["event"]["changes"] == "[]" for row in rows)


async def test_a_journey_and_its_steps_are_logged_for_those_who_follow_it(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await settlement_seed.seed(store)
    admin = await keys("admin")
    journey = await settlement_seed.start(api, admin, "calanques", "marseille")
    step = journey["steps"][0]
    await settlement_seed.move(api, admin, step, "IN_PROGRESS", note="Rendez-vous pris")
    follower = await keys("partner", "marseille-innovation")
    events = await _log(api, follower, kinds=["journey.started", "journey.step_updated"])
    assert [(e["kind"], e["entityId"]) for e in events] == [
        ("journey.started", journey["id"]),
        ("journey.step_updated", step["id"]),
    ]
    assert {c["field"]: (c["before"], c["after"]) for c in events[1]["changes"]} == {
        "note": (None, "Rendez-vous pris"),
        "status": ("todo", "in_progress"),
    }
    outsider = await keys("startup", "atlas-ai")
    assert await _log(api, outsider, kinds=["journey.started", "journey.step_updated"]) == []


LINK = """mutation($m: ID!, $s: ID!) { linkMentorToStartup(mentorId: $m, startupId: $s) {
  state } }"""
UNLINK = """mutation($m: ID!, $s: ID!) { unlinkMentorFromStartup(mentorId: $m, startupId: $s) {
  state } }"""


async def test_a_link_s_offer_acceptance_and_end_are_logged_for_its_ends(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    claire, medsud = await keys("mentor", "claire"), await keys("startup", "medsud")
    ends = {"m": "claire", "s": "medsud"}
    assert (await api.data(LINK, ends, key=claire))["linkMentorToStartup"]["state"] == "OFFERED"
    assert (await api.data(LINK, ends, key=medsud))["linkMentorToStartup"]["state"] == "ACCEPTED"
    await api.data(UNLINK, ends, key=medsud)
    kinds = {"kinds": ["link.offered", "link.accepted", "link.ended"]}
    steps = ["link.offered", "link.accepted", "link.ended"]
    for key in (claire, medsud, await keys("partner", "marseille-innovation")):
        events = await _log(api, key, **kinds)
        assert [e["kind"] for e in events] == steps
        assert {(e["entityId"], e["entityKind"]) for e in events} == {("medsud", "mentoring")}
    assert await _log(api, await keys("startup", "atlas-ai"), **kinds) == []


async def test_issuing_and_revoking_a_key_is_logged_for_its_owner_never_its_secret(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    first, second = await keys("startup", "atlas-ai"), await keys("startup", "atlas-ai")
    first_id = key_id_of(first)
    assert first_id is not None
    await api_keys.revoke(store, first_id)
    events = await _log(api, second, kinds=["key.created", "key.revoked"])
    assert [e["kind"] for e in events] == ["key.created", "key.created", "key.revoked"]
    issued, revoked = events[0], events[2]
    assert issued["entityId"] == revoked["entityId"] == first_id
    assert issued["entityKind"] == "ApiKey" and issued["actorKeyId"] == "hub-command-line"
    assert {c["field"]: c["after"] for c in issued["changes"]}["owner"] == "atlas-ai"
    stored = await store.read("MATCH (e:LogEvent) RETURN e {.*} AS e")
    assert first not in str(stored) and second not in str(stored)
    medsud = await keys("startup", "medsud")
    assert len(await _log(api, medsud, kinds=["key.created", "key.revoked"])) == 1  # its own


EXPORT = "query { exportMyData }"


@pytest.mark.needs(Gap.NESTED_MAP_PROJECTION)  # the export's statement
async def test_an_export_is_logged_for_the_profile_and_an_erasure_for_admins_only(
    store: GraphStore, api: Api, keys: Keys
) -> None:
    await seed(store)
    atlas, admin = await keys("startup", "atlas-ai"), await keys("admin")
    await api.data(EXPORT, key=atlas)
    [exported] = await _log(api, atlas, kinds=["profile.exported"])
    assert (exported["entityId"], exported["entityKind"]) == ("atlas-ai", "Startup")
    await api.data(ERASE, key=atlas)
    [erased] = await _log(api, admin, kinds=["profile.erased"])
    assert erased["entityId"].startswith("erased-") and erased["actorId"] == erased["entityId"]
    assert erased["entityKind"] == "ErasedParty" and erased["actorKeyId"] is None
    host = await keys("partner", "technopark-casablanca")
    assert await _log(api, host, kinds=["profile.erased", "profile.exported"]) == []
