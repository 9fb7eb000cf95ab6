import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** CPU seconds used so far, by the API process, by every PostgreSQL process and by this load generator. */
export interface CpuReading {
  /** Null when no API runs (the database-only phase). */
  api: number | null;
  database: number;
  load: number;
}

/** Milliseconds of CPU per transition over a phase, by who spent them. */
export type CpuPerTransition = CpuReading;

/**
 * Reads CPU time from Linux's /proc, so that a phase's figure says where each transition's CPU went: the API,
 * PostgreSQL (its backends and background processes alike) or the load generator itself. A PostgreSQL process that
 * exits during a phase takes its time with it; the pool's and the scheduler's connections live throughout.
 */
export class CpuMeter {
  private readonly ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

  private constructor(private readonly apiPid: number | undefined) {}

  /** Null where there is no /proc to read (the bench then prints no CPU columns). */
  static forApi(apiPid: number | undefined): CpuMeter | null {
    return existsSync('/proc/self/stat') ? new CpuMeter(apiPid) : null;
  }

  read(): CpuReading {
    const postgres = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && commandOf(pid) === 'postgres');
    const own = process.cpuUsage();
    return {
      api: this.apiPid === undefined ? null : this.secondsOf(String(this.apiPid)),
      database: postgres.reduce((sum, pid) => sum + this.secondsOf(pid), 0),
      load: (own.user + own.system) / 1e6,
    };
  }

  static perTransition(before: CpuReading, after: CpuReading, transitions: number): CpuPerTransition {
    const ms = (from: number, to: number) => (transitions ? ((to - from) * 1000) / transitions : 0);
    return {
      api: before.api === null || after.api === null ? null : ms(before.api, after.api),
      database: ms(before.database, after.database),
      load: ms(before.load, after.load),
    };
  }

  /** utime + stime, the 14th and 15th fields of /proc/<pid>/stat (counted after the command's closing bracket). */
  private secondsOf(pid: string): number {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / this.ticksPerSecond;
  }
}

function commandOf(pid: string): string {
  return readOrEmpty(`/proc/${pid}/comm`).trim();
}

/** A process may exit between listing /proc and reading it. */
function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
