import { cpus, loadavg } from 'node:os';
import { percentileCont } from '@ladder/domain';
import type { WriteCheck } from './bench-database';
import type { CpuPerTransition } from './cpu-meter';
import type { PhaseResult } from './transition-load';

export interface MeasuredPhase extends PhaseResult {
  /** 'API': over HTTP; 'database only': `escalation_act` called directly. */
  via: string;
  /** Null where CPU time cannot be read. */
  cpu: CpuPerTransition | null;
}

/** The markdown table for the README: one row per phase. */
export function phaseTable(phases: readonly MeasuredPhase[], pool: number): string {
  const ms = (latencies: Float64Array, fraction: number) =>
    latencies.length === 0 ? '-' : percentileCont(Array.from(latencies), fraction).toFixed(1);
  const cpu = (p: MeasuredPhase, key: keyof CpuPerTransition) => p.cpu?.[key]?.toFixed(2) ?? '-';
  const rows = phases.map(
    (p) =>
      `| ${p.via} | ${p.connections} | ${pool} | ${p.seconds.toFixed(1)} | ${Math.round(p.ok / p.seconds)} | ${ms(p.latencies, 0.5)} | ${ms(p.latencies, 0.95)} | ${ms(p.latencies, 0.99)} | ${p.non2xx} | ${p.errors} | ${cpu(p, 'api')} | ${cpu(p, 'database')} | ${cpu(p, 'load')} |`,
  );
  return [
    '| via | connections | pool | seconds | transitions/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | CPU ms per transition: API | PostgreSQL | load generator |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
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
