import { randomUUID } from 'node:crypto';
import type { CreateEscalation, Escalation, LoginResult, TimeAtLevelReport } from '@ladder/contracts';
import { baseUrl } from './e2e-env';
import { DEMO_PASSWORD } from './portal';

/** A bearer token for a demo account. */
export async function apiToken(email: string): Promise<string> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login as ${email} failed: ${login.status}`);
  return ((await login.json()) as LoginResult).token;
}

/** Calls the API as a demo account and returns the JSON answer; anything but a 2xx fails the test. */
export async function api<T>(email: string, method: 'GET' | 'POST' | 'PUT', path: string, body?: object): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await apiToken(email)}`,
      ...(body && { 'content-type': 'application/json', 'idempotency-key': randomUUID() }),
    },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export function createEscalation(email: string, body: Partial<CreateEscalation>): Promise<Escalation> {
  return api<Escalation>(email, 'POST', '/api/escalations', body);
}

const DAY_MS = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The dashboard's default range (last 30 days, UTC), read straight from the stints as a baseline. */
export function timeAtLevelBaseline(email: string): Promise<TimeAtLevelReport> {
  const now = Date.now();
  const query = new URLSearchParams({ from: isoDate(now - 29 * DAY_MS), to: isoDate(now), exact: 'true' });
  return api<TimeAtLevelReport>(email, 'GET', `/api/analytics/time-at-level?${query.toString()}`);
}

export function finishedAt(report: TimeAtLevelReport, level: number, teamName: string): number {
  return report.rows.find((r) => r.level === level && r.groupLabel === teamName)?.count ?? 0;
}
