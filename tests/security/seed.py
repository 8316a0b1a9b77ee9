"""A small graph with one startup and one mentor of each visibility, seeded by direct Cypher."""

from hub.graph.queries import match_index
from hub.graph.store import GraphStore

SEED = """
CREATE (ma:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc',
            search: 'maroc'}),
       (fr:Entity:Country {id: 'france', code: 'FR', region: 'europe', name_fr: 'France',
            search: 'france'}),
       (casa:Entity:City {id: 'casablanca', name_fr: 'Casablanca', search: 'casablanca'})
            -[:IN_COUNTRY]->(ma),
       (mrs:Entity:City {id: 'marseille', name_fr: 'Marseille', search: 'marseille'})
            -[:IN_COUNTRY]->(fr),
       (ai:Entity:Sector {id: 'ai', name_fr: 'IA', search: 'ia'}),
       (tp:Entity:Organisation {id: 'technopark', kind: 'technopark_site',
            name_fr: 'Technopark', search: 'technopark'})-[:LOCATED_IN]->(casa),
       (mi:Entity:Organisation {id: 'marseille-innovation', kind: 'incubator',
            name_fr: 'Marseille Innovation', search: 'marseille innovation'})
            -[:LOCATED_IN]->(mrs),
       (pub:Entity:Startup {id: 'open-co', name: 'Open Co', search: 'open co',
            stage: 'creation', email: 'hi@open.test', phone: '+212 600 000 001',
            profile_visibility: 'public', contact_visibility: 'public'})-[:LOCATED_IN]->(casa),
       (par:Entity:Startup {id: 'partner-co', name: 'Partner Co', search: 'partner co',
            stage: 'creation', email: 'hi@partner.test',
            profile_visibility: 'partners', contact_visibility: 'partners'})
            -[:LOCATED_IN]->(casa),
       (pri:Entity:Startup {id: 'quiet-co', name: 'Quiet Co', search: 'quiet co',
            stage: 'creation', email: 'hi@quiet.test',
            profile_visibility: 'private', contact_visibility: 'private'})-[:LOCATED_IN]->(casa),
       (old:Entity:Startup {id: 'legacy-co', name: 'Legacy Co', search: 'legacy co',
            stage: 'idea', email: 'hi@legacy.test'})-[:LOCATED_IN]->(casa),
       (pub)-[:HOSTED_BY]->(tp), (par)-[:HOSTED_BY]->(tp), (pri)-[:HOSTED_BY]->(tp),
       (pub)-[:IN_SECTOR]->(ai), (par)-[:IN_SECTOR]->(ai), (pri)-[:IN_SECTOR]->(ai),
       (claire:Entity:Mentor {id: 'claire', name: 'Claire', search: 'claire', capacity: 3,
            email: 'claire@mentor.test', profile_visibility: 'public',
            contact_visibility: 'public'})-[:LOCATED_IN]->(mrs),
       (hidden:Entity:Mentor {id: 'hidden', name: 'Hidden', search: 'hidden', capacity: 3,
            email: 'hidden@mentor.test', profile_visibility: 'private',
            contact_visibility: 'private'})-[:LOCATED_IN]->(mrs),
       (claire)-[:AFFILIATED_WITH]->(mi), (hidden)-[:AFFILIATED_WITH]->(mi),
       (claire)-[:MENTORS]->(pub), (hidden)-[:MENTORS]->(pub), (claire)-[:MENTORS]->(pri)
"""

#: Every startup and mentor id, by the visibility its profile has.
PUBLIC = ["claire", "legacy-co", "open-co"]
PARTNERS = ["partner-co"]
PRIVATE = ["hidden", "quiet-co"]


async def seed(store: GraphStore) -> None:
    await store.write(SEED)
    await match_index.refresh_all(store)  # as `hub migrate` does after a load by hand
