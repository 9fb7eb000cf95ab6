import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { z } from 'zod';
import { benchDatabases } from './bench-env';
import { ApiProcess } from './api-process';
import { machineLine } from './bench.report';
import { BenchDatabase } from './bench-database';
import { anyDueDeadline, anyDueJob, lastNumber, openTimedEscalations, warningDelays } from './timer-database';

const OptionsSchema = z.object({
  databaseUrl: z.string().optional(),
  serverUrl: z.string(),
  /** Open escalations on the database while the timers run. */
  escalations: z.coerce.number().int().positive(),
  /** Timers spread over the latency run, and the size of the backlog run. */
  timers: z.coerce.number().int().positive(),
  backlog: z.coerce.number().int().positive(),
  spread: z.coerce.number().positive(),
  api: z.string(),
  keep: z.boolean(),
});

function parseOptions(): z.infer<typeof OptionsSchema> {
  const { values } = parseArgs({
    options: {
      escalations: { type: 'string', default: '100000' },
      timers: { type: 'string', default: '2000' },
      backlog: { type: 'string', default: '100000' },
      spread: { type: 'string', default: '20' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      keep: { type: 'boolean', default: false },
    },
  });
  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration parser
  return OptionsSchema.parse({ ...benchDatabases(process.env), ...values });
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function waitUntil(done: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const start = performance.now();
  while (!(await done())) {
    if (performance.now() - start > timeoutMs) throw new Error(`not done within ${timeoutMs / 1000} s`);
    await sleep(50);
  }
  return (performance.now() - start) / 1000;
}

/**
 * `npm run bench:timers`: the built API (one process, scheduler on) on a database with `escalations` open ones.
 * 1. Latency: `timers` warning deadlines spread over `spread` seconds; delay from each deadline to its event.
 * 2. Backlog: `backlog` deadlines all due at once; time until every one has run, and until the follow-up jobs
 *    (the warnings' notifications and re-plans) have too.
 */
async function main(): Promise<void> {
  const options = parseOptions();
  const database = await BenchDatabase.open(options.databaseUrl, options.serverUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  let api: ApiProcess | null = null;
  try {
    const far = (i: number) => new Date(Date.now() + 86_400_000 + i);
    console.log(`database ${database.name}: opening ${options.escalations} escalations with no deadline soon`);
    await openTimedEscalations(client, options.escalations, far);
    api = await ApiProcess.start(options.api, database.url, 8, { LADDER_SCHEDULER_POLL_MS: '250' });

    const from = await lastNumber(client);
    const start = Date.now() + 3000;
    await openTimedEscalations(
      client,
      options.timers,
      (i) => new Date(start + (i / options.timers) * options.spread * 1000),
    );
    const end = new Date(start + options.spread * 1000);
    await waitUntil(async () => !(await anyDueDeadline(client, end)) && Date.now() > end.getTime(), 120_000);
    await waitUntil(async () => (await warningDelays(client, from)).length >= options.timers, 60_000);
    const delays = (await warningDelays(client, from)).sort((a, b) => a - b);

    const backlogFrom = new Date();
    await openTimedEscalations(client, options.backlog, () => backlogFrom);
    const deadlines = await waitUntil(async () => !(await anyDueDeadline(client, backlogFrom)), 600_000);
    const everything = deadlines + (await waitUntil(async () => !(await anyDueJob(client)), 600_000));

    console.log(`\n| run | figure |\n|---|---|`);
    console.log(
      `| ${options.timers} deadlines over ${options.spread} s, ${options.escalations} open escalations | delay p50 ${percentile(delays, 50).toFixed(0)} ms, p99 ${percentile(delays, 99).toFixed(0)} ms, max ${(delays.at(-1) ?? NaN).toFixed(0)} ms |`,
    );
    console.log(
      `| backlog of ${options.backlog} due deadlines | all run in ${deadlines.toFixed(1)} s (${Math.round(options.backlog / deadlines)}/s); follow-ups done after ${everything.toFixed(1)} s |`,
    );
    console.log(machineLine());
  } finally {
    await api?.stop();
    await client.end();
    await database.close(options.keep);
    if (options.keep || options.databaseUrl) console.log(`database kept: ${database.name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
