import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchEscalation } from './bench-database';

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

export type BenchAction = 'escalate' | 'de-escalate';

/** The escalation's new version and level, or why the transition was refused. */
export type TransitionAnswer = { version: number; level: number } | { refusal: string };

/** One connection's way of sending a transition: over HTTP to the API, or straight to the database. */
export interface TransitionChannel {
  send(escalation: BenchEscalation, action: BenchAction): Promise<TransitionAnswer>;
  close(): Promise<void>;
}

/** Opens `count` channels, runs `work` on them and closes them, however `work` ends. */
export async function withChannels<T>(
  open: () => Promise<TransitionChannel>,
  count: number,
  work: (channels: TransitionChannel[]) => Promise<T>,
): Promise<T> {
  const channels = await Promise.all(Array.from({ length: count }, open));
  try {
    return await work(channels);
  } finally {
    await Promise.all(channels.map((channel) => channel.close()));
  }
}

/**
 * Escalates (L1 -> L2) and de-escalates (L2 -> L1) over the channels for `seconds`. Each channel works its own
 * disjoint share of the escalations, sends the version it last saw, and finishes the transition in flight when
 * time is up, so every transition written has been counted.
 */
export async function runTransitions(
  channels: readonly TransitionChannel[],
  escalations: readonly BenchEscalation[],
  seconds: number,
  /** Paces the connections to this many transitions a second in all; unset: as fast as answers come. */
  ratePerSecond?: number,
): Promise<PhaseResult> {
  const connections = channels.length;
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
  const connection = async (channel: TransitionChannel, share: BenchEscalation[]) => {
    const interval = ratePerSecond ? (connections * 1000) / ratePerSecond : 0;
    for (let i = 0; performance.now() < deadline; i++) {
      const wait = started + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      const escalation = share[i % share.length] as BenchEscalation;
      const sent = performance.now();
      const answer = await channel
        .send(escalation, escalation.level === 1 ? 'escalate' : 'de-escalate')
        .catch(() => null);
      latencies.push(performance.now() - sent);
      if (!answer) result.errors++;
      else if ('refusal' in answer) {
        result.non2xx++;
        result.firstFailure ??= answer.refusal;
      } else {
        result.ok++;
        Object.assign(escalation, answer);
      }
    }
  };
  await Promise.all(
    channels.map((channel, s) =>
      connection(
        channel,
        escalations.filter((_, i) => i % connections === s),
      ),
    ),
  );
  result.seconds = (performance.now() - started) / 1000;
  result.latencies = Float64Array.from(latencies).sort();
  return result;
}
