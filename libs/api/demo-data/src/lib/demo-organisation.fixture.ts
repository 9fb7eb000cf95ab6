import type { DemoOrganisation } from './demo-history.types';
import { defaultProcedureDefinition, type TeamName } from './organisation.seed';

const TEAM_NAMES: TeamName[] = [
  'Service Desk',
  'Team Leads',
  'Network',
  'Database',
  'Applications',
  'Security',
  'IT Management',
];

/** The seeded organisation with fixed ids and two agents a team, for the generator specs. */
export const fixtureTeamIds = Object.fromEntries(
  TEAM_NAMES.map((name, i) => [name, `00000000-0000-4000-8000-00000000000${i}`]),
) as Record<TeamName, string>;

export const fixtureOrganisation: DemoOrganisation = {
  procedureVersionId: 'procedure-1',
  definition: defaultProcedureDefinition(fixtureTeamIds),
  teams: TEAM_NAMES.map((name, i) => ({
    id: fixtureTeamIds[name],
    name,
    agentIds: [`agent-${i}-a`, `agent-${i}-b`],
  })),
};
