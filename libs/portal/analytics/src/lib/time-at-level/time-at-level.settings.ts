import type { TIME_AT_LEVEL_GROUPS } from '@ladder/contracts';
import type { DrillTarget } from '../shared/drill';

/** What splits each level's rows (the API's `groupBy`). */
export type GroupBy = (typeof TIME_AT_LEVEL_GROUPS)[number];

/** Which clock a stay is measured on: the contract's `wallClock` or `businessHours` figures. */
export const CLOCKS = ['wallClock', 'businessHours'] as const;
export type Clock = (typeof CLOCKS)[number];

/** Which part of a stay: all of it, the wait for a first response, or the handling after it. */
export const STAY_PARTS = ['total', 'waiting', 'handling'] as const;
export type StayPart = (typeof STAY_PARTS)[number];

export interface StayMeasure {
  clock: Clock;
  part: StayPart;
}

export const GROUP_NAMES: Readonly<Record<GroupBy, string>> = {
  team: 'Team',
  category: 'Category',
  severity: 'Severity',
  procedureVersion: 'Procedure version',
};

export const CLOCK_NAMES: Readonly<Record<Clock, string>> = {
  wallClock: 'Wall clock',
  businessHours: 'Business hours',
};

export const PART_NAMES: Readonly<Record<StayPart, string>> = {
  total: 'Whole stay',
  waiting: 'Waiting',
  handling: 'Handling',
};

/** The filter that narrows a drill-down to one group of a row. */
const GROUP_FILTERS: Readonly<Record<GroupBy, string>> = {
  team: 'teamId',
  category: 'category',
  severity: 'severity',
  procedureVersion: 'procedureVersionId',
};

/** The escalations behind one level x group cell. */
export function groupDrillTarget(
  basis: 'stints' | 'still-at-level',
  groupBy: GroupBy,
  row: { level: number; groupKey: string },
): DrillTarget {
  return { basis, level: row.level, [GROUP_FILTERS[groupBy]]: row.groupKey };
}
