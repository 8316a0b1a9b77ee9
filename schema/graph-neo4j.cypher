// Graph schema for neo4j, generated from hub/graph/model.py by
// `hub export-graph-schema --backend neo4j`; `hub migrate` applies it.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id_unique IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id_unique IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sector_id_unique IF NOT EXISTS FOR (n:Sector) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT programme_id_unique IF NOT EXISTS FOR (n:Programme) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT startup_id_unique IF NOT EXISTS FOR (n:Startup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mentor_id_unique IF NOT EXISTS FOR (n:Mentor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT settlementtemplate_id_unique IF NOT EXISTS FOR (n:SettlementTemplate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT apikey_id_unique IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT introduction_id_unique IF NOT EXISTS FOR (n:Introduction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT introduction_client_key_unique IF NOT EXISTS FOR (n:Introduction) REQUIRE n.client_key IS UNIQUE;
CREATE CONSTRAINT introductionevent_seq_unique IF NOT EXISTS FOR (n:IntroductionEvent) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT sequence_id_unique IF NOT EXISTS FOR (n:Sequence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT templatestep_id_unique IF NOT EXISTS FOR (n:TemplateStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT settlementjourney_id_unique IF NOT EXISTS FOR (n:SettlementJourney) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT settlementstep_id_unique IF NOT EXISTS FOR (n:SettlementStep) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT settlementevent_seq_unique IF NOT EXISTS FOR (n:SettlementEvent) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT settlementjourney_active_key_unique IF NOT EXISTS FOR (n:SettlementJourney) REQUIRE n.active_key IS UNIQUE;
CREATE CONSTRAINT niche_id_unique IF NOT EXISTS FOR (n:Niche) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX startup_stage IF NOT EXISTS FOR (n:Startup) ON (n.stage);
CREATE INDEX startup_client_key IF NOT EXISTS FOR (n:Startup) ON (n.client_key);
CREATE INDEX introduction_requester_id IF NOT EXISTS FOR (n:Introduction) ON (n.requester_id);
CREATE INDEX introduction_target_id IF NOT EXISTS FOR (n:Introduction) ON (n.target_id);
CREATE INDEX settlementtemplate_key IF NOT EXISTS FOR (n:SettlementTemplate) ON (n.key);
CREATE INDEX introductionevent_id IF NOT EXISTS FOR (n:IntroductionEvent) ON (n.id);
