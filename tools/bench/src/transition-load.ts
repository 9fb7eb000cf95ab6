import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchEscalation } from './bench-database';
import { httpCall } from './http-call';

export interface PhaseResult {
  connections: number;
  seconds: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** The first refusal, to tell what went wrong. */
  firstFailure: string | null;
  /** Latency of every answer in milliseconds, sorted. */
  latencies: Float64Array;
}

/**
 * Escalates (L1 -> L2) and de-escalates (L2 -> L1) over `connections` keep-alive connections for `seconds`.
 * Each connection works its own disjoint share of the escalations, sends the version it last saw, and finishes
 * the request in flight when time is up, so every transition the server wrote has been counted.
 */
export async function runTransitions(
  origin: string,
  token: string,
  escalations: readonly BenchEscalation[],
  connections: number,
  seconds: number,
  /** Paces the connections to this many transitions a second in all; unset: as fast as answers come. */
  ratePerSecond?: number,
): Promise<PhaseResult> {
  const url = new URL(origin);
  const result: PhaseResult = {
    connections,
    seconds,
    ok: 0,
    non2xx: 0,
    errors: 0,
    firstFailure: null,
    latencies: new Float64Array(),
  };
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const connection = async (share: BenchEscalation[]) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const interval = ratePerSecond ? (connections * 1000) / ratePerSecond : 0;
    for (let i = 0; performance.now() < deadline; i++) {
      const wait = started + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const escalation = share[i % share.length] as BenchEscalation;
      const action = escalation.level === 1 ? 'escalate' : 'de-escalate';
      const body = JSON.stringify({ version: escalation.version, reason: 'bench: load test' });
      const sent = performance.now();
      const answer = await httpCall(agent, url, `/api/escalations/${escalation.id}/${action}`, token, body).catch(
        () => null,
      );
      latencies.push(performance.now() - sent);
      if (!answer) result.errors++;
      else if (answer.status >= 300) {
        result.non2xx++;
        result.firstFailure ??= `${answer.status} ${answer.body}`;
      } else {
        result.ok++;
        const { version, level } = JSON.parse(answer.body) as BenchEscalation;
        Object.assign(escalation, { version, level });
      }
    }
    agent.destroy();
  };
  await Promise.all(
    Array.from({ length: connections }, (_, s) => connection(escalations.filter((_, i) => i % connections === s))),
  );
  result.seconds = (performance.now() - started) / 1000;
  result.latencies = Float64Array.from(latencies).sort();
  return result;
}
