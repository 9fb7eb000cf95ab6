import { parseArgs } from 'node:util';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { percentileCont } from '@ladder/domain';
import { Client } from 'pg';
import { ensureHistoryDatabase } from './analytics-database';
import { benchDatabases } from './bench-env';
import { ApiProcess } from './api-process';
import { machineLine } from './bench.report';
import { BenchDatabase } from './bench-database';
import { RAW_EVENT_REPORTS } from './raw-event-reports';
import { runReads, type ReadResult } from './read-load';
import { httpChannel } from './transition-channels';
import { runTransitions, withChannels } from './transition-load';

const DAY_MS = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

interface Row {
  report: string;
  one: ReadResult;
  four: ReadResult;
  writing: ReadResult;
  writes: number;
  raw: Float64Array | null;
}

/**
 * `npm run bench:analytics` (after `npx nx build api`): the reports over HTTP through the built API with auth, on a
 * database of a million generated escalations (created once, then reused), with 1 and 4 clients and with 4 clients
 * while transitions are written at a steady rate; beside each, the same figures by plain SQL over the raw events.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: 'ladder_bench_analytics' },
      escalations: { type: 'string', default: '1000000' },
      days: { type: 'string', default: '730' },
      now: { type: 'string', default: '2026-11-26T00:00:00Z' },
      range: { type: 'string', default: '90' },
      duration: { type: 'string', default: '10' },
      writes: { type: 'string', default: '500' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
    },
  });
  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration
  const { serverUrl } = benchDatabases(process.env);
  const now = new Date(values.now);
  const url = await ensureHistoryDatabase(serverUrl, values.database, {
    escalations: Number(values.escalations),
    days: Number(values.days),
    now,
  });
  const range = `from=${isoDate(now.getTime() - Number(values.range) * DAY_MS)}&to=${isoDate(now.getTime() - DAY_MS)}`;
  const seconds = Number(values.duration);
  const writers = await BenchDatabase.open(url, serverUrl);
  await writers.ensureEscalations(2000);
  const working = await writers.workingSet(2000);
  const api = await ApiProcess.start(values.api, url, 8);
  const rows: Row[] = [];
  try {
    const token = await api.signIn('manager@ladder.demo', 'ladder-demo');
    const agentToken = await api.signIn('l1.agent@ladder.demo', 'ladder-demo');
    const reports: [string, string][] = [
      ...['time-at-level', 'bottlenecks', 'sla-breaches', 'flow', 'load', 'survival'].map(
        (name) => [name, `/api/analytics/${name}?${range}`] as [string, string],
      ),
      ['drill-down', `/api/analytics/drill-down?basis=stints&level=2&${range}`],
    ];
    const raw = new Client({ connectionString: url });
    await raw.connect();
    for (const [report, path] of reports) {
      await runReads(api.origin, token, [path], 1, 2);
      const one = await runReads(api.origin, token, [path], 1, seconds);
      const four = await runReads(api.origin, token, [path], 4, seconds);
      const [writing, written] = await Promise.all([
        runReads(api.origin, token, [path], 4, seconds),
        withChannels(httpChannel(api.origin, agentToken), 4, (channels) =>
          runTransitions(channels, working, seconds, Number(values.writes)),
        ),
      ]);
      const sql = RAW_EVENT_REPORTS[report];
      const rawTimes = sql ? await timeSql(raw, sql, range) : null;
      rows.push({ report, one, four, writing, writes: written.ok / written.seconds, raw: rawTimes });
      console.log(
        `${report}: p95 ${ms(one.latencies, 0.95)} ms (1 client); first failure: ${one.firstFailure ?? 'none'}`,
      );
    }
    await raw.end();
    console.log(await percentileError(api.origin, token, range));
  } finally {
    await api.stop();
    await writers.close(true);
  }
  console.log(`\n${table(rows, seconds)}`);
  console.log(`${machineLine()}; range ${range}`);
}

/** How far the rollup's percentiles are from the exact ones, over every figure of the time-at-level report. */
async function percentileError(origin: string, token: string, range: string): Promise<string> {
  const read = async (exact: boolean) => {
    const response = await fetch(`${origin}/api/analytics/time-at-level?${range}&exact=${exact}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as TimeAtLevelReport;
  };
  const [fast, slow] = [await read(false), await read(true)];
  const errors: number[] = [];
  fast.rows.forEach((row, i) => {
    for (const clock of ['wallClock', 'businessHours'] as const) {
      for (const part of ['total', 'waiting', 'handling'] as const) {
        for (const figure of ['p50Minutes', 'p90Minutes', 'p95Minutes'] as const) {
          const exact = slow.rows[i]?.[clock][part][figure] ?? 0;
          if (exact > 0) errors.push(Math.abs(row[clock][part][figure] - exact) / exact);
        }
      }
    }
  });
  const mean = errors.reduce((sum, e) => sum + e, 0) / errors.length;
  return `rollup percentiles against exact ones: ${errors.length} figures, mean error ${(100 * mean).toFixed(2)} %, max ${(100 * Math.max(...errors)).toFixed(2)} %`;
}

/** Five runs after one warm-up, in milliseconds, sorted. */
async function timeSql(client: Client, sql: string, range: string): Promise<Float64Array> {
  const params = new URLSearchParams(range);
  const start = new Date(`${params.get('from')}T00:00:00Z`);
  const end = new Date(new Date(`${params.get('to')}T00:00:00Z`).getTime() + DAY_MS);
  const times: number[] = [];
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    await client.query(sql, [start, end]);
    if (run > 0) times.push(performance.now() - started);
  }
  return Float64Array.from(times).sort();
}

function ms(latencies: Float64Array, fraction: number): string {
  return latencies.length ? percentileCont(Array.from(latencies), fraction).toFixed(1) : '-';
}

function table(rows: readonly Row[], seconds: number): string {
  const lines = rows.map((r) => {
    const ratio = r.raw
      ? (percentileCont(Array.from(r.raw), 0.5) / percentileCont(Array.from(r.one.latencies), 0.5)).toFixed(1)
      : '-';
    const failures = r.one.failures + r.four.failures + r.writing.failures;
    return `| ${r.report} | ${ms(r.one.latencies, 0.5)} | ${ms(r.one.latencies, 0.95)} | ${ms(r.four.latencies, 0.95)} | ${ms(r.writing.latencies, 0.95)} | ${Math.round(r.writes)} | ${r.raw ? ms(r.raw, 0.5) : '-'} | ${r.raw ? ms(r.raw, 0.95) : '-'} | ${ratio} | ${failures} |`;
  });
  return [
    `| report | p50 ms, 1 client | p95 ms, 1 client | p95 ms, 4 clients | p95 ms, 4 clients + writes | writes/s | raw-event SQL p50 ms | raw-event SQL p95 ms | raw / API p50 | failures |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lines,
    `(${seconds} s per phase)`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
