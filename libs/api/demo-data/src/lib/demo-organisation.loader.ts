import { ProcedureDefinitionSchema } from '@ladder/contracts';
import type { DemoOrganisation } from './demo-history.types';
import type { SqlQuery } from './sql-query';

/** The latest published procedure and every team with its agents, in a stable order for a repeatable history. */
export async function loadDemoOrganisation(query: SqlQuery): Promise<DemoOrganisation> {
  const [procedure] = await query<{ id: string; definition: unknown }>(
    `SELECT id, definition FROM procedure_version WHERE status = 'published' ORDER BY version DESC LIMIT 1`,
  );
  if (!procedure) throw new Error('no published procedure version: seed the organisation first');
  const teams = await query<{ id: string; name: string; agent_ids: string[] }>(
    `SELECT t.id, t.name, coalesce(array_agg(u.id::text ORDER BY u.email) FILTER (WHERE u.id IS NOT NULL), '{}') AS agent_ids
     FROM team t LEFT JOIN app_user u ON u.team_id = t.id AND u.role = 'agent'
     GROUP BY t.id, t.name ORDER BY t.name`,
  );
  return {
    procedureVersionId: procedure.id,
    definition: ProcedureDefinitionSchema.parse(procedure.definition),
    teams: teams.map(({ id, name, agent_ids }) => ({ id, name, agentIds: agent_ids })),
  };
}
