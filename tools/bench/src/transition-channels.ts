import { Agent } from 'node:http';
import { TRANSITIONS } from '@ladder/domain';
import { Client } from 'pg';
import type { BenchEscalation } from './bench-database';
import { httpCall } from './http-call';
import type { BenchAction, TransitionChannel } from './transition-load';

const REASON = 'bench: load test';

/** A keep-alive HTTP connection to the API, signed in with `token`. */
export function httpChannel(origin: string, token: string): () => Promise<TransitionChannel> {
  const url = new URL(origin);
  return () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    return Promise.resolve({
      async send(escalation: BenchEscalation, action: BenchAction) {
        const body = JSON.stringify({ version: escalation.version, reason: REASON });
        const answer = await httpCall(agent, url, `/api/escalations/${escalation.id}/${action}`, token, body);
        if (answer.status >= 300) return { refusal: `${answer.status} ${answer.body}` };
        const { version, level } = JSON.parse(answer.body) as BenchEscalation;
        return { version, level };
      },
      close: () => Promise.resolve(agent.destroy()),
    });
  };
}

// The API's transaction without the API: the same function, its arguments as the actions service passes them.
const ACT = `SELECT outcome, problem, version, level FROM escalation_act($1::uuid, $2::text, $3::text[], $4::text,
  $5::integer, $6::uuid, 'api', NULL, $7::text, 'internal', NULL, NULL, NULL, NULL, NULL)`;

/**
 * A database connection that calls `escalation_act` directly as `actorId`: what PostgreSQL alone can do on this
 * machine, with no HTTP, no API process and no work set off afterwards (nothing runs the jobs it queues).
 */
export function databaseChannel(databaseUrl: string, actorId: string): () => Promise<TransitionChannel> {
  return async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    return {
      async send(escalation: BenchEscalation, action: BenchAction) {
        const rule = TRANSITIONS[action];
        const { rows } = await client.query<{ outcome: string; problem: string | null } & BenchEscalation>({
          name: 'bench_act',
          text: ACT,
          values: [escalation.id, action, rule.from, rule.to, escalation.version, actorId, REASON],
        });
        const row = rows[0];
        if (row?.outcome !== 'ok') return { refusal: `${row?.outcome ?? 'no row'}: ${row?.problem ?? ''}` };
        return { version: row.version, level: row.level };
      },
      close: () => client.end(),
    };
  };
}
