"""Settlement templates in the graph: versioned, shared by every journey started from them.

(:SettlementTemplate)-[:HAS_STEP]->(:TemplateStep)-[:REQUIRES]->(:TemplateStep).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.graph.store import GraphStore, Row


async def create_template(
    store: GraphStore, key: str, version: int | None, props: Row, steps: list[Row]
) -> Row | None:
    """A new version of template `key`: exactly `version` if given (None if it exists already),
    otherwise the latest version + 1. Steps carry `requires` (keys); REQUIRES links follow them."""
    rows = await store.write(
        "OPTIONAL MATCH (x:SettlementTemplate {key: $key}) "
        "WITH coalesce(max(x.version), 0) AS latest, "
        "     sum(CASE WHEN x.version = $version THEN 1 ELSE 0 END) AS same "
        "WHERE $version IS NULL OR same = 0 "
        "WITH coalesce($version, latest + 1) AS version "
        "CREATE (t:Entity:SettlementTemplate) SET t = $props, t.key = $key, t.version = version, "
        "       t.id = $key + '-v' + toString(version) "
        "WITH t UNWIND $steps AS st "
        "CREATE (t)-[:HAS_STEP {created_at: t.created_at}]->(s:TemplateStep) "
        "SET s = st, s.id = t.id + '.' + st.key, s.created_at = t.created_at "
        "WITH DISTINCT t "
        "OPTIONAL MATCH (t)-[:HAS_STEP]->(a:TemplateStep), (t)-[:HAS_STEP]->(b:TemplateStep) "
        "WHERE b.key IN a.requires "
        "FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | "
        "  CREATE (a)-[:REQUIRES {created_at: t.created_at}]->(b)) "
        "WITH t, count(b) AS links "
        "RETURN t {.*} AS template",
        {"key": key, "version": version, "props": props, "steps": steps},
    )
    return rows[0]["template"] if rows else None


async def templates(store: GraphStore, country: str | None = None) -> list[Row]:
    """Every version of every template (of one country), newest version first per key."""
    rows = await store.read(
        "MATCH (t:SettlementTemplate) WHERE $country IS NULL OR t.country = $country "
        "RETURN t {.*} AS template ORDER BY t.key, t.version DESC",
        {"country": country},
    )
    return [row["template"] for row in rows]


async def templates_by_ids(store: GraphStore, ids: Sequence[str]) -> dict[str, Row]:
    rows = await store.read(
        "MATCH (t:SettlementTemplate) WHERE t.id IN $ids RETURN t {.*} AS template",
        {"ids": list(ids)},
    )
    return {row["template"]["id"]: row["template"] for row in rows}


async def template_steps(store: GraphStore, ids: Sequence[str]) -> dict[str, list[Row]]:
    rows = await store.read(
        "MATCH (t:SettlementTemplate)-[:HAS_STEP]->(s:TemplateStep) WHERE t.id IN $ids "
        "RETURN t.id AS template, s {.*} AS step ORDER BY s.position",
        {"ids": list(ids)},
    )
    found: dict[str, list[Row]] = {i: [] for i in ids}
    for row in rows:
        found[row["template"]].append(row["step"])
    return found
