import type { SqlQuery } from '@ladder/api/demo-data';
import { refreshFinishedStints, type RefreshedStints } from './finished-stint-refresh';
import { refreshStintDaily } from './stint-daily';

/** Runs `work` in one transaction on one connection and returns what it returns. */
export type Transact = <T>(work: (sql: SqlQuery) => Promise<T>) => Promise<T>;

/** Stints refreshed per statement: a fraction of a second of work, so no connection is held long. */
const REFRESH_BATCH = 2000;
/** Days rolled up per transaction. */
const ROLLUP_BATCH = 31;

/** Refreshes every finished stint not yet refreshed; returns how many and the UTC days they left on. */
export async function refreshAllFinishedStints(sql: SqlQuery): Promise<RefreshedStints> {
  const days = new Set<string>();
  let refreshed = 0;
  for (;;) {
    const batch = await refreshFinishedStints(sql, REFRESH_BATCH);
    if (!batch.refreshed) return { refreshed, days: [...days].sort() };
    refreshed += batch.refreshed;
    batch.days.forEach((day) => days.add(day));
  }
}

/** Rewrites the rollup of the given days, a month of days per transaction. */
export async function rollUpDays(transact: Transact, days: readonly string[]): Promise<void> {
  for (let i = 0; i < days.length; i += ROLLUP_BATCH) {
    const chunk = days.slice(i, i + ROLLUP_BATCH);
    await transact((sql) => refreshStintDaily(sql, chunk));
  }
}

/** `BEGIN` ... `COMMIT` (or `ROLLBACK`) on a single connection's query function. */
export function transactOn(sql: SqlQuery): Transact {
  return async (work) => {
    await sql('BEGIN');
    try {
      const result = await work(sql);
      await sql('COMMIT');
      return result;
    } catch (error) {
      await sql('ROLLBACK');
      throw error;
    }
  };
}
