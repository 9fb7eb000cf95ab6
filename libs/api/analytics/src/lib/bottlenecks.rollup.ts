import { histogramPercentile } from '@ladder/domain';
import type { RankingRow } from './bottlenecks.sql';
import { ROLLUP_ROWS, ROLLUP_WHERE, summedHistogram } from './read-models/stint-daily-query';
import { STINT_LEFT_WHERE } from './report-filters';

/** The ranking from the daily rollup ($1..$8, ROLLUP_WHERE): as RANKING_SQL, with the histogram the p90 is read off. */
export const RANKING_ROLLUP_SQL = `
  WITH pairs AS (
    SELECT d.level, d.team_id, sum(d.stints)::int AS stints, sum(d.over_budget_stints)::int AS over_budget_stints,
           sum(d.over_budget_seconds) / 3600 AS hours_over_budget, sum(d.business_total_seconds) / 3600 AS total_hours,
           ${summedHistogram('business_total')} AS histogram
      FROM ${ROLLUP_ROWS}
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
    FROM ${ROLLUP_ROWS}
   WHERE ${ROLLUP_WHERE}
   GROUP BY d.level, d.team_id`;

export type RankingRollupRow = Omit<RankingRow, 'p90_minutes'> & { histogram: number[] };

export function toRankingRow({ histogram, ...row }: RankingRollupRow): RankingRow {
  return { ...row, p90_minutes: (histogramPercentile(histogram, 0.9) ?? 0) / 60 };
}

/** BOUNCES as the refresher recorded them on each finished stint: an index read instead of a window. */
export const RECORDED_BOUNCES = `
  SELECT s.escalation_id, s.team_id, s.previous_level AS sent_back_from, s.level AS sent_back_to
    FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
   WHERE ${STINT_LEFT_WHERE}
     AND s.exit = 'escalated' AND s.previous_exit = 'de-escalated' AND s.earlier_exit = 'escalated'`;

/** SKIPS as recorded. */
export const RECORDED_SKIPS = `
  SELECT s.escalation_id, s.team_id, s.level AS from_level, s.next_level AS to_level
    FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
   WHERE ${STINT_LEFT_WHERE} AND s.exit = 'escalated' AND s.next_level > s.level + 1`;

/** Each level's p90 wall-clock stay from the rollup ($1..$8 with the team filter off, $9, $10 its months). */
export const LEVEL_HISTOGRAMS_SQL = `
  SELECT d.level, ${summedHistogram('wall_total')} AS histogram
    FROM ${ROLLUP_ROWS}
   WHERE ${ROLLUP_WHERE}
   GROUP BY d.level`;

/** The levels' p90s as rows for stuckStays: levels $10, p90 seconds $11. */
export const LEVEL_P90_PARAMS = `SELECT * FROM unnest($10::int[], $11::float8[]) AS p (level, p90_seconds)`;
