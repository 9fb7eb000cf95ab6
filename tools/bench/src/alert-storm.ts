import { Agent, request } from 'node:http';
import type { IntakeResult } from '@ladder/contracts';

export interface StormPlan {
  alertsPerSecond: number;
  seconds: number;
  alertsPerWebhook: number;
  /** Distinct alerts (dedup keys) the storm's firings are spread over. */
  keys: number;
  services: readonly string[];
}

export interface StormResult {
  webhooks: number;
  alerts: number;
  failures: string[];
  /** Per webhook, from when it was due to be sent to its answer (queueing included), in ms. */
  latencies: number[];
  outcomes: Record<string, number>;
  /** From the first webhook being due to the last answer, in s. */
  elapsed: number;
  /** Every webhook body sent, for redelivery. */
  bodies: string[];
}

/** One Alertmanager webhook of `plan.alertsPerWebhook` firings, each a new occurrence (its own `startsAt`). */
export function stormWebhook(plan: StormPlan, webhook: number, start: Date): string {
  const alerts = Array.from({ length: plan.alertsPerWebhook }, (_, i) => {
    const n = webhook * plan.alertsPerWebhook + i;
    const key = (n * 7919) % plan.keys;
    const service = plan.services[key % plan.services.length] ?? 'ERP';
    return {
      status: 'firing',
      labels: { alertname: `StormAlert${key}`, service, severity: key % 10 === 0 ? 'critical' : 'warning' },
      annotations: { summary: `Storm alert ${key} on ${service}` },
      startsAt: new Date(start.getTime() + n).toISOString(),
      fingerprint: `storm-${key}`,
    };
  });
  return JSON.stringify({ version: '4', status: 'firing', receiver: 'ladder', alerts });
}

export function postWebhook(
  agent: Agent,
  origin: URL,
  secret: string,
  body: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path: '/api/intake/alertmanager',
        method: 'POST',
        headers: {
          authorization: `Bearer ${secret}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Sends the storm open-loop: each webhook at its due time whatever the answers before it, so a server that falls
 * behind shows it as latency (measured from the due time) instead of quietly slowing the storm down.
 */
export async function runStorm(origin: URL, secret: string, plan: StormPlan): Promise<StormResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const webhooks = Math.round((plan.alertsPerSecond * plan.seconds) / plan.alertsPerWebhook);
  const intervalMs = (plan.seconds * 1000) / webhooks;
  const result: StormResult = {
    webhooks,
    alerts: 0,
    failures: [],
    latencies: [],
    outcomes: {},
    elapsed: 0,
    bodies: [],
  };
  const start = new Date();
  const t0 = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let w = 0; w < webhooks; w++) {
    const due = t0 + w * intervalMs;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = stormWebhook(plan, w, start);
    result.bodies.push(body);
    inFlight.push(
      postWebhook(agent, origin, secret, body).then(
        (answer) => {
          result.latencies.push(performance.now() - due);
          if (answer.status !== 200) return void result.failures.push(`${answer.status} ${answer.body.slice(0, 200)}`);
          for (const alert of (JSON.parse(answer.body) as IntakeResult).alerts) {
            result.alerts += 1;
            result.outcomes[alert.outcome] = (result.outcomes[alert.outcome] ?? 0) + 1;
          }
        },
        (error: unknown) => void result.failures.push(String(error)),
      ),
    );
  }
  await Promise.all(inFlight);
  result.elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  return result;
}
