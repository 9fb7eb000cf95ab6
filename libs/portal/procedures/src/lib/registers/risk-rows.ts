import type { Risk } from '@ladder/contracts';
import { scoreBand, type ScoreBand } from './register-words';

export type RiskSortKey = 'score' | 'title' | 'status' | 'reviewedAt';
export interface RiskSort {
  active: RiskSortKey;
  direction: 'asc' | 'desc';
}

const text = (a: string, b: string) => a.localeCompare(b, 'en');

function compareBy(key: RiskSortKey, a: Risk, b: Risk): number {
  switch (key) {
    case 'score':
      return a.score - b.score || a.likelihood - b.likelihood;
    case 'title':
      return text(a.title, b.title);
    case 'status':
      return text(a.status, b.status);
    case 'reviewedAt':
      // Never reviewed sorts as the oldest review.
      return text(a.reviewedAt ?? '', b.reviewedAt ?? '');
  }
}

/** The risks in the order asked for; ties by title, so equal scores read alphabetically either way. */
export function sortRisks(risks: readonly Risk[], sort: RiskSort): Risk[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...risks].sort((a, b) => sign * compareBy(sort.active, a, b) || text(a.title, b.title));
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band: ScoreBand;
  /** Titles of the open risks in the cell. */
  titles: string[];
}

const SCALE = [1, 2, 3, 4, 5];

/** The 5 x 5 likelihood x impact grid of open risks: rows from likelihood 5 down to 1, columns impact 1 to 5. */
export function heatGrid(risks: readonly Risk[]): HeatCell[][] {
  const open = risks.filter((r) => r.status === 'open');
  return [...SCALE].reverse().map((likelihood) =>
    SCALE.map((impact) => ({
      likelihood,
      impact,
      score: likelihood * impact,
      band: scoreBand(likelihood * impact),
      titles: open.filter((r) => r.likelihood === likelihood && r.impact === impact).map((r) => r.title),
    })),
  );
}
