"""Introductions over HTTP: every transition, the double opt-in, every refusal."""

from typing import Any

import pytest

from hub.config import Settings
from hub.graph.store import GraphStore
from tests.api.introduction_seed import seed
from tests.conftest import Api, Keys, error_codes
from tests.match_check import assert_index_is_fresh

FIELDS = """id state purpose direction language message outcome viewerSides expiresAt
  requester { __typename ... on Startup { id name } ... on Organisation { id } }
  requesterProfile { kind purpose stage sectors { id } city { id } country { id } }
  target { __typename ... on Mentor { id } ... on Startup { id } ... on Organisation { id } }
  broker { __typename ... on Organisation { id } ... on Mentor { id } }
  contacts { requester { email } target { email } }
  events { seq action fromState toState actorRole actorId note }"""
REQUEST = f"""mutation($input: RequestIntroductionInput!) {{
  requestIntroduction(input: $input) {{ {FIELDS} }} }}"""
REVIEW = f"""mutation($id: ID!, $ok: Boolean!, $note: String) {{
  reviewIntroduction(id: $id, approve: $ok, note: $note) {{ {FIELDS} }} }}"""
RESPOND = f"""mutation($id: ID!, $ok: Boolean!) {{
  respondToIntroduction(id: $id, accept: $ok) {{ {FIELDS} }} }}"""
MEET = f'mutation($id: ID!) {{ markIntroductionMet(id: $id, note: "coffee") {{ {FIELDS} }} }}'
OUTCOME = f"""mutation($id: ID!, $o: IntroductionOutcome!) {{
  recordIntroductionOutcome(id: $id, outcome: $o) {{ {FIELDS} }} }}"""
WITHDRAW = f"mutation($id: ID!) {{ withdrawIntroduction(id: $id) {{ {FIELDS} }} }}"
GET = f"query($id: ID!) {{ introduction(id: $id) {{ {FIELDS} }} }}"


@pytest.fixture
def settings() -> Settings:
    return Settings(
        report_round_trips=True,
        max_pending_per_target=3,
        introduction_expiry_days=14,
        _env_file=None,
    )  # type: ignore[call-arg]


class World:
    """The seeded graph and a key for each actor."""

    def __init__(self, api: Api, keys: dict[str, str]) -> None:
        self.api, self.key = api, keys

    async def request(self, who: str, **input: Any) -> dict[str, Any]:
        body = {
            "requesterId": "atlas-ai",
            "targetId": "claire",
            "purpose": "MENTORING",
            "message": "Bonjour, nous cherchons un mentor IA.",
            "language": "fr",
            **input,
        }
        data = await self.api.data(REQUEST, {"input": body}, key=self.key[who])
        return dict(data["requestIntroduction"])

    async def call(self, query: str, who: str, **variables: Any) -> dict[str, Any]:
        return await self.api(query, variables, key=self.key[who])

    async def ok(self, query: str, who: str, **variables: Any) -> dict[str, Any]:
        body = await self.call(query, who, **variables)
        assert not body.get("errors"), body["errors"]
        return dict(next(iter(body["data"].values())))

    async def get(self, intro_id: str, who: str = "admin") -> dict[str, Any] | None:
        data = await self.api.data(GET, {"id": intro_id}, key=self.key[who])
        return data["introduction"]


@pytest.fixture
async def world(store: GraphStore, api: Api, keys: Keys) -> World:
    await seed(store)
    tokens = {
        "admin": await keys("admin"),
        "atlas": await keys("startup", "atlas-ai"),
        "medsud": await keys("startup", "medsud"),
        "rif": await keys("startup", "rif-pay"),
        "claire": await keys("mentor", "claire"),
        "yasmine": await keys("mentor", "yasmine"),
        "paul": await keys("mentor", "paul"),
        "tp-casa": await keys("partner", "technopark-casablanca"),
        "tp-rabat": await keys("partner", "technopark-rabat"),
        "mi": await keys("partner", "marseille-innovation"),
    }
    return World(api, tokens)


