import { Agent } from 'node:http';
import { httpCall } from './http-call';

export interface ReadResult {
  requests: number;
  failures: number;
  firstFailure: string | null;
  /** Milliseconds, sorted. */
  latencies: Float64Array;
}

/**
 * GETs `paths` in turn over `clients` keep-alive connections for `seconds`, each client waiting for its answer
 * before the next request (a dashboard user, not a flood).
 */
export async function runReads(
  origin: string,
  token: string,
  paths: readonly string[],
  clients: number,
  seconds: number,
): Promise<ReadResult> {
  const url = new URL(origin);
  const latencies: number[] = [];
  const result: ReadResult = { requests: 0, failures: 0, firstFailure: null, latencies: new Float64Array() };
  const deadline = performance.now() + seconds * 1000;
  const client = async (offset: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = offset; performance.now() < deadline; i++) {
      const path = paths[i % paths.length] as string;
      const sent = performance.now();
      const answer = await httpCall(agent, url, path, token).catch((error: Error) => ({
        status: 0,
        body: error.message,
      }));
      latencies.push(performance.now() - sent);
      result.requests++;
      if (answer.status !== 200) {
        result.failures++;
        result.firstFailure ??= `${answer.status} ${path} ${answer.body.slice(0, 200)}`;
      }
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  result.latencies = Float64Array.from(latencies).sort();
  return result;
}
