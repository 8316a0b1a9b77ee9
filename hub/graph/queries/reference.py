"""Reference data: countries, cities, sectors, programmes."""

from hub.graph.store import GraphStore, Row


async def countries(store: GraphStore) -> list[Row]:
    rows = await store.read("MATCH (c:Country) RETURN c {.*} AS node ORDER BY c.search, c.id")
    return [row["node"] for row in rows]


async def cities(store: GraphStore, country: str | None) -> list[Row]:
    rows = await store.read(
        "MATCH (c:City)-[:IN_COUNTRY]->(k:Country) WHERE $country IS NULL OR k.id = $country "
        "RETURN c {.*} AS node ORDER BY c.search, c.id",
        {"country": country},
    )
    return [row["node"] for row in rows]


async def sectors(store: GraphStore) -> list[Row]:
    rows = await store.read("MATCH (s:Sector) RETURN s {.*} AS node ORDER BY s.search, s.id")
    return [row["node"] for row in rows]


async def programmes(store: GraphStore) -> list[Row]:
    rows = await store.read("MATCH (p:Programme) RETURN p {.*} AS node ORDER BY p.search, p.id")
    return [row["node"] for row in rows]
