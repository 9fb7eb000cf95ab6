import type { SqlQuery } from '@ladder/api/demo-data';
import { summedHistogram } from './stint-daily-query';
import { OVER_BUDGET_SECONDS, STINT_MEASURE_NAMES, STINT_MEASURES } from './stint-measures';

const DAY_MS = 86_400_000;

const MEASURE_COLUMNS = STINT_MEASURE_NAMES.map((m) => `${m}_seconds, ${m}`).join(', ');
const MEASURE_VALUES = STINT_MEASURE_NAMES.map(
  (m) => `sum(${STINT_MEASURES[m]}), duration_histogram(array_agg(${STINT_MEASURES[m]}))`,
).join(',\n         ');

const KEY_COLUMNS = 'level, team_id, severity, procedure_version_id';
const SUMMED_COLUMNS = [
  'stints',
  'over_budget_stints',
  'over_budget_seconds',
  ...STINT_MEASURE_NAMES.map((m) => `${m}_seconds`),
];

/**
 * Rewrites the rollup rows of the given UTC days (YYYY-MM-DD) from the stints that left on them, then the monthly
 * rows of their months from the daily ones. Run it inside a transaction: it deletes rows before writing them again,
 * so a reader never sees half a day.
 */
export async function refreshStintDaily(sql: SqlQuery, days: readonly string[]): Promise<void> {
  if (!days.length) return;
  const sorted = [...days].sort();
  const start = new Date(`${sorted[0]}T00:00:00Z`);
  const end = new Date(Date.parse(`${sorted.at(-1)}T00:00:00Z`) + DAY_MS);
  await sql(`DELETE FROM stint_daily WHERE day = ANY ($1::date[])`, [sorted]);
  await sql(
    `INSERT INTO stint_daily (day, level, team_id, severity, procedure_version_id, stints, over_budget_stints,
       over_budget_seconds, ${MEASURE_COLUMNS})
     SELECT (s.left_at AT TIME ZONE 'UTC')::date, s.level, s.team_id, e.severity, e.procedure_version_id, count(*)::int,
            count(*) FILTER (WHERE ${OVER_BUDGET_SECONDS} > 0)::int, sum(${OVER_BUDGET_SECONDS}),
            ${MEASURE_VALUES}
       FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
      WHERE s.left_at >= $2 AND s.left_at < $3 AND (s.left_at AT TIME ZONE 'UTC')::date = ANY ($1::date[])
      GROUP BY 1, 2, 3, 4, 5`,
    [sorted, start, end],
  );
  const months = [...new Set(sorted.map((day) => `${day.slice(0, 7)}-01`))];
  await sql(`DELETE FROM stint_monthly WHERE day = ANY ($1::date[])`, [months]);
  await sql(
    `INSERT INTO stint_monthly (day, ${KEY_COLUMNS}, ${SUMMED_COLUMNS.join(', ')}, ${STINT_MEASURE_NAMES.join(', ')})
     SELECT date_trunc('month', d.day)::date, ${KEY_COLUMNS}, ${SUMMED_COLUMNS.map((c) => `sum(d.${c})`).join(', ')},
            ${STINT_MEASURE_NAMES.map((m) => summedHistogram(m, 'integer')).join(', ')}
       FROM stint_daily d
      WHERE d.day >= $2 AND d.day < $3 AND date_trunc('month', d.day)::date = ANY ($1::date[])
      GROUP BY 1, ${KEY_COLUMNS}`,
    [months, months[0], new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1))],
  );
}

/** Every UTC day a stint left on, oldest first: what a rebuild of the rollup covers. */
export async function stintDays(sql: SqlQuery): Promise<string[]> {
  const rows = await sql<{ day: string }>(
    `SELECT DISTINCT to_char(left_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day FROM level_stint
      WHERE left_at IS NOT NULL ORDER BY 1`,
  );
  return rows.map((row) => row.day);
}
