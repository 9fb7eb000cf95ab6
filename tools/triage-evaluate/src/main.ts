import { parseArgs } from 'node:util';
import { evaluateTriage, readTriageExamples, type TriageExample } from '@ladder/api/triage';
import { Client } from 'pg';

/** Share of the resolved escalations, oldest first, the models learn from when no cutoff is given. */
const TRAIN_SHARE = 0.8;

/**
 * `npm run triage:evaluate -- [--cutoff ISO]`: reads the resolved escalations of DATABASE_URL, trains the triage
 * models on those opened before the cutoff (default: the oldest 80 %) and prints, per target, the accuracy on the
 * rest next to always guessing the most common value.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { cutoff: { type: 'string' } } });
  // eslint-disable-next-line no-restricted-syntax -- the CLI's one configuration read
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('DATABASE_URL is required (e.g. postgres://root@127.0.0.1:5432/ladder_demo)');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const examples = await readTriageExamples(async (sql) => (await client.query(sql)).rows);
    const cutoff = values.cutoff ? new Date(values.cutoff) : defaultCutoff(examples);
    const started = performance.now();
    const scores = evaluateTriage(examples, cutoff);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const teamNames = new Map(examples.map((example) => [example.team_id, example.team_name]));
    console.log(`${examples.length} resolved escalations, cutoff ${cutoff.toISOString()}, evaluated in ${seconds} s`);
    for (const [target, s] of Object.entries(scores)) {
      const pct = (value: number | null) => (value === null ? '  n/a' : `${(value * 100).toFixed(1)} %`);
      console.log(
        `${target.padEnd(16)} trained ${s.trained}, tested ${s.tested}: model ${pct(s.accuracy)}, ` +
          `always "${teamNames.get(s.majorityLabel ?? '') ?? s.majorityLabel ?? '-'}" ${pct(s.baselineAccuracy)}`,
      );
    }
  } finally {
    await client.end();
  }
}

function defaultCutoff(examples: readonly TriageExample[]): Date {
  const times = examples.map((example) => example.created_at.getTime()).sort((a, b) => a - b);
  return new Date(times[Math.floor(times.length * TRAIN_SHARE)] ?? Date.now());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
