import type { ProcedureAcknowledgementReport, TeamAcknowledgements } from '@ladder/contracts';

export interface AcknowledgementRow {
  team: string;
  /** e.g. "1 of 2". */
  counts: string;
  /** 0..100, rounded; 0 for a team with nobody who must acknowledge. */
  percent: number;
  /** Who has not acknowledged, by name; "Everyone has" when nobody is left. */
  missing: string;
}

const percentOf = (share: number | null) => Math.round((share ?? 0) * 100);

function toRow(team: TeamAcknowledgements): AcknowledgementRow {
  return {
    team: team.teamName,
    counts: `${team.acknowledged} of ${team.members}`,
    percent: percentOf(team.share),
    missing: team.notAcknowledged.length ? team.notAcknowledged.map((m) => m.name).join(', ') : 'Everyone has',
  };
}

/** The per-team table of the acknowledgement report. */
export function acknowledgementRows(report: ProcedureAcknowledgementReport): AcknowledgementRow[] {
  return report.teams.map(toRow);
}

/** The report's headline, e.g. "3 of 7 acknowledged (43 %)". */
export function acknowledgementSummary(report: ProcedureAcknowledgementReport): string {
  return `${report.acknowledged} of ${report.members} acknowledged (${percentOf(report.share)} %)`;
}
