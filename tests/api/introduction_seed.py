"""A small two-ecosystem graph for the introduction tests, seeded by direct Cypher."""

from hub.graph.queries import match_index
from hub.graph.store import GraphStore

SEED = """
CREATE (ma:Entity:Country {id: 'morocco', code: 'MA', region: 'africa', name_fr: 'Maroc'}),
       (fr:Entity:Country {id: 'france', code: 'FR', region: 'europe', name_fr: 'France'}),
       (casa:Entity:City {id: 'casablanca', name_fr: 'Casablanca'})-[:IN_COUNTRY]->(ma),
       (rabat:Entity:City {id: 'rabat', name_fr: 'Rabat'})-[:IN_COUNTRY]->(ma),
       (mrs:Entity:City {id: 'marseille', name_fr: 'Marseille'})-[:IN_COUNTRY]->(fr),
       (ai:Entity:Sector {id: 'ai', name_fr: 'IA', name_en: 'AI'}),
       (fin:Entity:Sector {id: 'fintech', name_fr: 'Fintech'}),
       (tpc:Entity:Organisation {id: 'technopark-casablanca', kind: 'technopark_site',
            name_fr: 'Technopark Casablanca', languages: ['fr', 'ar'],
            email: 'casa@technopark.test'})-[:LOCATED_IN]->(casa),
       (tpr:Entity:Organisation {id: 'technopark-rabat', kind: 'technopark_site',
            name_fr: 'Technopark Rabat', languages: ['fr', 'ar']})-[:LOCATED_IN]->(rabat),
       (mi:Entity:Organisation {id: 'marseille-innovation', kind: 'incubator',
            name_fr: 'Marseille Innovation', languages: ['fr', 'en']})-[:LOCATED_IN]->(mrs),
       (amp:Entity:Organisation {id: 'aix-marseille-metropole', kind: 'public_body',
            name_fr: 'Métropole Aix-Marseille-Provence', languages: ['fr']})-[:LOCATED_IN]->(mrs),
       (funder:Entity:Organisation {id: 'sud-capital', kind: 'funder', name_fr: 'Sud Capital',
            languages: ['fr', 'en']})-[:LOCATED_IN]->(mrs),
       (amp)-[:PARTNERS_WITH {since: 2018, agreement: 'Convention Aix-Marseille–Technopark'}]
            ->(tpc),
       (mi)-[:PARTNERS_WITH {since: 2019}]->(amp),
       (mit:Entity:Programme {id: 'mit-africa', name_fr: 'MIT Africa'})-[:RUN_BY]->(mi),
       (atlas:Entity:Startup {id: 'atlas-ai', name: 'Atlas AI', stage: 'development',
            languages: ['fr', 'ar', 'en'], seeks: ['mentoring', 'market_access'],
            offers: ['partnership'], email: 'hello@atlas.test', phone: '+212 5 00',
            demo: true})-[:LOCATED_IN]->(casa),
       (atlas)-[:HOSTED_BY {since: 2023}]->(tpc), (atlas)-[:IN_SECTOR]->(ai),
       (atlas)-[:TARGETS]->(fr), (atlas)-[:IN_PROGRAMME {cohort: '2', year: 2024}]->(mit),
       (rif:Entity:Startup {id: 'rif-pay', name: 'Rif Pay', stage: 'creation',
            languages: ['ar', 'fr'], seeks: ['funding'], offers: [], demo: true,
            email: 'team@rifpay.test'})-[:LOCATED_IN]->(rabat),
       (rif)-[:HOSTED_BY]->(tpr), (rif)-[:IN_SECTOR]->(fin),
       (med:Entity:Startup {id: 'medsud', name: 'MedSud', stage: 'acceleration',
            languages: ['fr', 'en'], seeks: ['market_access', 'partnership'],
            offers: ['partnership', 'market_access'], email: 'contact@medsud.test',
            demo: true})-[:LOCATED_IN]->(mrs),
       (med)-[:HOSTED_BY]->(mi), (med)-[:IN_SECTOR]->(ai), (med)-[:TARGETS]->(ma),
       (dia:Entity:Startup {id: 'diaspo-lab', name: 'Diaspo Lab', stage: 'idea',
            languages: ['fr', 'ar'], seeks: ['settlement_support'], offers: [],
            demo: true})-[:LOCATED_IN]->(mrs),
       (dia)-[:DIASPORA_OF]->(ma), (dia)-[:IN_PROGRAMME {cohort: '2', year: 2024}]->(mit),
       (dia)-[:IN_SECTOR]->(fin),
       (claire:Entity:Mentor {id: 'claire', name: 'Claire M.', languages: ['fr', 'en'],
            capacity: 1, email: 'claire@mentor.test', demo: true})-[:LOCATED_IN]->(mrs),
       (claire)-[:EXPERT_IN]->(ai), (claire)-[:AFFILIATED_WITH]->(mi),
       (paul:Entity:Mentor {id: 'paul', name: 'Paul R.', languages: ['fr'], capacity: 0,
            demo: true})-[:LOCATED_IN]->(mrs),
       (paul)-[:EXPERT_IN]->(ai),
       (yasmine:Entity:Mentor {id: 'yasmine', name: 'Yasmine B.', languages: ['ar', 'fr'],
            capacity: 2, demo: true})-[:LOCATED_IN]->(casa),
       (yasmine)-[:EXPERT_IN]->(fin), (yasmine)-[:AFFILIATED_WITH]->(tpc)
"""


async def seed(store: GraphStore) -> None:
    await store.write(SEED)
    await match_index.refresh_all(store)  # as `hub migrate` does after a load by hand
