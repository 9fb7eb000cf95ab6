import { histogramPercentile } from '@ladder/domain';
import type { RankingRow } from './bottlenecks.sql';
import { ROLLUP_WHERE, summedHistogram } from './read-models/stint-daily-query';

/** The ranking from the daily rollup ($1..$8, ROLLUP_WHERE): as RANKING_SQL, with the histogram the p90 is read off. */
export const RANKING_ROLLUP_SQL = `
  WITH pairs AS (
    SELECT d.level, d.team_id, sum(d.stints)::int AS stints, sum(d.over_budget_stints)::int AS over_budget_stints,
           sum(d.over_budget_seconds) / 3600 AS hours_over_budget, sum(d.business_total_seconds) / 3600 AS total_hours,
           ${summedHistogram('business_total')} AS histogram
      FROM stint_daily d
     WHERE ${ROLLUP_WHERE}
     GROUP BY d.level, d.team_id)
  SELECT p.level, p.team_id, t.name AS team_name, p.stints, p.over_budget_stints, p.hours_over_budget, p.total_hours,
         coalesce(p.total_hours / nullif(sum(p.total_hours) OVER (), 0), 0) AS share_of_all_hours, p.histogram
    FROM pairs p
    JOIN team t ON t.id = p.team_id
   ORDER BY p.hours_over_budget DESC, p.total_hours DESC, p.level, t.name`;

/** Hours over budget per (level, team) from the rollup: the ranking's measure, for the previous period. */
export const OVER_BUDGET_ROLLUP_SQL = `
  SELECT d.level, d.team_id, sum(d.over_budget_seconds) / 3600 AS hours_over_budget
    FROM stint_daily d
   WHERE ${ROLLUP_WHERE}
   GROUP BY d.level, d.team_id`;

export type RankingRollupRow = Omit<RankingRow, 'p90_minutes'> & { histogram: number[] };

export function toRankingRow({ histogram, ...row }: RankingRollupRow): RankingRow {
  return { ...row, p90_minutes: (histogramPercentile(histogram, 0.9) ?? 0) / 60 };
}
