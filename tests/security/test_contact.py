"""Contact details over HTTP: only the entity itself, admins and the other party of an accepted
introduction (double opt-in) see them, as far as the entity's contact visibility allows.
Stewards (host organisation, affiliation) get no more than anyone else."""

from __future__ import annotations

import pytest

from hub.graph.store import GraphStore
from tests.conftest import Api, Keys
from tests.security.seed import seed

REQUEST = """mutation($input: RequestIntroductionInput!) {
  requestIntroduction(input: $input) { id } }"""
RESPOND = """mutation($id: ID!) { respondToIntroduction(id: $id, accept: true) { id state } }"""
WITHDRAW = """mutation($id: ID!) { withdrawIntroduction(id: $id) { id state } }"""
CONTACTS = """query($id: ID!) { introduction(id: $id) {
  requester { ... on Startup { id contact { email } } }
  contacts { requester { email } target { email } } } }"""
SEEN = """{ claire: mentor(id: "claire") { contact { email } }
  open: startup(id: "open-co") { contact { email } } }"""


@pytest.fixture
async def world(store: GraphStore) -> None:
    await seed(store)


async def introduce(api: Api, keys: Keys, requester: str) -> str:
    """`requester` asks Claire for a partnership; Claire accepts: the double opt-in."""
    body = {
        "requesterId": requester,
        "targetId": "claire",
        "purpose": "PARTNERSHIP",
        "message": "Bonjour",
        "language": "fr",
    }
    made = await api.data(REQUEST, {"input": body}, key=await keys("startup", requester))
    intro_id: str = made["requestIntroduction"]["id"]
    done = await api.data(RESPOND, {"id": intro_id}, key=await keys("mentor", "claire"))
    assert done["respondToIntroduction"]["state"] == "ACCEPTED"
    return intro_id


async def seen(api: Api, key: str | None) -> tuple[str | None, str | None]:
    data = await api.data(SEEN, key=key)
    return (
        (data["claire"]["contact"] or {}).get("email"),
        (data["open"]["contact"] or {}).get("email"),
    )


async def test_without_an_accepted_introduction_only_self_and_admins(
    api: Api, keys: Keys, world: None
) -> None:
    assert await seen(api, None) == (None, None)
    assert await seen(api, await keys("admin")) == ("claire@mentor.test", "hi@open.test")
    assert await seen(api, await keys("mentor", "claire")) == ("claire@mentor.test", None)
    assert await seen(api, await keys("startup", "open-co")) == (None, "hi@open.test")
    # the host and the affiliation no longer see contacts (the old steward rule)
    assert await seen(api, await keys("partner", "technopark")) == (None, None)
    assert await seen(api, await keys("partner", "marseille-innovation")) == (None, None)


async def test_an_accepted_introduction_shows_each_party_the_other(
    api: Api, keys: Keys, world: None
) -> None:
    await introduce(api, keys, "open-co")
    assert await seen(api, await keys("mentor", "claire")) == ("claire@mentor.test", "hi@open.test")
    assert await seen(api, await keys("startup", "open-co")) == (
        "claire@mentor.test",
        "hi@open.test",
    )
    # the requester's host acts for it in introductions: it is that party
    assert await seen(api, await keys("partner", "technopark")) == ("claire@mentor.test", None)
    # outsiders see nothing: the mentor's organisation, another mentor, anonymous
    assert await seen(api, await keys("partner", "marseille-innovation")) == (None, None)
    assert await seen(api, await keys("mentor", "hidden")) == (None, None)
    assert await seen(api, None) == (None, None)


async def test_withdrawing_after_acceptance_hides_the_contacts_again(
    api: Api, keys: Keys, world: None
) -> None:
    intro_id = await introduce(api, keys, "open-co")
    await api.data(WITHDRAW, {"id": intro_id}, key=await keys("startup", "open-co"))
    assert await seen(api, await keys("mentor", "claire")) == ("claire@mentor.test", None)


async def test_a_private_contact_is_never_shared_even_after_acceptance(
    api: Api, keys: Keys, world: None
) -> None:
    intro_id = await introduce(api, keys, "quiet-co")
    claire = await keys("mentor", "claire")
    found = (await api.data(CONTACTS, {"id": intro_id}, key=claire))["introduction"]
    # being a party opens no profile: a private one stays hidden from the other party...
    assert found["requester"] is None
    # ...and a private contact stays with its owner (and admins)
    assert found["contacts"] == {"requester": None, "target": {"email": "claire@mentor.test"}}
    quiet = await keys("startup", "quiet-co")
    mine = (await api.data(CONTACTS, {"id": intro_id}, key=quiet))["introduction"]
    assert mine["contacts"] == {
        "requester": {"email": "hi@quiet.test"},
        "target": {"email": "claire@mentor.test"},
    }
    admin = await api.data(CONTACTS, {"id": intro_id}, key=await keys("admin"))
    assert admin["introduction"]["contacts"]["requester"] == {"email": "hi@quiet.test"}


async def test_a_partners_only_contact_reaches_partner_keys_only(
    api: Api, keys: Keys, world: None
) -> None:
    intro_id = await introduce(api, keys, "partner-co")
    claire = await keys("mentor", "claire")
    found = (await api.data(CONTACTS, {"id": intro_id}, key=claire))["introduction"]
    assert found["contacts"]["requester"] is None
    host = await keys("partner", "technopark")  # acts for partner-co: the requester's side
    hosted = (await api.data(CONTACTS, {"id": intro_id}, key=host))["introduction"]
    # A host sees no more of its own startup than anyone else: its contact faces the target.
    assert hosted["contacts"]["requester"] is None


PARTIES = """query($id: ID!) { introduction(id: $id) {
  requester { ... on Startup { id } }
  target { ... on Mentor { id name } } } }"""


async def test_a_party_that_turns_private_is_absent_from_the_introduction(
    api: Api, keys: Keys, store: GraphStore, world: None
) -> None:
    intro_id = await introduce(api, keys, "open-co")
    open_co = await keys("startup", "open-co")
    before = (await api.data(PARTIES, {"id": intro_id}, key=open_co))["introduction"]
    assert before["target"] == {"id": "claire", "name": before["target"]["name"]}
    await store.write("MATCH (m:Mentor {id: 'claire'}) SET m.profile_visibility = 'private'")
    after = (await api.data(PARTIES, {"id": intro_id}, key=open_co))["introduction"]
    assert after == {"requester": {"id": "open-co"}, "target": None}
    claire = await keys("mentor", "claire")  # itself, and admins, still see it
    mine = (await api.data(PARTIES, {"id": intro_id}, key=claire))["introduction"]
    assert mine["target"]["id"] == "claire"
