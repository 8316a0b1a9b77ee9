from hub.graph.store import GraphStore
from tests.conftest import Api

SEED = """
CREATE (ma:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc',
        name_en: 'Morocco', name_ar: 'المغرب', search: 'maroc'}),
       (fr:Entity:Country {id: 'france', code: 'FR', region: 'europe', name_fr: 'France',
        search: 'france'}),
       (c:Entity:City {id: 'casablanca', name_fr: 'Casablanca', name_ar: 'الدار البيضاء',
        technopark: 'operational', search: 'casablanca'})-[:IN_COUNTRY]->(ma),
       (f:Entity:City {id: 'fes', name_fr: 'Fès', technopark: 'planned', search: 'fes'})
        -[:IN_COUNTRY]->(ma),
       (m:Entity:City {id: 'marseille', name_fr: 'Marseille', search: 'marseille'})
        -[:IN_COUNTRY]->(fr)
"""


async def test_countries_and_cities_in_the_asked_language(store: GraphStore, api: Api) -> None:
    await store.write(SEED)
    data = await api.data(
        "{ countries { id name { text language dir } region cities { id technoparkStatus } } }",
        language="ar, fr;q=0.5",
    )
    morocco = next(c for c in data["countries"] if c["id"] == "morocco")
    assert morocco["name"] == {"text": "المغرب", "language": "AR", "dir": "RTL"}
    assert [c["id"] for c in morocco["cities"]] == ["casablanca", "fes"]
    assert [c["technoparkStatus"] for c in morocco["cities"]] == ["OPERATIONAL", "PLANNED"]
    france = next(c for c in data["countries"] if c["id"] == "france")
    # No Arabic name: French is served, and the response says so.
    assert france["name"] == {"text": "France", "language": "FR", "dir": "LTR"}


async def test_cities_of_one_country_and_node_lookup(store: GraphStore, api: Api) -> None:
    await store.write(SEED)
    data = await api.data(
        '{ cities(country: "france") { id country { code } } '
        'node(id: "casablanca") { __typename id } missing: node(id: "nowhere") { id } }'
    )
    assert data["cities"] == [{"id": "marseille", "country": {"code": "FR"}}]
    assert data["node"] == {"__typename": "City", "id": "casablanca"}
    assert data["missing"] is None
