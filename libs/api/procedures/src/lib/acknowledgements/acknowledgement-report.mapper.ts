import type { ProcedureAcknowledgementReport, Role, TeamAcknowledgements } from '@ladder/contracts';

/** One member of staff who must acknowledge, with their team and acknowledgement, in the order of the report. */
export interface AcknowledgerRow {
  id: string;
  name: string;
  role: Role;
  team_id: string | null;
  team_name: string | null;
  acknowledged_at: Date | null;
}

export const NO_TEAM = 'No team';

const share = (acknowledged: number, members: number) => (members === 0 ? null : acknowledged / members);

/** Groups the rows by team, keeping their order; those without a team form one group named "No team". */
export function toAcknowledgementReport(
  version: { id: string; version: number; name: string; published_at: Date | null },
  rows: readonly AcknowledgerRow[],
): ProcedureAcknowledgementReport {
  const teams = new Map<string | null, TeamAcknowledgements>();
  for (const row of rows) {
    const team = teams.get(row.team_id) ?? {
      teamId: row.team_id,
      teamName: row.team_name ?? NO_TEAM,
      members: 0,
      acknowledged: 0,
      share: null,
      notAcknowledged: [],
    };
    team.members += 1;
    if (row.acknowledged_at) team.acknowledged += 1;
    else team.notAcknowledged.push({ userId: row.id, name: row.name, role: row.role });
    team.share = share(team.acknowledged, team.members);
    teams.set(row.team_id, team);
  }
  const acknowledged = rows.filter((row) => row.acknowledged_at).length;
  return {
    procedureVersionId: version.id,
    version: version.version,
    name: version.name,
    publishedAt: version.published_at?.toISOString() ?? null,
    members: rows.length,
    acknowledged,
    share: share(acknowledged, rows.length),
    teams: [...teams.values()],
  };
}
