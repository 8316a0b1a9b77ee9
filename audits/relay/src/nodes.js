// Every type that implements Node, refetchable through node(id) (Relay's @refetchable),
// as a Relay app's detail views refetch them.
import { graphql } from 'relay-runtime';

export const auditEvent = graphql`
  fragment nodesAuditEvent_node on AuditEvent @refetchable(queryName: "nodesAuditEventRefetchQuery") {
    id
    createdAt
  }
`;

export const city = graphql`
  fragment nodesCity_node on City @refetchable(queryName: "nodesCityRefetchQuery") {
    id
    createdAt
  }
`;

export const country = graphql`
  fragment nodesCountry_node on Country @refetchable(queryName: "nodesCountryRefetchQuery") {
    id
    createdAt
  }
`;

export const introduction = graphql`
  fragment nodesIntroduction_node on Introduction @refetchable(queryName: "nodesIntroductionRefetchQuery") {
    id
    createdAt
  }
`;

export const mentor = graphql`
  fragment nodesMentor_node on Mentor @refetchable(queryName: "nodesMentorRefetchQuery") {
    id
    createdAt
  }
`;

export const organisation = graphql`
  fragment nodesOrganisation_node on Organisation @refetchable(queryName: "nodesOrganisationRefetchQuery") {
    id
    createdAt
  }
`;

export const programme = graphql`
  fragment nodesProgramme_node on Programme @refetchable(queryName: "nodesProgrammeRefetchQuery") {
    id
    createdAt
  }
`;

export const sector = graphql`
  fragment nodesSector_node on Sector @refetchable(queryName: "nodesSectorRefetchQuery") {
    id
    createdAt
  }
`;

export const settlementJourney = graphql`
  fragment nodesSettlementJourney_node on SettlementJourney @refetchable(queryName: "nodesSettlementJourneyRefetchQuery") {
    id
    createdAt
  }
`;

export const settlementStep = graphql`
  fragment nodesSettlementStep_node on SettlementStep @refetchable(queryName: "nodesSettlementStepRefetchQuery") {
    id
    createdAt
  }
`;

export const settlementTemplate = graphql`
  fragment nodesSettlementTemplate_node on SettlementTemplate @refetchable(queryName: "nodesSettlementTemplateRefetchQuery") {
    id
    createdAt
  }
`;

export const startup = graphql`
  fragment nodesStartup_node on Startup @refetchable(queryName: "nodesStartupRefetchQuery") {
    id
    createdAt
  }
`;
