// Graph schema for falkordb, generated from hub/graph/model.py by
// `hub export-graph-schema --backend falkordb`; `hub migrate` applies it.
CREATE (a)-[r:IN_COUNTRY]->(b) DELETE r, a, b;
CREATE (a)-[r:LOCATED_IN]->(b) DELETE r, a, b;
CREATE (a)-[r:HOSTED_BY]->(b) DELETE r, a, b;
CREATE (a)-[r:IN_SECTOR]->(b) DELETE r, a, b;
CREATE (a)-[r:IN_PROGRAMME]->(b) DELETE r, a, b;
CREATE (a)-[r:TARGETS]->(b) DELETE r, a, b;
CREATE (a)-[r:DIASPORA_OF]->(b) DELETE r, a, b;
CREATE (a)-[r:MENTORS]->(b) DELETE r, a, b;
CREATE (a)-[r:EXPERT_IN]->(b) DELETE r, a, b;
CREATE (a)-[r:AFFILIATED_WITH]->(b) DELETE r, a, b;
CREATE (a)-[r:PARTNERS_WITH]->(b) DELETE r, a, b;
CREATE (a)-[r:RUN_BY]->(b) DELETE r, a, b;
CREATE (a)-[r:BELONGS_TO]->(b) DELETE r, a, b;
CREATE (a)-[r:OFFERED]->(b) DELETE r, a, b;
CREATE (a)-[r:REQUESTED_BY]->(b) DELETE r, a, b;
CREATE (a)-[r:TARGETS_PARTY]->(b) DELETE r, a, b;
CREATE (a)-[r:BROKERED_BY]->(b) DELETE r, a, b;
CREATE (a)-[r:OF]->(b) DELETE r, a, b;
CREATE (a)-[r:FOR_STARTUP]->(b) DELETE r, a, b;
CREATE (a)-[r:IN_JOURNEY]->(b) DELETE r, a, b;
CREATE (a)-[r:INSTANCE_OF]->(b) DELETE r, a, b;
CREATE (a)-[r:HAS_STEP]->(b) DELETE r, a, b;
CREATE (a)-[r:USES]->(b) DELETE r, a, b;
CREATE (a)-[r:REQUIRES]->(b) DELETE r, a, b;
CREATE (a)-[r:ASSIGNED_TO]->(b) DELETE r, a, b;
CREATE (a)-[r:HELPED_BY]->(b) DELETE r, a, b;
CREATE (a)-[r:TO]->(b) DELETE r, a, b;
CREATE (a)-[r:IN_NICHE]->(b) DELETE r, a, b;
CREATE (a)-[r:ABOUT]->(b) DELETE r, a, b;
CREATE (a)-[r:SHOWN_TO]->(b) DELETE r, a, b;
CREATE INDEX FOR (n:Entity) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Entity PROPERTIES 1 id
CREATE INDEX FOR (n:Country) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Country PROPERTIES 1 id
CREATE INDEX FOR (n:City) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE City PROPERTIES 1 id
CREATE INDEX FOR (n:Sector) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Sector PROPERTIES 1 id
CREATE INDEX FOR (n:Organisation) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Organisation PROPERTIES 1 id
CREATE INDEX FOR (n:Programme) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Programme PROPERTIES 1 id
CREATE INDEX FOR (n:Startup) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Startup PROPERTIES 1 id
CREATE INDEX FOR (n:Mentor) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Mentor PROPERTIES 1 id
CREATE INDEX FOR (n:SettlementTemplate) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE SettlementTemplate PROPERTIES 1 id
CREATE INDEX FOR (n:ApiKey) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE ApiKey PROPERTIES 1 id
CREATE INDEX FOR (n:Introduction) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Introduction PROPERTIES 1 id
CREATE INDEX FOR (n:Introduction) ON (n.client_key);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Introduction PROPERTIES 1 client_key
CREATE INDEX FOR (n:IntroductionEvent) ON (n.seq);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE IntroductionEvent PROPERTIES 1 seq
CREATE INDEX FOR (n:IntroductionEvent) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE IntroductionEvent PROPERTIES 1 id
CREATE INDEX FOR (n:Sequence) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Sequence PROPERTIES 1 id
CREATE INDEX FOR (n:TemplateStep) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE TemplateStep PROPERTIES 1 id
CREATE INDEX FOR (n:SettlementJourney) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE SettlementJourney PROPERTIES 1 id
CREATE INDEX FOR (n:SettlementStep) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE SettlementStep PROPERTIES 1 id
CREATE INDEX FOR (n:SettlementEvent) ON (n.seq);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE SettlementEvent PROPERTIES 1 seq
CREATE INDEX FOR (n:SettlementJourney) ON (n.active_key);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE SettlementJourney PROPERTIES 1 active_key
CREATE INDEX FOR (n:AuditEvent) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE AuditEvent PROPERTIES 1 id
CREATE INDEX FOR (n:LogEvent) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE LogEvent PROPERTIES 1 id
CREATE INDEX FOR (n:LogEvent) ON (n.seq);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE LogEvent PROPERTIES 1 seq
CREATE INDEX FOR (n:Job) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Job PROPERTIES 1 id
CREATE INDEX FOR (n:Niche) ON (n.id);
// server command: GRAPH.CONSTRAINT CREATE passerelle UNIQUE NODE Niche PROPERTIES 1 id
CREATE INDEX FOR (n:Organisation) ON (n.kind);
CREATE INDEX FOR (n:Startup) ON (n.stage);
CREATE INDEX FOR (n:Startup) ON (n.client_key);
CREATE INDEX FOR (n:Introduction) ON (n.requester_id);
CREATE INDEX FOR (n:Introduction) ON (n.target_id);
CREATE INDEX FOR (n:SettlementTemplate) ON (n.key);
CREATE INDEX FOR (n:LogEvent) ON (n.actor_id);
