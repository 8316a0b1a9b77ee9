"""What a create or update of a startup, mentor or organisation changes (pure, no I/O).

`given` holds only the fields the caller sent (snake_case names): a field left out is left
unchanged; null (or an empty list) clears it. The result says which properties to set (None:
remove) and which relationship sets to replace, by link name (the query modules map them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hub.domain import validation as v
from hub.domain.consent import DEFAULT_CONTACT, DEFAULT_PROFILE, Visibility
from hub.domain.errors import InvalidInput
from hub.domain.ids import check_slug
from hub.domain.text import search_text
from hub.domain.vocabulary import LANGUAGES, OrganisationKind, Purpose, Stage

MAX_HOSTS = 10
#: Active mentees a new mentor takes unless they say otherwise (mentoring links respect it).
DEFAULT_CAPACITY = 3


@dataclass(frozen=True)
class Changes:
    props: dict[str, Any] = field(default_factory=dict)  # None: remove the property
    links: dict[str, list[str]] = field(default_factory=dict)  # link name -> the new target ids

    def for_create(self) -> dict[str, Any]:
        return {k: val for k, val in self.props.items() if val is not None}


def _set(props: dict[str, Any], name: str, value: Any) -> None:
    props[name] = value if value != [] else None


def _contact(given: Mapping[str, Any], props: dict[str, Any]) -> None:
    """Fields every profile shares."""
    checks = {"website": v.url, "email": v.email, "phone": v.phone}
    for name, check in checks.items():
        if name in given:
            _set(props, name, check(given[name], name))
    if "languages" in given:
        _set(props, "languages", v.languages(given["languages"]))
    if "demo" in given:
        props["demo"] = bool(given["demo"]) if given["demo"] is not None else None


def _consent(given: Mapping[str, Any], props: dict[str, Any], creating: bool) -> None:
    """Profile and contact visibility (`hub.domain.consent`): stored on create, defaults then."""
    defaults = {"profile_visibility": DEFAULT_PROFILE, "contact_visibility": DEFAULT_CONTACT}
    for name, default in defaults.items():
        if name in given and given[name] is not None:
            props[name] = v.member(given[name], Visibility, v.camel(name))
        elif creating:
            props[name] = default.value
        elif name in given:
            raise InvalidInput("{field} is required", field=v.camel(name))


def _links(
    given: Mapping[str, Any], names: Mapping[str, str], limits: Mapping[str, int]
) -> dict[str, list[str]]:
    links: dict[str, list[str]] = {}
    for key, link in names.items():
        if key not in given:
            continue
        value = given[key]
        if key.endswith("_ids"):
            links[link] = v.capped(value, v.camel(key), limit=limits.get(key, v.MAX_LIST))
        else:
            links[link] = v.capped([value] if value else [], v.camel(key), limit=1)
    return links


def _name(given: Mapping[str, Any], props: dict[str, Any], creating: bool) -> None:
    if creating or "name" in given:
        props["name"] = v.required_text(given.get("name"), "name")
        props["search"] = search_text(props["name"])


def startup(given: Mapping[str, Any], *, creating: bool, this_year: int) -> Changes:
    props: dict[str, Any] = {}
    _name(given, props, creating)
    if creating or "stage" in given:
        if given.get("stage") is None:
            raise InvalidInput("{field} is required", field="stage")
        props["stage"] = v.member(given["stage"], Stage, "stage")
    if "description" in given:
        props.update(
            v.translations(given["description"], "description", "description", limit=v.MAX_TEXT)
        )
    if "founded_year" in given:
        props["founded_year"] = v.integer(
            given["founded_year"], "foundedYear", low=v.FIRST_YEAR, high=this_year
        )
    for name in ("seeks", "offers"):
        if name in given:
            _set(props, name, v.members(given[name], Purpose, name))
    if "funding_sought" in given:
        props.update(v.money(given["funding_sought"], "funding_sought"))
    _contact(given, props)
    _consent(given, props, creating)
    links = _links(
        given,
        {
            "city_id": "city",
            "host_ids": "hosts",
            "sector_ids": "sectors",
            "target_ids": "targets",
            "diaspora_origin_id": "diaspora",
        },
        {"host_ids": MAX_HOSTS},
    )
    return Changes(props, links)


def mentor(given: Mapping[str, Any], *, creating: bool) -> Changes:
    props: dict[str, Any] = {}
    _name(given, props, creating)
    if "bio" in given:
        props.update(v.translations(given["bio"], "bio", "bio", limit=v.MAX_TEXT))
    if "capacity" in given and given["capacity"] is not None:
        props["capacity"] = v.integer(given["capacity"], "capacity", low=0, high=v.MAX_CAPACITY)
    elif creating:
        props["capacity"] = DEFAULT_CAPACITY
    _contact(given, props)
    _consent(given, props, creating)
    links = _links(
        given,
        {"city_id": "city", "sector_ids": "sectors", "affiliation_ids": "affiliations"},
        {"affiliation_ids": MAX_HOSTS},
    )
    return Changes(props, links)


def organisation(
    given: Mapping[str, Any], *, creating: bool, current: Mapping[str, Any] | None = None
) -> Changes:
    """`current`: the stored organisation on update (its names make the new `search`)."""
    props: dict[str, Any] = {}
    if "id" in given and given["id"] is not None:
        if not creating:
            raise InvalidInput("{field} cannot change", field="id")
        props["id"] = check_slug(given["id"])
    if creating or "kind" in given:
        if given.get("kind") is None:
            raise InvalidInput("{field} is required", field="kind")
        props["kind"] = v.member(given["kind"], OrganisationKind, "kind")
    names = v.translations(given.get("name"), "name", "name", limit=v.MAX_NAME)
    if creating or names:
        merged = {
            f"name_{lang.value}": (current or {}).get(f"name_{lang.value}") for lang in LANGUAGES
        }
        merged.update(names)
        if not any(merged.values()):
            raise InvalidInput("{field} is required in at least one language", field="name")
        props.update(names)
        props["search"] = search_text(*merged.values())
    if "description" in given:
        props.update(
            v.translations(given["description"], "description", "description", limit=v.MAX_TEXT)
        )
    _contact(given, props)
    props.pop("demo", None)
    return Changes(props, _links(given, {"city_id": "city"}, {}))
