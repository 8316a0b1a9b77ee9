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
from typing import Any

from hub.domain.keys import Caller
from hub.graph.queries import settlement
from hub.graph.queries.visibility import seen_by, visible
from hub.graph.store import GraphStore, Row


@dataclass(frozen=True)
class Traversal:
    source: str
    pattern: str  # from (a) to (b) through [r]
    target: str


def _t(source: str, pattern: str, target: str) -> Traversal:
    return Traversal(source, pattern, target)


TRAVERSALS: dict[str, Traversal] = {
    # places
    "country.cities": _t("Country", "(a)<-[r:IN_COUNTRY]-(b)", "City"),
    "city.country": _t("City", "(a)-[r:IN_COUNTRY]->(b)", "Country"),
    "city.organisations": _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Organisation"),
    "city.startups": _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Startup"),
    "city.mentors": _t("City", "(a)<-[r:LOCATED_IN]-(b)", "Mentor"),
    # organisations
    "organisation.city": _t("Organisation", "(a)-[r:LOCATED_IN]->(b)", "City"),
    "organisation.partners": _t("Organisation", "(a)-[r:PARTNERS_WITH]-(b)", "Organisation"),
    "organisation.programmes": _t("Organisation", "(a)<-[r:RUN_BY]-(b)", "Programme"),
    "organisation.hosted": _t("Organisation", "(a)<-[r:HOSTED_BY]-(b)", "Startup"),
    "organisation.mentors": _t("Organisation", "(a)<-[r:AFFILIATED_WITH]-(b)", "Mentor"),
    # programmes and sectors
    "programme.operators": _t("Programme", "(a)-[r:RUN_BY]->(b)", "Organisation"),
    "programme.startups": _t("Programme", "(a)<-[r:IN_PROGRAMME]-(b)", "Startup"),
    "sector.startups": _t("Sector", "(a)<-[r:IN_SECTOR]-(b)", "Startup"),
    "sector.mentors": _t("Sector", "(a)<-[r:EXPERT_IN]-(b)", "Mentor"),
    # startups
    "startup.city": _t("Startup", "(a)-[r:LOCATED_IN]->(b)", "City"),
    "startup.hosts": _t("Startup", "(a)-[r:HOSTED_BY]->(b)", "Organisation"),
    "startup.sectors": _t("Startup", "(a)-[r:IN_SECTOR]->(b)", "Sector"),
    "startup.target_cities": _t("Startup", "(a)-[r:TARGETS]->(b)", "City"),
    "startup.target_countries": _t("Startup", "(a)-[r:TARGETS]->(b)", "Country"),
    "startup.programmes": _t("Startup", "(a)-[r:IN_PROGRAMME]->(b)", "Programme"),
    "startup.mentors": _t("Startup", "(a)<-[r:MENTORS]-(b)", "Mentor"),
    "startup.diaspora_origin": _t("Startup", "(a)-[r:DIASPORA_OF]->(b)", "Country"),
    # mentors
    "mentor.city": _t("Mentor", "(a)-[r:LOCATED_IN]->(b)", "City"),
    "mentor.sectors": _t("Mentor", "(a)-[r:EXPERT_IN]->(b)", "Sector"),
    "mentor.affiliations": _t("Mentor", "(a)-[r:AFFILIATED_WITH]->(b)", "Organisation"),
    "mentor.mentees": _t("Mentor", "(a)-[r:MENTORS]->(b)", "Startup"),
    # introductions (ordered by seq by the caller)
    "introduction.events": _t("Introduction", "(a)<-[r:OF]-(b)", "IntroductionEvent"),
}


#: Named like traversals, written with the aggregate they belong to.
COLLECTIONS: dict[str, Callable[[str, int | None], str]] = {
    "startup.settlement_journeys": settlement.journeys_statement,
    "journey.steps": settlement.steps_statement,
}


def statement(name: str, ids: str = "ids", part: int | None = None) -> str:
    """The neighbours of the sources whose ids are in `$<ids>`; with `part`, each row says it."""
    if name in COLLECTIONS:
        return COLLECTIONS[name](ids, part)
    t = TRAVERSALS[name]
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
    store: GraphStore, name: str, ids: Sequence[str], viewer: Caller
) -> dict[str, list[Row]]:
    """source id -> its neighbours' properties, each with the relationship's under `link`."""
    rows = await store.read(statement(name), {**seen_by(viewer), "ids": list(ids)})
    found: dict[str, list[Row]] = {row["source"]: row["targets"] for row in rows}
    return {i: found.get(i, []) for i in ids}


async def neighbours_of_many(
    store: GraphStore, wanted: Sequence[tuple[str, Sequence[str]]], viewer: Caller
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
