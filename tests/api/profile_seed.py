"""Reference data and helpers shared by the profile mutation tests."""

from __future__ import annotations

import json
from typing import Any

from hub.graph.store import GraphStore

SEED = """
CREATE (ma:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc',
        name_ar: 'المغرب', search: 'maroc | المغرب'}),
       (fr:Entity:Country {id: 'france', code: 'FR', region: 'europe', name_fr: 'France',
        search: 'france'}),
       (casa:Entity:City {id: 'casablanca', name_fr: 'Casablanca', search: 'casablanca'})
        -[:IN_COUNTRY]->(ma),
       (rabat:Entity:City {id: 'rabat', name_fr: 'Rabat', search: 'rabat'})-[:IN_COUNTRY]->(ma),
       (mrs:Entity:City {id: 'marseille', name_fr: 'Marseille', search: 'marseille'})
        -[:IN_COUNTRY]->(fr),
       (:Entity:Sector {id: 'energy', name_fr: 'Énergie', name_en: 'Energy', name_ar: 'الطاقة',
        search: 'energie | energy | الطاقه'}),
       (:Entity:Sector {id: 'agritech', name_fr: 'Agritech', search: 'agritech'}),
       (tp:Entity:Organisation {id: 'technopark-casa', kind: 'technopark_site',
        name_fr: 'Technopark Casablanca', search: 'technopark casablanca'})-[:LOCATED_IN]->(casa),
       (inc:Entity:Organisation {id: 'incubator-mrs', kind: 'incubator',
        name_fr: 'Incubateur Marseille', search: 'incubateur marseille'})-[:LOCATED_IN]->(mrs),
       (:Entity:Programme {id: 'passerelle-2026', name_fr: 'Passerelle 2026',
        search: 'passerelle 2026'})-[:RUN_BY]->(tp),
       (:Entity:Programme {id: 'cap-sud', name_fr: 'Cap Sud', search: 'cap sud'})-[:RUN_BY]->(inc)
"""


async def seed(store: GraphStore) -> None:
    await store.write(SEED)


async def snapshot(store: GraphStore) -> tuple[list[str], list[str]]:
    """Every node's and relationship's properties: equal snapshots mean nothing was written."""
    nodes = await store.read("MATCH (n) RETURN labels(n) AS labels, n {.*} AS props")
    rels = await store.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r {.*} AS props"
    )

    def dump(rows: list[dict[str, Any]]) -> list[str]:
        return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)

    return dump(nodes), dump(rels)


async def rel_count(store: GraphStore, rel: str) -> int:
    rows = await store.read(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS n")
    return int(rows[0]["n"])


def codes(body: dict[str, Any]) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors") or []]


def fields(body: dict[str, Any]) -> list[str | None]:
    return [e["extensions"].get("field") for e in body.get("errors") or []]
