import { refreshAllFinishedStints, refreshBreachFacts, rollUpDays, stintDays, transactOn } from '@ladder/api/analytics';
import { pgQuery, prepareDemoDatabase, seedDemoHistory } from '@ladder/api/demo-data';
import { Client, Pool } from 'pg';

export interface HistoryShape {
  escalations: number;
  days: number;
  now: Date;
}

/**
 * The analytics bench's database on the server, named `name`: created and filled with the generated history of
 * `shape` when missing (about 5 minutes for a million escalations), reused as it is when it holds escalations.
 */
export async function ensureHistoryDatabase(serverUrl: string, name: string, shape: HistoryShape): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const { rowCount } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  await prepareDemoDatabase(url);
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    const { rows } = await pool.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM escalation) AS found`);
    const seeding = !rows[0]?.found;
    if (seeding) {
      console.log(`${name}: writing ${shape.escalations} escalations over ${shape.days} days`);
      await seedDemoHistory(pool, { ...shape, seed: 42, batchSize: 2000 });
    }
    const client = await pool.connect();
    try {
      // Fresh statistics first: without them the planner scans the whole event table for a batch's pauses.
      if (seeding) await client.query('ANALYZE');
      const started = performance.now();
      const sql = pgQuery(client);
      const { refreshed } = await refreshAllFinishedStints(sql);
      const { rows: rolledUp } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM stint_daily`);
      if (refreshed || !rolledUp[0]?.n) await rollUpDays(transactOn(sql), await stintDays(sql));
      const settled = await refreshBreachFacts(transactOn(sql));
      console.log(
        `read models: ${refreshed} stints refreshed, ${settled} breach facts settled, ready in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
      // Minutes on a million escalations: only worth it when this run wrote.
      if (seeding || refreshed || settled) await client.query('VACUUM ANALYZE');
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
  return url;
}
