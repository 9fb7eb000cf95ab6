import { cpus, loadavg } from 'node:os';
import { percentileCont } from '@ladder/domain';
import type { WriteCheck } from './bench-database';
import type { PhaseResult } from './transition-load';

/** The markdown table for the README: one row per connection count. */
export function phaseTable(phases: readonly PhaseResult[], pool: number): string {
  const ms = (latencies: Float64Array, fraction: number) =>
    latencies.length === 0 ? '-' : percentileCont(Array.from(latencies), fraction).toFixed(1);
  const rows = phases.map(
    (p) =>
      `| ${p.connections} | ${pool} | ${p.seconds.toFixed(1)} | ${Math.round(p.ok / p.seconds)} | ${ms(p.latencies, 0.5)} | ${ms(p.latencies, 0.95)} | ${ms(p.latencies, 0.99)} | ${p.non2xx} | ${p.errors} |`,
  );
  return [
    '| connections | pool | seconds | transitions/s | p50 ms | p95 ms | p99 ms | non-2xx | errors |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/** Whether the database holds exactly one event, one new stint and one version step per 2xx answer. */
export function checkLine(check: WriteCheck, answered: number): { ok: boolean; text: string } {
  const ok =
    check.events === answered && check.stints === answered && check.versions === answered && check.brokenStints === 0;
  return {
    ok,
    text: `${ok ? 'OK' : 'MISMATCH'}: ${answered} 2xx answers; written ${check.events} level-change events, ${check.stints} stints, ${check.versions} version steps; ${check.brokenStints} escalations without exactly one open stint`,
  };
}

/** The machine a figure was measured on: CPUs and the load average of the last 1 and 5 minutes. */
export function machineLine(): string {
  const [one = 0, five = 0] = loadavg();
  return `${cpus().length} CPUs, load average 1/5 min: ${one.toFixed(1)} / ${five.toFixed(1)}`;
}
