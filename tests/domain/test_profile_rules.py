"""The pure rules behind profile mutations: validation, translations, access."""

import pytest

from hub.domain import access, links, profiles
from hub.domain import validation as v
from hub.domain.errors import Forbidden, InvalidInput
from hub.domain.keys import Caller
from hub.domain.vocabulary import Language, OrganisationKind, Role, Stage

ADMIN = Caller(Role.ADMIN)
PARTNER = Caller(Role.PARTNER, "org-a")
MENTOR = Caller(Role.MENTOR, "m1")
STARTUP = Caller(Role.STARTUP, "s1")


def test_translations_set_given_languages_and_clear_empty_ones() -> None:
    given = {Language.FR: " Bonjour ", Language.EN: None, Language.AR: ""}
    assert v.translations(given, "bio", "bio", limit=10) == {"bio_fr": "Bonjour", "bio_ar": None}


def test_create_drops_absent_values_and_update_keeps_removals() -> None:
    created = profiles.startup(
        {"name": "Énergie", "stage": Stage.IDEA, "website": None, "languages": []},
        creating=True,
        this_year=2026,
    )
    assert created.for_create() == {
        "name": "Énergie",
        "search": "energie",
        "stage": "idea",
        "profile_visibility": "public",
        "contact_visibility": "public",
    }
    updated = profiles.startup({"website": None}, creating=False, this_year=2026)
    assert updated.props == {"website": None}


def test_links_are_deduplicated_and_single_links_clear_with_null() -> None:
    changes = profiles.startup(
        {"sector_ids": ["a", "a", " b "], "city_id": None, "diaspora_origin_id": "ma"},
        creating=False,
        this_year=2026,
    )
    assert changes.links == {"sectors": ["a", "b"], "city": [], "diaspora": ["ma"]}


@pytest.mark.parametrize(
    ("given", "field"),
    [
        ({"stage": Stage.IDEA}, "name"),
        ({"name": "x"}, "stage"),
        ({"name": "x", "stage": "later"}, "stage"),
        ({"name": "x", "stage": Stage.IDEA, "founded_year": 2027}, "foundedYear"),
        (
            {
                "name": "x",
                "stage": Stage.IDEA,
                "target_ids": [str(i) for i in range(21)],
            },
            "targetIds",
        ),
    ],
)
def test_startup_checks_name_the_field(given: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        profiles.startup(given, creating=True, this_year=2026)
    assert raised.value.field == field


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("https://a.example/x?y=1", True),
        ("http://a.b", True),
        ("a.example", False),
        ("javascript:alert(1)", False),
        ("https://nodot", False),
    ],
)
def test_url_shape(value: str, ok: bool) -> None:
    if ok:
        assert v.url(value, "website") == value
    else:
        with pytest.raises(InvalidInput):
            v.url(value, "website")


def test_language_codes_are_iso_639_1_lowercased() -> None:
    assert v.languages(["FR", "ar", "fr"]) == ["fr", "ar"]
    with pytest.raises(InvalidInput):
        v.languages(["fre"])


def test_organisation_search_merges_stored_and_new_names() -> None:
    current = {"name_fr": "Réseau", "name_en": "Network"}
    changes = profiles.organisation(
        {"name": {Language.EN: "", Language.AR: "شبكة"}}, creating=False, current=current
    )
    assert changes.props == {"name_en": None, "name_ar": "شبكة", "search": "reseau | شبكه"}
    with pytest.raises(InvalidInput):
        profiles.organisation({"name": {Language.FR: ""}}, creating=False, current={"name_fr": "R"})
    assert "search" not in profiles.organisation({"website": None}, creating=False).props


def test_organisation_create_needs_kind_name_and_a_slug_id() -> None:
    made = profiles.organisation(
        {"id": "wadi", "kind": OrganisationKind.EVENT, "name": {Language.FR: "Wadi"}},
        creating=True,
    )
    assert made.props["id"] == "wadi" and made.props["kind"] == "event"
    with pytest.raises(InvalidInput):
        profiles.organisation({"id": "Wadi Hub", "kind": "event"}, creating=True)


def test_link_properties() -> None:
    assert links.programme_membership(" A ", 2027, 2026) == {"cohort": "A", "year": 2027}
    with pytest.raises(InvalidInput):
        links.partnership("a", "a", 2020, "MoU", 2026)


def test_access_rules() -> None:
    access.require_steward(PARTNER, "s9", ["org-a"])
    with pytest.raises(Forbidden):
        access.require_steward(STARTUP, "s1", [])  # a startup does not delete itself
    with pytest.raises(Forbidden):
        access.require_may_set_hosts(STARTUP, [])
    access.require_may_set_hosts(PARTNER, ["org-a"])  # its own organisation
    access.require_may_set_hosts(ADMIN, ["org-b", "org-c"])
    with pytest.raises(Forbidden):
        access.require_may_set_hosts(PARTNER, ["org-a", "org-b"])  # org-b accepts first
    assert access.creator_stewards(PARTNER) == ["org-a"] and access.creator_stewards(ADMIN) == []
