import { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import type { IntakeResult, IntegrationWithSecret } from '@ladder/contracts';
import { percentileCont } from '@ladder/domain';
import { Client } from 'pg';
import { z } from 'zod';
import { postWebhook, runStorm, type StormPlan } from './alert-storm';
import { ApiProcess } from './api-process';
import { machineLine } from './bench.report';
import { benchDatabases } from './bench-env';
import { BenchDatabase } from './bench-database';

const OptionsSchema = z.object({
  databaseUrl: z.string().optional(),
  serverUrl: z.string(),
  rate: z.coerce.number().int().positive(),
  duration: z.coerce.number().positive(),
  batch: z.coerce.number().int().positive(),
  keys: z.coerce.number().int().positive(),
  api: z.string(),
  keep: z.boolean(),
});

function parseOptions(): z.infer<typeof OptionsSchema> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '1000' },
      duration: { type: 'string', default: '10' },
      batch: { type: 'string', default: '10' },
      keys: { type: 'string', default: '300' },
      api: { type: 'string', default: 'dist/apps/api/main.js' },
      keep: { type: 'boolean', default: false },
    },
  });
  // eslint-disable-next-line no-restricted-syntax -- the bench's one configuration parser
  return OptionsSchema.parse({ ...benchDatabases(process.env), ...values });
}

const SERVICES = ['Email', 'VPN', 'ERP', 'Payroll', 'Website', 'Wi-Fi', 'CRM', 'Data Warehouse'];

async function createIntegration(api: ApiProcess, token: string): Promise<IntegrationWithSecret> {
  const response = await fetch(`${api.origin}/api/admin/integrations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Storm',
      kind: 'alertmanager',
      routing: {
        defaults: { category: 'application', affectedService: 'ERP', impact: 'medium', urgency: 'medium' },
        rules: [{ match: { severity: ['critical'] }, set: { impact: 'high', urgency: 'high' } }],
      },
    }),
  });
  if (response.status !== 201) throw new Error(`integration: ${response.status} ${await response.text()}`);
  return (await response.json()) as IntegrationWithSecret;
}

/** What the database holds after the storm, to check against what was sent. */
async function stored(client: Client, integrationId: string) {
  const { rows } = await client.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM alert WHERE integration_id = $1) AS escalations,
            (SELECT count(DISTINCT dedup_key) FROM alert WHERE integration_id = $1) AS keys,
            (SELECT coalesce(sum(fire_count), 0) FROM alert WHERE integration_id = $1) AS firings,
            (SELECT count(*) FROM alert_notification WHERE integration_id = $1) AS notifications`,
    [integrationId],
  );
  const row = rows[0] ?? {};
  return {
    escalations: Number(row['escalations']),
    keys: Number(row['keys']),
    firings: Number(row['firings']),
    notifications: Number(row['notifications']),
  };
}

/**
 * `npm run bench:alert-storm` (after `npx nx build api`): the built API (pool of 8, scheduler on) on a scratch
 * database with the demo organisation, an Alertmanager integration, and a storm of `rate` alerts/s for `duration`
 * seconds in webhooks of `batch` alerts, spread over `keys` distinct alerts. Then every webhook is delivered again.
 * Checks no error, one escalation per distinct alert, every firing counted once, every redelivery a no-op.
 */
async function main(): Promise<void> {
  const options = parseOptions();
  const database = await BenchDatabase.open(options.databaseUrl, options.serverUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  let api: ApiProcess | null = null;
  try {
    api = await ApiProcess.start(options.api, database.url, 8);
    const integration = await createIntegration(api, await api.signIn('admin@ladder.demo', 'ladder-demo'));
    const plan: StormPlan = {
      alertsPerSecond: options.rate,
      seconds: options.duration,
      alertsPerWebhook: options.batch,
      keys: options.keys,
      services: SERVICES,
    };
    const origin = new URL(api.origin);
    const storm = await runStorm(origin, integration.secret, plan);
    const after = await stored(client, integration.id);

    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    let redelivered = 0;
    let changed = 0;
    const redelivery = performance.now();
    for (const body of storm.bodies) {
      const answer = await postWebhook(agent, origin, integration.secret, body);
      const outcomes = (JSON.parse(answer.body) as IntakeResult).alerts.map((a) => a.outcome);
      redelivered += outcomes.length;
      changed += outcomes.filter((outcome) => outcome !== 'unchanged').length;
    }
    const redeliverySeconds = (performance.now() - redelivery) / 1000;
    agent.destroy();
    const afterRedelivery = await stored(client, integration.id);

    const sent = storm.webhooks * plan.alertsPerWebhook;
    const sorted = [...storm.latencies].sort((a, b) => a - b);
    const ms = (fraction: number) => percentileCont(sorted, fraction).toFixed(0);
    const ok =
      storm.failures.length === 0 &&
      after.escalations === after.keys &&
      after.firings === sent &&
      after.notifications === sent &&
      changed === 0 &&
      JSON.stringify(afterRedelivery) === JSON.stringify(after);
    console.log(
      `\n| storm | alerts | webhooks | non-2xx | absorbed in | alerts/s | webhook p50 / p99 |\n|---|---|---|---|---|---|---|`,
    );
    console.log(
      `| ${plan.alertsPerSecond}/s for ${plan.seconds} s, ${plan.alertsPerWebhook} per webhook, ${plan.keys} distinct | ${sent} | ${storm.webhooks} | ${storm.failures.length} | ${storm.elapsed.toFixed(1)} s | ${Math.round(sent / storm.elapsed)} | ${ms(0.5)} / ${ms(0.99)} ms |`,
    );
    console.log(
      `${ok ? 'OK' : 'MISMATCH'}: ${after.escalations} escalations for ${after.keys} distinct alerts, ${after.firings} firings counted, ${after.notifications} notifications (sent ${sent}); outcomes ${JSON.stringify(storm.outcomes)}`,
    );
    console.log(
      `redelivery of all ${storm.webhooks} webhooks: ${redelivered} alerts, ${changed} changed anything, ${redeliverySeconds.toFixed(1)} s (one at a time)`,
    );
    if (storm.failures.length) console.log(`first failures: ${storm.failures.slice(0, 3).join(' | ')}`);
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
