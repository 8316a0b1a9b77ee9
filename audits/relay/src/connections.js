// What a Relay app writes against the hub: every connection paginated both ways with
// @connection, and every Node type refetched through node(id) with @refetchable.
// relay-compiler (audits/relay/run) compiles them against schema/hub.graphql; it refuses a
// connection without a complete PageInfo or a Node type node(id) cannot refetch.
import { graphql } from 'relay-runtime';

export const startups = graphql`
  fragment connectionsStartups_query on Query
  @refetchable(queryName: "connectionsStartupsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
    filter: { type: "StartupFilter" }
  ) {
    startups(first: $first, after: $after, last: $last, before: $before, filter: $filter)
    @connection(key: "connections_startups", filters: ["filter"]) {
      totalCount
      edges { node { id name } }
    }
  }
`;

export const mentors = graphql`
  fragment connectionsMentors_query on Query
  @refetchable(queryName: "connectionsMentorsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    mentors(first: $first, after: $after, last: $last, before: $before)
    @connection(key: "connections_mentors") {
      edges { node { id name } }
    }
  }
`;

export const organisations = graphql`
  fragment connectionsOrganisations_query on Query
  @refetchable(queryName: "connectionsOrganisationsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    organisations(first: $first, after: $after, last: $last, before: $before)
    @connection(key: "connections_organisations") {
      edges { node { id kind name { text } } }
    }
  }
`;

export const introductions = graphql`
  fragment connectionsIntroductions_query on Query
  @refetchable(queryName: "connectionsIntroductionsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    introductions(first: $first, after: $after, last: $last, before: $before)
    @connection(key: "connections_introductions") {
      edges { node { id state purpose } }
    }
  }
`;

export const introductionEvents = graphql`
  fragment connectionsIntroductionEvents_query on Query
  @refetchable(queryName: "connectionsIntroductionEventsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    introductionEvents(first: $first, after: $after, last: $last, before: $before)
    @connection(key: "connections_introductionEvents") {
      edges { node { seq action introductionId } }
    }
  }
`;

export const auditEvents = graphql`
  fragment connectionsAuditEvents_query on Query
  @refetchable(queryName: "connectionsAuditEventsPaginationQuery")
  @argumentDefinitions(
    first: { type: "Int" }
    after: { type: "String" }
    last: { type: "Int" }
    before: { type: "String" }
  ) {
    auditEvents(first: $first, after: $after, last: $last, before: $before)
    @connection(key: "connections_auditEvents") {
      edges { node { id action at } }
    }
  }
`;