async def test_a_brokered_mentoring_introduction_from_request_to_outcome(
    world: World, store: GraphStore
) -> None:
    made = await world.request("atlas", brokerId="marseille-innovation")
    assert made["state"] == "REQUESTED"
    assert made["direction"] == "MOROCCO_TO_EUROPE"
    assert made["viewerSides"] == ["REQUESTER"]
    assert made["broker"] == {"__typename": "Organisation", "id": "marseille-innovation"}
    assert made["expiresAt"] is not None
    iid = made["id"]
    # Not offered yet: the target does not see it.
    assert await world.get(iid, "claire") is None

    offered = await world.ok(REVIEW, "mi", id=iid, ok=True, note="good fit")
    assert offered["state"] == "OFFERED"
    seen = await world.get(iid, "claire")
    assert seen is not None
    assert seen["requester"] is None  # anonymised until accepted
    assert seen["requesterProfile"] == {
        "kind": "STARTUP",
        "purpose": "MENTORING",
        "stage": "DEVELOPMENT",
        "sectors": [{"id": "ai"}],
        "city": {"id": "casablanca"},
        "country": {"id": "morocco"},
    }
    assert seen["contacts"] is None
    assert (await world.get(iid, "atlas") or {})["contacts"] is None

    accepted = await world.ok(RESPOND, "claire", id=iid, ok=True)
    assert accepted["state"] == "ACCEPTED"
    assert accepted["requester"] == {"__typename": "Startup", "id": "atlas-ai", "name": "Atlas AI"}
    assert accepted["contacts"] == {
        "requester": {"email": "hello@atlas.test"},
        "target": {"email": "claire@mentor.test"},
    }
    assert (await world.get(iid, "atlas") or {})["contacts"]["target"]["email"]
    assert (await world.get(iid, "mi") or {})["contacts"] is None  # the broker is no party
    mentees = await store.read("MATCH (:Mentor {id: 'claire'})-[:MENTORS]->(s) RETURN s.id AS id")
    assert mentees == [{"id": "atlas-ai"}]

    met = await world.ok(MEET, "atlas", id=iid)
    assert met["state"] == "MET"
    done = await world.ok(OUTCOME, "claire", id=iid, o="PARTNERSHIP")
    assert done["state"] == "CONCLUDED" and done["outcome"] == "PARTNERSHIP"
    steps = [(e["action"], e["fromState"], e["toState"], e["actorId"]) for e in done["events"]]
    assert steps == [
        ("request", None, "REQUESTED", "atlas-ai"),
        ("approve", "REQUESTED", "OFFERED", "marseille-innovation"),
        ("accept", "OFFERED", "ACCEPTED", "claire"),
        ("meet", "ACCEPTED", "MET", "atlas-ai"),
        ("record_outcome", "MET", "CONCLUDED", "claire"),
    ]
    assert done["events"][1]["note"] == "good fit"
    assert [e["seq"] for e in done["events"]] == sorted(e["seq"] for e in done["events"])
    # The new mentee and the outcome reached both parties' stored matching profiles.
    found = await store.read(
        "MATCH (p:Entity) WHERE p.id IN ['claire', 'atlas-ai'] "
        "RETURN p.id AS id, p.match_mentees AS mentees, p.match_successes AS successes "
        "ORDER BY id"
    )
    assert found == [
        {"id": "atlas-ai", "mentees": 0, "successes": 1},
        {"id": "claire", "mentees": 1, "successes": 1},
    ]
    await assert_index_is_fresh(store)


async def test_host_staff_request_on_behalf_and_other_directions(world: World) -> None:
    made = await world.request("tp-casa", targetId="medsud", purpose="PARTNERSHIP")
    assert made["state"] == "OFFERED"  # no broker: offered at once
    assert made["viewerSides"] == ["REQUESTER"]
    assert made["events"][0]["actorRole"] == "partner"
    back = await world.request(
        "medsud", requesterId="medsud", targetId="rif-pay", purpose="MARKET_ACCESS"
    )
    assert back["direction"] == "EUROPE_TO_AFRICA"
    dia = await world.request(
        "admin",
        requesterId="diaspo-lab",
        targetId="technopark-casablanca",
        purpose="SETTLEMENT_SUPPORT",
    )
    assert dia["direction"] == "DIASPORA"
    home = await world.request("atlas", targetId="yasmine", purpose="MENTORING")
    assert home["direction"] == "DOMESTIC"


