import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMPORT_CONTENT_TYPES, type ImportRun } from '@ladder/contracts';
import { Client } from 'pg';
import { z } from 'zod';
import { benchDatabases } from './bench-env';
import { ApiProcess } from './api-process';
import { machineLine } from './bench.report';
import { BenchDatabase } from './bench-database';
import { generateHistoryFile } from './imports-file';

const OptionsSchema = z.object({
  databaseUrl: z.string().optional(),
  serverUrl: z.string(),
  escalations: z.coerce.number().int().positive(),
  days: z.coerce.number().int().positive(),
  api: z.string(),
  keep: z.boolean(),
});

function parseOptions(): z.infer<typeof OptionsSchema> {
  const { values } = parseArgs({
    options: {
      escalations: { type: 'string', default: '100000' },
      days: { type: 'string', default: '365' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      keep: { type: 'boolean', default: false },
    },
  });
  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration parser
  return OptionsSchema.parse({ ...benchDatabases(process.env), ...values });
}

async function upload(api: ApiProcess, token: string, text: string): Promise<ImportRun> {
  const response = await fetch(`${api.origin}/api/imports?system=Bench&fileName=bench.jsonl`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': IMPORT_CONTENT_TYPES.jsonl },
    body: text,
  });
  if (response.status !== 202) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as ImportRun;
}

async function finished(api: ApiProcess, token: string, id: string): Promise<ImportRun> {
  for (;;) {
    const response = await fetch(`${api.origin}/api/imports/${id}`, { headers: { authorization: `Bearer ${token}` } });
    const run = (await response.json()) as ImportRun;
    if (run.status !== 'writing') return run;
    await sleep(250);
  }
}

async function writtenRows(client: Client): Promise<{ escalations: number; events: number; stints: number }> {
  const { rows } = await client.query<Record<'escalations' | 'events' | 'stints', string>>(
    `SELECT (SELECT count(*) FROM escalation WHERE source_system = 'Bench') AS escalations,
            (SELECT count(*) FROM escalation_event v JOIN escalation e ON e.id = v.escalation_id
              WHERE e.source_system = 'Bench') AS events,
            (SELECT count(*) FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
              WHERE e.source_system = 'Bench') AS stints`,
  );
  const row = rows[0] as Record<'escalations' | 'events' | 'stints', string>;
  return { escalations: Number(row.escalations), events: Number(row.events), stints: Number(row.stints) };
}

/**
 * `npm run bench:imports` (after `npx nx build api`): a scratch database with the demo organisation, the built API
 * (pool of 8), and a JSON-lines file of `escalations` generated histories uploaded as a manager. Times the upload
 * until its 202 (the whole file checked) and until the run is done, then checks the rows written in SQL.
 */
async function main(): Promise<void> {
  const options = parseOptions();
  const database = await BenchDatabase.open(options.databaseUrl, options.serverUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  let api: ApiProcess | null = null;
  try {
    console.log(`database ${database.name}: generating ${options.escalations} histories`);
    const file = await generateHistoryFile(client, options.escalations, options.days);
    const megabytes = Buffer.byteLength(file.text) / 1024 / 1024;
    console.log(
      `${megabytes.toFixed(1)} MB: ${file.escalations} escalations, ${file.events} events, ${file.stints} stints`,
    );
    // The scheduler off: the run measures the import, not the first look at the open escalations it leaves.
    api = await ApiProcess.start(options.api, database.url, 8, { LADDER_SCHEDULER: 'off' });
    const token = await api.signIn('manager@ladder.demo', 'ladder-demo');

    const started = performance.now();
    const accepted = await upload(api, token, file.text);
    const checked = (performance.now() - started) / 1000;
    const run = await finished(api, token, accepted.id);
    const done = (performance.now() - started) / 1000;

    const rows = await writtenRows(client);
    const ok =
      run.status === 'done' &&
      run.written === file.escalations &&
      rows.escalations === file.escalations &&
      rows.events === file.events &&
      rows.stints === file.stints;
    const total = file.escalations + file.events + file.stints;
    console.log(`\n| run | figure |\n|---|---|`);
    console.log(
      `| ${file.escalations} escalations, ${file.events} events (${megabytes.toFixed(0)} MB of JSON lines) | 202 (file checked) after ${checked.toFixed(1)} s; done after ${done.toFixed(1)} s (${Math.round(total / done)} rows/s) |`,
    );
    console.log(
      `${ok ? 'OK' : 'MISMATCH'}: run ${run.status}, ${run.written} written; in SQL ${rows.escalations} escalations, ${rows.events} events, ${rows.stints} stints (expected ${file.escalations}, ${file.events}, ${file.stints})`,
    );
    console.log(machineLine());
    if (!ok) process.exitCode = 1;
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
