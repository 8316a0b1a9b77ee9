"""Pure consent rules: profile and contact visibility, statistics disclosure, GDPR rights."""

from __future__ import annotations

import pytest

from hub.domain import access, consent, disclosure, gdpr
from hub.domain.errors import Forbidden
from hub.domain.keys import ANONYMOUS, Caller
from hub.domain.vocabulary import Role

ADMIN = Caller(Role.ADMIN, None, "k0")
PARTNER = Caller(Role.PARTNER, "technopark", "k1")
MENTOR = Caller(Role.MENTOR, "claire", "k2")
STARTUP = Caller(Role.STARTUP, "open-co", "k3")


@pytest.mark.parametrize(
    "stored,seen_by",
    [
        ("public", {"admin", "partner", "mentor", "startup", "anonymous"}),
        (None, {"admin", "partner", "mentor", "startup", "anonymous"}),  # written before consent
        ("partners", {"admin", "partner"}),
        ("private", {"admin"}),
    ],
)
def test_profile_visibility(stored: str | None, seen_by: set[str]) -> None:
    callers = {
        "admin": ADMIN,
        "partner": PARTNER,
        "mentor": MENTOR,
        "startup": STARTUP,
        "anonymous": ANONYMOUS,
    }
    found = {n for n, c in callers.items() if consent.may_see_profile(c, "quiet-co", stored)}
    assert found == seen_by
    assert consent.may_see_profile(Caller(Role.STARTUP, "quiet-co"), "quiet-co", "private")


def test_contact_needs_an_accepted_introduction_and_the_entitys_choice() -> None:
    assert access.may_see_contact(ADMIN, "x", "private", accepted_party=False)
    assert access.may_see_contact(Caller(Role.MENTOR, "x"), "x", "private", accepted_party=False)
    for stored in ("public", "partners", "private", None):
        assert not access.may_see_contact(PARTNER, "x", stored, accepted_party=False)
    assert access.may_see_contact(MENTOR, "x", "public", accepted_party=True)
    assert not access.may_see_contact(MENTOR, "x", "partners", accepted_party=True)
    assert access.may_see_contact(PARTNER, "x", "partners", accepted_party=True)
    assert not access.may_see_contact(PARTNER, "x", "private", accepted_party=True)
    assert not access.needs_introduction_check(ANONYMOUS, "x")
    assert not access.needs_introduction_check(ADMIN, "x")
    assert access.needs_introduction_check(MENTOR, "x")


def test_small_groups_with_a_hidden_profile_are_withheld_except_for_admins() -> None:
    groups = ["big", "small", "clean", "quiet-co"]
    hidden, public = [("quiet-co", "private")], [("open-co", "public")]
    members = {
        "big": [hidden, public, public],
        "small": [hidden, public],
        "clean": [public],
        "quiet-co": [hidden, hidden, hidden, public],  # keyed by the hidden profile itself
    }
    assert disclosure.shown(PARTNER, groups, str, members) == ["big", "clean"]
    assert disclosure.shown(ADMIN, groups, str, members) == groups


def test_gdpr_rights() -> None:
    assert gdpr.require_export(PARTNER) == "technopark"
    assert gdpr.require_erase(STARTUP) == "open-co"
    with pytest.raises(Forbidden):
        gdpr.require_export(ADMIN)
    with pytest.raises(Forbidden):
        gdpr.require_erase(PARTNER)
    assert gdpr.subject_hash("open-co") != "open-co"
    assert gdpr.subject_hash("open-co") == gdpr.subject_hash("open-co")