async def test_target_and_broker_declines_and_withdrawal(world: World) -> None:
    a = await world.request("atlas", brokerId="marseille-innovation")
    assert (await world.ok(REVIEW, "mi", id=a["id"], ok=False))["state"] == "BROKER_DECLINED"
    b = await world.request("atlas", targetId="medsud", purpose="PARTNERSHIP")
    assert (await world.ok(RESPOND, "medsud", id=b["id"], ok=False))["state"] == "DECLINED"
    declined = await world.get(b["id"], "medsud")
    assert declined is not None and declined["requester"] is None  # stays anonymous
    c = await world.request("atlas", targetId="medsud", purpose="MARKET_ACCESS")
    assert (await world.ok(WITHDRAW, "tp-casa", id=c["id"]))["state"] == "WITHDRAWN"
    d = await world.request("atlas", targetId="medsud", purpose="MARKET_ACCESS")
    await world.ok(RESPOND, "medsud", id=d["id"], ok=True)
    assert (await world.ok(WITHDRAW, "atlas", id=d["id"]))["state"] == "WITHDRAWN"


async def _unchanged(world: World, intro_id: str, state: str, events: int) -> None:
    found = await world.get(intro_id)
    assert found is not None
    assert found["state"] == state
    assert len(found["events"]) == events


@pytest.mark.parametrize(
    ("query", "who", "extra"),
    [
        (REVIEW, "claire", {"ok": True}),  # the target cannot review
        (REVIEW, "atlas", {"ok": True}),  # nor the requester
        (REVIEW, "tp-rabat", {"ok": False}),  # nor an outsider
        (WITHDRAW, "mi", {}),  # the broker cannot withdraw
        (WITHDRAW, "tp-rabat", {}),  # nor staff of another site
    ],
)
async def test_requested_refuses_actors_without_the_right(
    world: World, query: str, who: str, extra: dict[str, Any]
) -> None:
    made = await world.request("atlas", brokerId="marseille-innovation")
    body = await world.call(query, who, id=made["id"], **extra)
    assert error_codes(body) in (["FORBIDDEN"], ["NOT_FOUND"])
    await _unchanged(world, made["id"], "REQUESTED", 1)


@pytest.mark.parametrize(
    ("query", "who", "extra", "code"),
    [
        (RESPOND, "atlas", {"ok": True}, "FORBIDDEN"),  # the requester cannot accept
        (RESPOND, "mi", {"ok": True}, "FORBIDDEN"),  # nor the broker
        (RESPOND, "yasmine", {"ok": True}, "NOT_FOUND"),  # an outsider does not even see it
        (MEET, "claire", {}, "CONFLICT"),  # not accepted yet
        (OUTCOME, "atlas", {"o": "HIRE"}, "CONFLICT"),
        (REVIEW, "mi", {"ok": True}, "CONFLICT"),  # already reviewed
        (WITHDRAW, "claire", {}, "FORBIDDEN"),  # only the requester side withdraws
    ],
)
async def test_offered_refuses_wrong_actors_and_illegal_transitions(
    world: World, query: str, who: str, extra: dict[str, Any], code: str
) -> None:
    made = await world.request("atlas", brokerId="marseille-innovation")
    await world.ok(REVIEW, "mi", id=made["id"], ok=True)
    body = await world.call(query, who, id=made["id"], **extra)
    assert error_codes(body) == [code]
    assert body["errors"][0]["message"]
    await _unchanged(world, made["id"], "OFFERED", 2)


