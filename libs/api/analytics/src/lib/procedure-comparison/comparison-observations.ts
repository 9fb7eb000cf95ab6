import type { Severity } from '@ladder/contracts';
import type { StratifiedObservation } from '@ladder/domain';
import type { ComparisonSideRow } from './procedure-comparison.sql';

const HOUR = 3600;

/** One side's observations per metric, each in the severity x category stratum of its escalation. */
export interface SideObservations {
  /** Per level: hours each escalation that stayed there spent there. */
  timeAtLevel: Map<number, StratifiedObservation[]>;
  /** 1 for an escalation that missed the target, else 0. */
  resolutionBreach: StratifiedObservation[];
  responseBreach: StratifiedObservation[];
  /** Hours on the ladder to resolution. */
  mttr: StratifiedObservation[];
  /** 1 for a response of 4 or 5, else 0: one per survey response. */
  csat: StratifiedObservation[];
  escalations: number;
  firstOpened: string | null;
  lastOpened: string | null;
}

/**
 * The stratum of an escalation: its severity and category. Severities are two characters, so the first `|` always
 * separates them, whatever the category holds.
 */
export const stratumOf = (row: { severity: Severity; category: string }) => `${row.severity}|${row.category}`;

export function splitStratum(stratum: string): { severity: Severity; category: string } {
  const at = stratum.indexOf('|');
  return { severity: stratum.slice(0, at) as Severity, category: stratum.slice(at + 1) };
}

export function toObservations(rows: readonly ComparisonSideRow[]): SideObservations {
  const side: SideObservations = {
    timeAtLevel: new Map(),
    resolutionBreach: [],
    responseBreach: [],
    mttr: [],
    csat: [],
    escalations: rows.length,
    firstOpened: null,
    lastOpened: null,
  };
  for (const row of rows) {
    const stratum = stratumOf(row);
    side.resolutionBreach.push({ stratum, value: row.resolution_breached ? 1 : 0 });
    side.responseBreach.push({ stratum, value: row.response_breached ? 1 : 0 });
    if (row.total_seconds !== null) side.mttr.push({ stratum, value: row.total_seconds / HOUR });
    row.levels.forEach((level, i) => {
      const list = side.timeAtLevel.get(level) ?? [];
      if (!list.length) side.timeAtLevel.set(level, list);
      list.push({ stratum, value: (row.level_seconds[i] ?? 0) / HOUR });
    });
    for (const score of row.scores) side.csat.push({ stratum, value: score >= 4 ? 1 : 0 });
    if (side.firstOpened === null || row.opened < side.firstOpened) side.firstOpened = row.opened;
    if (side.lastOpened === null || row.opened > side.lastOpened) side.lastOpened = row.opened;
  }
  return side;
}
