import { prepareDemoDatabase, seedDemoHistory, type DemoHistoryCounts } from '@ladder/api/demo-data';
import { Pool } from 'pg';
import { parseDemoDataOptions } from './demo-data.options';

/**
 * `npm run demo-data -- --escalations N --days D --seed S [--now ISO] [--batch-size B]`: migrates DATABASE_URL, seeds the organisation if
 * needed, then writes N generated escalations with their events and stints. Events are append-only, so an
 * existing history cannot be cleared: the CLI refuses a database that already holds escalations.
 */
async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- the CLI's one configuration parser
  const options = parseDemoDataOptions(process.argv.slice(2), process.env);
  await prepareDemoDatabase(options.databaseUrl);
  const pool = new Pool({ connectionString: options.databaseUrl, max: 2 });
  try {
    const [{ found } = { found: false }] = (
      await pool.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM escalation) AS found`)
    ).rows;
    if (found) {
      throw new Error(
        'the database already holds escalations; events are append-only and cannot be cleared, so use an empty database (createdb)',
      );
    }
    const started = performance.now();
    const rate = (counts: DemoHistoryCounts) => {
      const seconds = (performance.now() - started) / 1000;
      const rows = counts.escalations + counts.events + counts.stints;
      return `${counts.escalations} escalations, ${counts.events} events, ${counts.stints} stints in ${seconds.toFixed(1)} s: ${Math.round(rows / seconds)} rows/s`;
    };
    let reported = 0;
    const counts = await seedDemoHistory(pool, {
      escalations: options.escalations,
      days: options.days,
      seed: options.seed,
      now: options.now,
      batchSize: options.batchSize,
      onProgress: (written) => {
        if (performance.now() - reported < 5000) return;
        reported = performance.now();
        console.log(rate(written));
      },
    });
    console.log(`done: ${rate(counts)}`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