async def test_terminal_and_late_transitions_are_conflicts(world: World) -> None:
    made = await world.request("atlas", targetId="medsud", purpose="PARTNERSHIP")
    iid = made["id"]
    await world.ok(RESPOND, "medsud", id=iid, ok=True)
    assert error_codes(await world.call(RESPOND, "medsud", id=iid, ok=False)) == ["CONFLICT"]
    assert error_codes(await world.call(OUTCOME, "medsud", id=iid, o="HIRE")) == ["CONFLICT"]
    await world.ok(MEET, "medsud", id=iid)
    assert error_codes(await world.call(WITHDRAW, "atlas", id=iid)) == ["CONFLICT"]
    await world.ok(OUTCOME, "tp-casa", id=iid, o="NO_FOLLOW_UP")
    assert error_codes(await world.call(OUTCOME, "atlas", id=iid, o="HIRE")) == ["CONFLICT"]
    await _unchanged(world, iid, "CONCLUDED", 4)
    assert error_codes(await world.call(MEET, "admin", id="nope")) == ["NOT_FOUND"]


async def test_admins_may_do_everything(world: World) -> None:
    made = await world.request("admin", brokerId="marseille-innovation")
    for query, extra in (
        (REVIEW, {"ok": True}),
        (RESPOND, {"ok": True}),
        (MEET, {}),
        (OUTCOME, {"o": "CONTRACT"}),
    ):
        await world.ok(query, "admin", id=made["id"], **extra)
    assert (await world.get(made["id"]) or {})["state"] == "CONCLUDED"


async def test_requests_are_validated_and_need_the_right_key(world: World) -> None:
    cases = [
        ("atlas", {"targetId": "atlas-ai"}, "BAD_USER_INPUT"),
        ("atlas", {"targetId": "nobody"}, "NOT_FOUND"),
        ("atlas", {"brokerId": "medsud"}, "BAD_USER_INPUT"),  # a startup cannot broker
        ("atlas", {"targetId": "casablanca"}, "NOT_FOUND"),  # a city is no party
        ("atlas", {"language": "de"}, "BAD_USER_INPUT"),
        ("atlas", {"message": " "}, "BAD_USER_INPUT"),
        ("medsud", {}, "FORBIDDEN"),  # another startup's key
        ("tp-rabat", {}, "FORBIDDEN"),  # staff of a site that does not host atlas-ai
        ("mi", {}, "FORBIDDEN"),
    ]
    for who, change, code in cases:
        body = {
            "requesterId": "atlas-ai",
            "targetId": "claire",
            "purpose": "MENTORING",
            "message": "Bonjour",
            "language": "fr",
            **change,
        }
        got = await world.api(REQUEST, {"input": body}, key=world.key[who])
        assert error_codes(got) == [code], (who, change, got)
    anonymous = await world.api(
        REQUEST,
        {
            "input": {
                "requesterId": "atlas-ai",
                "targetId": "claire",
                "purpose": "MENTORING",
                "message": "Bonjour",
                "language": "fr",
            }
        },
    )
    assert error_codes(anonymous) == ["UNAUTHENTICATED"]
    listed = await world.api.data("{ introductions { totalCount } }", key=world.key["admin"])
    assert listed["introductions"]["totalCount"] == 0


async def test_expiry_is_computed_at_read_time(world: World, store: GraphStore) -> None:
    made = await world.request("atlas", targetId="medsud", purpose="PARTNERSHIP")
    old = "MATCH (i:Introduction {id: $id}) SET i.state_at = '2020-01-01T00:00:00.000Z'"
    await store.write(old, {"id": made["id"]})
    assert (await world.get(made["id"]) or {})["state"] == "EXPIRED"
    assert error_codes(await world.call(RESPOND, "medsud", id=made["id"], ok=True)) == ["CONFLICT"]
    assert error_codes(await world.call(WITHDRAW, "atlas", id=made["id"])) == ["CONFLICT"]
    expired = await world.api.data(
        "{ introductions(filter: {state: EXPIRED}) { edges { node { id } } } "
        "  live: introductions(filter: {state: OFFERED}) { totalCount } }",
        key=world.key["atlas"],
    )
    assert [e["node"]["id"] for e in expired["introductions"]["edges"]] == [made["id"]]
    assert expired["live"]["totalCount"] == 0
    again = await world.request("atlas", targetId="medsud", purpose="PARTNERSHIP")
    assert again["id"] != made["id"]  # an expired introduction is no longer open


