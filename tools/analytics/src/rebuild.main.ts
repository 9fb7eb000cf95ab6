import { rebuildReadModels } from '@ladder/api/analytics';
import { pgQuery } from '@ladder/api/demo-data';
import { Client } from 'pg';

/**
 * `npm run analytics:rebuild`: rebuilds the analytics read models of DATABASE_URL from the events (level stints,
 * then their business time); safe while the API runs.
 */
async function main(): Promise<void> {
  // eslint-disable-next-line no-restricted-syntax -- the CLI's one configuration
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is required (e.g. postgres://root@127.0.0.1:5432/ladder)');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  try {
    const counts = await rebuildReadModels(pgQuery(client));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${counts.stints} stints of ${counts.escalations} escalations rebuilt from their events, business time and moves of ${counts.refreshed} finished ones recorded, in ${seconds} s`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
