import { histogramPercentile } from '@ladder/domain';
import type { TimeAtLevelQuery } from '@ladder/contracts';
import { ROLLUP_ROWS, ROLLUP_WHERE, rollupAnswers, summedHistogram } from './read-models/stint-daily-query';
import { STINT_MEASURE_NAMES, type StintMeasure } from './read-models/stint-measures';
import type { FinishedRow, StatsArray } from './time-at-level.sql';

type GroupBy = Exclude<TimeAtLevelQuery['groupBy'], 'category'>;

/** The groupings the rollup keeps, over rollup row `d`, team `t` and procedure version `pv`. */
const GROUPS: Record<GroupBy, { key: string; label: string }> = {
  team: { key: 'd.team_id::text', label: 't.name' },
  severity: { key: 'd.severity', label: 'd.severity' },
  procedureVersion: { key: 'd.procedure_version_id::text', label: `'Version ' || pv.version` },
};

/** Whether the rollup can answer: it keeps neither category nor affected service. */
export function timeAtLevelFromRollup(query: TimeAtLevelQuery): query is TimeAtLevelQuery & { groupBy: GroupBy } {
  return query.groupBy !== 'category' && rollupAnswers(query);
}

/**
 * Per level x group over the days of the range ($1..$8, ROLLUP_WHERE): the count, the sum and the summed histogram
 * of each measure.
 */
export function rollupSql(groupBy: GroupBy): string {
  const group = GROUPS[groupBy];
  return `
    SELECT d.level, ${group.key} AS group_key, ${group.label} AS group_label, sum(d.stints)::int AS count,
           ${STINT_MEASURE_NAMES.map((m) => `sum(d.${m}_seconds) AS ${m}_seconds, ${summedHistogram(m)} AS ${m}`).join(',\n           ')}
      FROM ${ROLLUP_ROWS}
      JOIN team t ON t.id = d.team_id
      JOIN procedure_version pv ON pv.id = d.procedure_version_id
     WHERE ${ROLLUP_WHERE}
     GROUP BY d.level, 2, 3
     ORDER BY d.level, 3`;
}

export type RollupRow = Pick<FinishedRow, 'level' | 'group_key' | 'group_label' | 'count'> &
  Record<`${StintMeasure}_seconds`, number> &
  Record<StintMeasure, number[]>;

/** A rollup row as the exact query would give it: means exact from the sums, percentiles read off the histograms. */
export function toFinishedRow(row: RollupRow): FinishedRow {
  const stats = (measure: StintMeasure): StatsArray => {
    const at = (fraction: number) => histogramPercentile(row[measure], fraction) ?? 0;
    return [row[`${measure}_seconds`] / row.count, at(0.1), at(0.25), at(0.5), at(0.75), at(0.9), at(0.95)];
  };
  return {
    level: row.level,
    group_key: row.group_key,
    group_label: row.group_label,
    count: row.count,
    ...(Object.fromEntries(STINT_MEASURE_NAMES.map((m) => [m, stats(m)])) as Record<StintMeasure, StatsArray>),
  };
}
