import { FrozenClock } from '@ladder/api/common';
import { seedDemoHistory } from '@ladder/api/demo-data';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { TriageAcceptance, TriageSuggestions } from '@ladder/contracts';
import { tokenise } from '@ladder/domain';
import { readTriageExamples } from './triage-examples';
import { UNTRAINED_RETRY_MS } from './triage-model.service';
import { evaluateTriage } from './triage-models';
import { recordTriageOutcomes } from './triage-outcomes';
import { TriageModule } from './triage.module';

const NOW = new Date('2026-11-26T12:00:00Z');
const AGENT = 'l1.agent@ladder.demo';
const REPLICATION_LAG = {
  title: 'Replication lag on the CRM database',
  description: 'The read replica behind CRM is more than 30 minutes behind; dashboards show stale figures.',
};

jest.setTimeout(120_000);

describe('triage suggestions', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  const suggest = async (email: string, body: object) =>
    t.http
      .post('/api/triage/suggestions')
      .set('Authorization', `Bearer ${await t.signIn(email)}`)
      .send(body);

  beforeAll(async () => {
    t = await createTestApp({ imports: [TriageModule], clock });
  });
  afterAll(() => t.close());

  it('suggests nothing while fewer than 50 escalations are resolved', async () => {
    const res = await suggest(AGENT, REPLICATION_LAG);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      category: null,
      affectedService: null,
      team: null,
      severity: null,
      trainedOn: 0,
      trainedAt: NOW.toISOString(),
    });
  });

  it('rejects bad input and roles not opening escalations', async () => {
    expect((await suggest(AGENT, { title: 42 })).status).toBe(400);
    expect((await suggest('owner@ladder.demo', REPLICATION_LAG)).status).toBe(403);
  });

  describe('on a generated history', () => {
    beforeAll(async () => {
      await seedDemoHistory(t.dataSource, { escalations: 400, days: 60, seed: 11, now: NOW, batchSize: 200 });
    });

    it('learns from the new history at the first request a minute after it had too little to learn from', async () => {
      clock.set(new Date(NOW.getTime() + UNTRAINED_RETRY_MS - 1000));
      expect(((await suggest(AGENT, REPLICATION_LAG)).body as TriageSuggestions).trainedOn).toBe(0);
      clock.set(new Date(NOW.getTime() + UNTRAINED_RETRY_MS));
      expect(((await suggest(AGENT, REPLICATION_LAG)).body as TriageSuggestions).trainedOn).toBeGreaterThan(50);
    });

    it('suggests each target with its confidence and the words of the text that drove it', async () => {
      const res = await suggest('manager@ladder.demo', REPLICATION_LAG);
      expect(res.status).toBe(200);
      const body = res.body as TriageSuggestions;
      const [{ resolved } = { resolved: 0 }] = await t.dataSource.query<{ resolved: number }[]>(
        `SELECT count(*)::int AS resolved FROM escalation WHERE status IN ('resolved', 'closed')`,
      );
      expect(body.trainedOn).toBe(resolved);
      expect(body.category?.value).toBe('database');
      expect(body.affectedService?.value).toBe('CRM');
      const words = new Set(tokenise(`${REPLICATION_LAG.title} ${REPLICATION_LAG.description}`));
      for (const suggestion of [body.category, body.affectedService, body.team, body.severity]) {
        expect(suggestion?.confidence).toBeGreaterThan(0);
        expect(suggestion?.confidence).toBeLessThanOrEqual(1);
        expect(suggestion?.drivingWords.every((word) => words.has(word))).toBe(true);
      }
      const [team] = await t.dataSource.query<{ name: string }[]>(`SELECT name FROM team WHERE id = $1`, [
        body.team?.value,
      ]);
      expect(body.team?.label).toBe(team?.name);
    });

    it('beats always guessing the most common value on the later escalations it did not learn from', async () => {
      const examples = await readTriageExamples((sql) => t.dataSource.query(sql));
      const scores = evaluateTriage(examples, new Date('2026-11-12T00:00:00Z'));
      for (const target of ['category', 'affectedService'] as const) {
        const { accuracy, baselineAccuracy, tested } = scores[target];
        expect(tested).toBeGreaterThan(50);
        expect(accuracy ?? 0).toBeGreaterThan((baselineAccuracy ?? 1) + 0.3);
      }
      expect(scores.team.accuracy ?? 0).toBeGreaterThanOrEqual(scores.team.baselineAccuracy ?? 1);
    });

    it('reports, per target, how often the suggestion shown was the value opened with', async () => {
      const ids = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM escalation ORDER BY number LIMIT 3`);
      const chosen = { category: 'network', affectedService: 'VPN', team: 'x', severity: 'S2' };
      await t.dataSource.transaction(async (m) => {
        const [a, b, c] = ids.map((row) => row.id);
        const shown = (category: string) => [
          { target: 'category' as const, value: category, confidence: 0.9 },
          { target: 'severity' as const, value: 'S2', confidence: 0.5 },
        ];
        await recordTriageOutcomes(m, a ?? '', shown('network'), chosen, NOW);
        await recordTriageOutcomes(m, b ?? '', shown('database'), chosen, NOW);
        await recordTriageOutcomes(m, c ?? '', undefined, chosen, NOW);
      });
      const res = await t.http
        .get('/api/analytics/triage-acceptance')
        .set('Authorization', `Bearer ${await t.signIn('owner@ladder.demo')}`);
      expect(res.status).toBe(200);
      expect(res.body as TriageAcceptance).toEqual({
        targets: [
          { target: 'category', shown: 2, accepted: 1, acceptanceRate: 0.5 },
          { target: 'affectedService', shown: 0, accepted: 0, acceptanceRate: null },
          { target: 'team', shown: 0, accepted: 0, acceptanceRate: null },
          { target: 'severity', shown: 2, accepted: 2, acceptanceRate: 1 },
        ],
      });
    });
  });
});
