import type { Action, CreateEscalation, Escalation } from '@ladder/contracts';
import type { TestApp } from './test-app';
import type { Response } from 'supertest';

/** A body the API accepts: high impact x medium urgency gives S2 in the demo procedure. */
export const VPN_DOWN = {
  title: 'VPN down for Sales',
  description: 'Tunnel drops every 5 minutes',
  category: 'network',
  affectedService: 'VPN',
  impact: 'high',
  urgency: 'medium',
} satisfies Partial<CreateEscalation>;

/**
 * Calls the API as one user with a bearer token, signed afresh for each call: specs on a frozen clock move it by
 * days, past a session's lifetime.
 */
export class EscalationClient {
  private constructor(
    private readonly t: TestApp,
    private readonly email: string,
  ) {}

  static async as(t: TestApp, email: string): Promise<EscalationClient> {
    await t.signIn(email);
    return new EscalationClient(t, email);
  }

  async post(path: string, body: object, headers: Record<string, string> = {}): Promise<Response> {
    return this.t.http
      .post(path)
      .set({ Authorization: await this.bearer(), ...headers })
      .send(body);
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.t.http.get(path).set({ Authorization: await this.bearer(), ...headers });
  }

  private async bearer(): Promise<string> {
    return `Bearer ${await this.t.signIn(this.email)}`;
  }

  /** Creates an escalation and fails the test unless it was a 201. */
  async create(overrides: Partial<CreateEscalation> = {}): Promise<Escalation> {
    const response = await this.post('/api/escalations', { ...VPN_DOWN, ...overrides });
    if (response.status !== 201)
      throw new Error(`create answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Escalation;
  }

  act(id: string, action: Action, body: object): Promise<Response> {
    return this.post(`/api/escalations/${id}/${action}`, body);
  }

  /** Runs an action that must succeed and returns the escalation after it. */
  async ok(id: string, action: Action, body: object): Promise<Escalation> {
    const response = await this.act(id, action, body);
    if (response.status !== 200)
      throw new Error(`${action} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body as Escalation;
  }
}

/** Team ids by name, as seeded. */
export async function teamIds(t: TestApp): Promise<Record<string, string>> {
  const rows: { id: string; name: string }[] = await t.dataSource.query('SELECT id, name FROM team');
  return Object.fromEntries(rows.map((row) => [row.name, row.id]));
}

export async function userId(t: TestApp, email: string): Promise<string> {
  const [row]: { id: string }[] = await t.dataSource.query('SELECT id FROM app_user WHERE email = $1', [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** Row counts for an escalation, to prove a refused action wrote nothing. */
export async function written(t: TestApp, id: string): Promise<{ events: number; stints: number; version: number }> {
  const [row]: { events: number; stints: number; version: number }[] = await t.dataSource.query(
    `SELECT (SELECT count(*)::int FROM escalation_event WHERE escalation_id = $1) AS events,
            (SELECT count(*)::int FROM level_stint WHERE escalation_id = $1) AS stints,
            (SELECT version FROM escalation WHERE id = $1) AS version`,
    [id],
  );
  if (!row) throw new Error('no counts');
  return row;
}
