import type { LoginResult, TimeAtLevelReport } from '@ladder/contracts';
import { baseUrl } from './e2e-env';
import { DEMO_PASSWORD } from './portal';

const DAY_MS = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The dashboard's default range (last 30 days, UTC), read straight from the API as a baseline. */
export async function timeAtLevelBaseline(email: string): Promise<TimeAtLevelReport> {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const { token } = (await login.json()) as LoginResult;
  const now = Date.now();
  const query = new URLSearchParams({ from: isoDate(now - 29 * DAY_MS), to: isoDate(now) });
  const report = await fetch(`${baseUrl()}/api/analytics/time-at-level?${query.toString()}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!report.ok) throw new Error(`time-at-level failed: ${report.status}`);
  return (await report.json()) as TimeAtLevelReport;
}

export function finishedAt(report: TimeAtLevelReport, level: number, teamName: string): number {
  return report.rows.find((r) => r.level === level && r.teamName === teamName)?.count ?? 0;
}
