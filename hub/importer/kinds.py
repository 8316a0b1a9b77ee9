"""What a file's columns mean for each kind: the domain validator, the stored links, and how a
cell becomes the value the domain rules take (`given`, as a mutation would send it)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from hub.domain import profiles
from hub.domain.validation import camel
from hub.domain.vocabulary import LANGUAGES
from hub.graph.queries.bulk import LinkSpec
from hub.graph.queries.mentors import MENTOR
from hub.graph.queries.organisations import ORGANISATION
from hub.graph.queries.profiles import Profile
from hub.graph.queries.startups import STARTUP

#: How a cell is read: text, a whole number, a list (`;`-separated in CSV/XLSX), a yes/no.
TEXT, INTEGER, LIST, BOOL = "text", "integer", "list", "bool"


@dataclass(frozen=True)
class Column:
    name: str  # in the file
    given: str  # the domain's key (snake_case, as `profiles.*` takes it)
    cell: str = TEXT
    language: str | None = None  # translations: given[key][language]


@dataclass(frozen=True, eq=False)
class Sheet:
    """The spreadsheet of one kind of profile: its columns and the rules its rows follow."""

    name: str  # startups, mentors, organisations
    profile: Profile
    columns: tuple[Column, ...]
    validate: Callable[[Mapping[str, Any], bool], profiles.Changes]  # (given, creating)
    additive: frozenset[str] = frozenset()  # links an import adds to but never removes
    #: Valid values that stand in for a required field once its absence is reported, so that
    #: the row's other fields are checked too (never written: the row is rejected).
    stand_ins: Mapping[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.profile.label

    def link_specs(self, names: list[str]) -> list[LinkSpec]:
        return [
            LinkSpec(
                n, self.profile.links[n].rel, self.profile.links[n].targets, n in self.additive
            )
            for n in names
        ]

    def column(self, name: str) -> Column | None:
        return _by_name(self).get(name)

    def by_field(self, field_name: str) -> Column | None:
        """The column behind a domain error's field (the API's camelCase name)."""
        return _by_field(self).get(field_name)

    def default_keys(self) -> frozenset[str]:
        """Properties the domain gives a new record when no cell sets them."""
        return _defaults(self)


@cache
def _by_name(kind: Sheet) -> dict[str, Column]:
    return {c.name: c for c in kind.columns}


@cache
def _by_field(kind: Sheet) -> dict[str, Column]:
    found: dict[str, Column] = {}
    for c in kind.columns:
        found.setdefault(camel(c.given), c)
    return found


@cache
def _defaults(kind: Sheet) -> frozenset[str]:
    given = {k: v for k, v in kind.stand_ins.items()}
    created, updated = kind.validate(given, True), kind.validate(given, False)
    return frozenset(set(created.props) - set(updated.props))


def _texts(field: str) -> tuple[Column, ...]:
    return tuple(Column(f"{field}_{lang.value}", field, TEXT, lang.value) for lang in LANGUAGES)


_CONTACT = (
    Column("website", "website"),
    Column("email", "email"),
    Column("phone", "phone"),
    Column("languages", "languages", LIST),
)


def _startup(given: Mapping[str, Any], creating: bool) -> profiles.Changes:
    return profiles.startup(given, creating=creating, this_year=datetime.now(UTC).year)


STARTUPS = Sheet(
    "startups",
    STARTUP,
    (
        Column("id", "id"),
        Column("name", "name"),
        Column("stage", "stage"),
        Column("founded_year", "founded_year", INTEGER),
        *_texts("description"),
        *_CONTACT,
        Column("seeks", "seeks", LIST),
        Column("offers", "offers", LIST),
        Column("demo", "demo", BOOL),
        Column("city", "city_id"),
        Column("hosts", "host_ids", LIST),
        Column("sectors", "sector_ids", LIST),
        Column("targets", "target_ids", LIST),
        Column("diaspora_origin", "diaspora_origin_id"),
    ),
    _startup,
    frozenset({"hosts"}),
    {"name": "-", "stage": "idea"},
)

MENTORS = Sheet(
    "mentors",
    MENTOR,
    (
        Column("id", "id"),
        Column("name", "name"),
        Column("capacity", "capacity", INTEGER),
        *_texts("bio"),
        *_CONTACT,
        Column("demo", "demo", BOOL),
        Column("city", "city_id"),
        Column("sectors", "sector_ids", LIST),
        Column("affiliations", "affiliation_ids", LIST),
    ),
    lambda given, creating: profiles.mentor(given, creating=creating),
    frozenset({"affiliations"}),
    {"name": "-"},
)

ORGANISATIONS = Sheet(
    "organisations",
    ORGANISATION,
    (
        Column("id", "id"),
        Column("kind", "kind"),
        *_texts("name"),
        *_texts("description"),
        *_CONTACT,
        Column("city", "city_id"),
    ),
    lambda given, creating: profiles.organisation(given, creating=creating),
    stand_ins={"kind": "company", "name": {"fr": "-"}},
)

KINDS = {kind.name: kind for kind in (STARTUPS, MENTORS, ORGANISATIONS)}

#: Link names (the domain's, `Changes.links`) -> the column that sets them.
LINK_COLUMNS = {
    "city": "city",
    "hosts": "hosts",
    "sectors": "sectors",
    "targets": "targets",
    "diaspora": "diaspora_origin",
    "affiliations": "affiliations",
}
