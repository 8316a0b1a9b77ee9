"""Neighbours of many nodes at once, along the graph's named traversals.

One statement per traversal and batch (`neighbours`), or for several traversals at once
(`neighbours_of_many`), so nested GraphQL fields cost one round trip per level whatever the
number of items. Each traversal is a fixed pattern from the model; callers name it.
Neighbours the caller may not see (`visibility.visible`, its `viewer` parameters) are left out.
A few collections with their own projection (a startup's journeys, a journey's steps:
`COLLECTIONS`) can be fetched in the same statement; whoever may follow them is decided above.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from hub.domain.keys import Caller
from hub.graph.queries import settlement
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row


class Traversal(StrEnum):
    """A named way from a node to its neighbours: callers name one, its pattern is here."""

    COUNTRY_CITIES = "country.cities"
    CITY_COUNTRY = "city.country"
    CITY_ORGANISATIONS = "city.organisations"
    CITY_STARTUPS = "city.startups"
    CITY_MENTORS = "city.mentors"
    ORGANISATION_CITY = "organisation.city"
    ORGANISATION_PARTNERS = "organisation.partners"
    ORGANISATION_PROGRAMMES = "organisation.programmes"
    ORGANISATION_HOSTED = "organisation.hosted"
    ORGANISATION_MENTORS = "organisation.mentors"
    PROGRAMME_OPERATORS = "programme.operators"
    PROGRAMME_STARTUPS = "programme.startups"
    SECTOR_STARTUPS = "sector.startups"
    SECTOR_MENTORS = "sector.mentors"
    STARTUP_CITY = "startup.city"
    STARTUP_HOSTS = "startup.hosts"
    STARTUP_SECTORS = "startup.sectors"
    STARTUP_TARGET_CITIES = "startup.target_cities"
    STARTUP_TARGET_COUNTRIES = "startup.target_countries"
    STARTUP_PROGRAMMES = "startup.programmes"
    STARTUP_MENTORS = "startup.mentors"
    STARTUP_DIASPORA_ORIGIN = "startup.diaspora_origin"
    MENTOR_CITY = "mentor.city"
    MENTOR_SECTORS = "mentor.sectors"
    MENTOR_AFFILIATIONS = "mentor.affiliations"
    MENTOR_MENTEES = "mentor.mentees"
    INTRODUCTION_EVENTS = "introduction.events"
    STARTUP_SETTLEMENT_JOURNEYS = "startup.settlement_journeys"
    JOURNEY_STEPS = "journey.steps"


@dataclass(frozen=True)
class Pattern:
    source: str
    pattern: str  # from (a) to (b) through [r]
    target: str


def _t(source: str, pattern: str, target: str) -> Pattern:
    return Pattern(source, pattern, target)


PATTERNS: dict[Traversal, Pattern] = {
    # places
    Traversal.COUNTRY_CITIES: _t("Country", "(a)<-[r:IN_COUNTRY]-(b)", "City"),
    Traversal.CITY_COUNTRY: _t("City", "(a)-[r:IN_COUNTRY]->(b)", "Country"),
    Traversal.CITY_ORGANISATIONS: _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Organisation"),
    Traversal.CITY_STARTUPS: _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Startup"),
    Traversal.CITY_MENTORS: _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Mentor"),
    # organisations
    Traversal.ORGANISATION_CITY: _t("Organisation", "(a)-[r:LOCATED_IN]->(b)", "City"),
    Traversal.ORGANISATION_PARTNERS: _t(
        "Organisation", "(a)-[r:PARTNERS_WITH]-(b)", "Organisation"
    ),
    Traversal.ORGANISATION_PROGRAMMES: _t("Organisation", "(a)<-[r:RUN_BY]-(b)", "Programme"),
    Traversal.ORGANISATION_HOSTED: _t("Organisation", "(a)<-[r:HOSTED_BY]-(b)", "Startup"),
    Traversal.ORGANISATION_MENTORS: _t("Organisation", "(a)<-[r:AFFILIATED_WITH]-(b)", "Mentor"),
    # programmes and sectors
    Traversal.PROGRAMME_OPERATORS: _t("Programme", "(a)-[r:RUN_BY]->(b)", "Organisation"),
    Traversal.PROGRAMME_STARTUPS: _t("Programme", "(a)<-[r:IN_PROGRAMME]-(b)", "Startup"),
    Traversal.SECTOR_STARTUPS: _t("Sector", "(a)<-[r:IN_SECTOR]-(b)", "Startup"),
    Traversal.SECTOR_MENTORS: _t("Sector", "(a)<-[r:EXPERT_IN]-(b)", "Mentor"),
    # startups
    Traversal.STARTUP_CITY: _t("Startup", "(a)-[r:LOCATED_IN]->(b)", "City"),
    Traversal.STARTUP_HOSTS: _t("Startup", "(a)-[r:HOSTED_BY]->(b)", "Organisation"),
    Traversal.STARTUP_SECTORS: _t("Startup", "(a)-[r:IN_SECTOR]->(b)", "Sector"),
    Traversal.STARTUP_TARGET_CITIES: _t("Startup", "(a)-[r:TARGETS]->(b)", "City"),
    Traversal.STARTUP_TARGET_COUNTRIES: _t("Startup", "(a)-[r:TARGETS]->(b)", "Country"),
    Traversal.STARTUP_PROGRAMMES: _t("Startup", "(a)-[r:IN_PROGRAMME]->(b)", "Programme"),
    Traversal.STARTUP_MENTORS: _t("Startup", "(a)<-[r:MENTORS]-(b)", "Mentor"),
    Traversal.STARTUP_DIASPORA_ORIGIN: _t("Startup", "(a)-[r:DIASPORA_OF]->(b)", "Country"),
    # mentors
    Traversal.MENTOR_CITY: _t("Mentor", "(a)-[r:LOCATED_IN]->(b)", "City"),
    Traversal.MENTOR_SECTORS: _t("Mentor", "(a)-[r:EXPERT_IN]->(b)", "Sector"),
    Traversal.MENTOR_AFFILIATIONS: _t("Mentor", "(a)-[r:AFFILIATED_WITH]->(b)", "Organisation"),
    Traversal.MENTOR_MENTEES: _t("Mentor", "(a)-[r:MENTORS]->(b)", "Startup"),
    # introductions (ordered by seq by the caller)
    Traversal.INTRODUCTION_EVENTS: _t("Introduction", "(a)<-[r:OF]-(b)", "IntroductionEvent"),
}


#: Named like traversals, written with the aggregate they belong to.
COLLECTIONS: dict[Traversal, Callable[[str, int | None], str]] = {
    Traversal.STARTUP_SETTLEMENT_JOURNEYS: settlement.journeys_statement,
    Traversal.JOURNEY_STEPS: settlement.steps_statement,
}


def statement(name: Traversal, ids: str = "ids", part: int | None = None) -> str:
    """The neighbours of the sources whose ids are in `$<ids>`; with `part`, each row says it."""
    if name in COLLECTIONS:
        return COLLECTIONS[name](ids, part)
    t = PATTERNS[name]
    match_b = t.pattern.replace("(b)", f"(b:{t.target})")
    columns = "a.id AS source, collect(b {.*, link: r {.*}}) AS targets"
    if part is not None:
        columns = f"{int(part)} AS part, {columns}"
    # Start from the ids (an index lookup): in one pattern, FalkorDB's planner may scan every
    # target instead (`<-[:MENTORS]-(b:Mentor)` scanned all mentors).
    return (
        f"MATCH (a:{t.source}) WHERE a.id IN ${ids} WITH a MATCH {match_b} WHERE {visible('b')} "
        f"WITH a, b, r ORDER BY b.search, b.id RETURN {columns}"
    )


async def neighbours(
    store: GraphStore, name: Traversal, ids: Sequence[str], viewer: Caller
) -> dict[str, list[Row]]:
    """source id -> its neighbours' properties, each with the relationship's under `link`."""
    rows = await store.read(statement(name), {**seen_by(viewer), "ids": list(ids)})
    found: dict[str, list[Row]] = {row["source"]: row["targets"] for row in rows}
    return {i: found.get(i, []) for i in ids}


async def neighbours_of_many(
    store: GraphStore, wanted: Sequence[tuple[Traversal, Sequence[str]]], viewer: Caller
) -> list[dict[str, list[Row]]]:
    """`neighbours` for several (traversal, source ids) at once: one statement (UNION ALL), so
    a whole request level costs one round trip. One dict per entry of `wanted`, in order."""
    if not wanted:
        return []
    params: dict[str, Any] = seen_by(viewer)
    parts = []
    for i, (name, ids) in enumerate(wanted):
        parts.append(statement(name, f"ids{i}", part=i))
        params[f"ids{i}"] = list(dict.fromkeys(ids))
    found: list[dict[str, list[Row]]] = [{} for _ in wanted]
    for row in await store.read(" UNION ALL ".join(parts), params):
        found[row["part"]][row["source"]] = row["targets"]
    return [{i: part.get(i, []) for i in ids} for part, (_, ids) in zip(found, wanted, strict=True)]