async def test_client_key_makes_requests_idempotent_and_duplicates_conflict(
    world: World,
) -> None:
    first = await world.request("atlas", clientKey="k-1")
    again = await world.request("atlas", clientKey="k-1")
    assert again["id"] == first["id"]
    assert len(again["events"]) == 1
    dup = await world.call(
        REQUEST,
        "atlas",
        input={
            "requesterId": "atlas-ai",
            "targetId": "claire",
            "purpose": "MENTORING",
            "message": "encore",
            "language": "fr",
            "clientKey": "k-2",
        },
    )
    assert error_codes(dup) == ["CONFLICT"]
    assert first["id"] in dup["errors"][0]["message"]
    # The other way round is the same pair of parties.
    reverse = await world.call(
        REQUEST,
        "claire",
        input={
            "requesterId": "claire",
            "targetId": "atlas-ai",
            "purpose": "MENTORING",
            "message": "Hello",
            "language": "en",
        },
    )
    assert error_codes(reverse) == ["CONFLICT"], reverse
    other = await world.request("atlas", purpose="FUNDING", clientKey="k-3")
    assert other["id"] != first["id"]
    total = await world.api.data("{ introductions { totalCount } }", key=world.key["admin"])
    assert total["introductions"]["totalCount"] == 2


async def test_a_target_has_at_most_the_configured_pending_requests(world: World) -> None:
    for purpose in ("PARTNERSHIP", "MARKET_ACCESS", "FUNDING"):
        await world.request("atlas", targetId="medsud", purpose=purpose)
    refused = await world.call(
        REQUEST,
        "rif",
        input={
            "requesterId": "rif-pay",
            "targetId": "medsud",
            "purpose": "PARTNERSHIP",
            "message": "Salam",
            "language": "ar",
        },
    )
    assert error_codes(refused) == ["CONFLICT"]
    assert "3" in refused["errors"][0]["message"]


async def test_a_mentor_never_exceeds_capacity(world: World, store: GraphStore) -> None:
    full = await world.call(
        REQUEST,
        "atlas",
        input={
            "requesterId": "atlas-ai",
            "targetId": "paul",
            "purpose": "MENTORING",
            "message": "Bonjour",
            "language": "fr",
        },
    )
    assert error_codes(full) == ["CONFLICT"]  # capacity 0
    made = await world.request("atlas")  # claire, capacity 1, free for now
    await store.write(
        "MATCH (c:Mentor {id: 'claire'}) MATCH (s:Startup {id: 'medsud'}) "
        "CREATE (c)-[:MENTORS {since: 2026}]->(s)"
    )
    body = await world.call(RESPOND, "claire", id=made["id"], ok=True)
    assert error_codes(body) == ["CONFLICT"]
    assert "claire" in body["errors"][0]["message"]
    await _unchanged(world, made["id"], "OFFERED", 1)
    mentees = await store.read("MATCH (:Mentor {id: 'claire'})-[:MENTORS]->(s) RETURN s.id AS id")
    assert mentees == [{"id": "medsud"}]


LIST = (
    f"query($first: Int) {{ introductions(first: $first) {{ edges {{ node {{ {FIELDS} }} }} }} }}"
)


async def test_listing_costs_the_same_round_trips_for_few_or_many(world: World) -> None:
    # Twice the same mix of kinds (the loaders batch per label): oldest first.
    await world.request("atlas", brokerId="marseille-innovation")
    await world.request("atlas", targetId="medsud", purpose="PARTNERSHIP")
    await world.request("rif", requesterId="rif-pay", targetId="medsud", purpose="FUNDING")
    await world.request(
        "medsud", requesterId="medsud", targetId="yasmine", brokerId="technopark-casablanca"
    )
    await world.request("rif", requesterId="rif-pay", targetId="atlas-ai", purpose="PARTNERSHIP")
    await world.request("medsud", requesterId="medsud", targetId="rif-pay", purpose="TALENT")

    async def trips(first: int) -> int:
        body = await world.api(LIST, {"first": first}, key=world.key["admin"])
        assert not body.get("errors"), body["errors"]
        assert len(body["data"]["introductions"]["edges"]) == first
        return int(body["extensions"]["dbRoundTrips"])

    assert await trips(3) == await trips(6)
