import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ProcedureDefinition, ProcedureVersion, ProcedureVersionSummary } from '@ladder/contracts';

describe('publishing a procedure version', () => {
  let t: TestApp;
  let current: ProcedureVersion;
  const as = async (email: string) => `Bearer ${await t.signIn(email)}`;
  const publish = async (definition: object, email = 'owner@ladder.demo') =>
    t.http
      .post('/api/procedures')
      .set('Authorization', await as(email))
      .send({ name: 'Faster L1', definition });

  beforeAll(async () => {
    t = await createTestApp();
    current = (await t.http.get('/api/procedures/current').set('Authorization', await as('owner@ladder.demo')))
      .body as ProcedureVersion;
  });
  afterAll(() => t.close());

  const withFirstLevel = (change: Partial<ProcedureDefinition['levels'][number]>): ProcedureDefinition => ({
    ...current.definition,
    levels: current.definition.levels.map((l, i) => (i === 0 ? { ...l, ...change } : l)),
  });

  it('refuses invalid configuration with a 400 that says what is wrong, and publishes nothing', async () => {
    const d = current.definition;
    const cases: [ProcedureDefinition, string][] = [
      [
        { ...d, severities: d.severities.map((s, i) => (i === 0 ? { ...s, responseMinutes: 0 } : s)) },
        'responseMinutes',
      ],
      [
        { ...d, rules: [{ id: 'down', name: 'Down', when: { level: [3] }, then: { action: 'escalate', toLevel: 2 } }] },
        'escalates to level 2, which is not above level 3 where the rule applies',
      ],
      [
        { ...d, severities: d.severities.map((s) => ({ ...s, calendar: 'moon-base' })) },
        'no calendar named \\"moon-base\\"',
      ],
      [
        withFirstLevel({ teamIds: ['00000000-0000-4000-8000-000000000000'] }),
        'the default team must be one of the teamIds',
      ],
    ];
    for (const [definition, message] of cases) {
      const response = await publish(definition);
      expect([response.status, response.body.code]).toEqual([400, 'validation_failed']);
      expect(JSON.stringify(response.body)).toContain(message);
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM procedure_version`);
    expect(n).toBe(1);
  });

  it('publishes the next version for process owners only; it becomes current and the old one stays readable', async () => {
    const agent = await publish(current.definition, 'l1.agent@ladder.demo');
    expect(agent.status).toBe(403);
    const published = await publish(withFirstLevel({ budgetMinutes: { S1: 10, S2: 20, S3: 90, S4: 240 } }));
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: 2, name: 'Faster L1' });
    const owner = await as('owner@ladder.demo');
    const now = await t.http.get('/api/procedures/current').set('Authorization', owner);
    expect(now.body).toMatchObject({ version: 2 });
    const old = await t.http.get(`/api/procedures/${current.id}`).set('Authorization', owner);
    expect([old.status, old.body.version]).toEqual([200, 1]);
  });

  it('lists every version to any signed-in user, newest first and without definitions', async () => {
    const response = await t.http.get('/api/procedures').set('Authorization', await as('l1.agent@ladder.demo'));
    expect(response.status).toBe(200);
    // Version 2 was published by the test before, by the owner; it retired version 1, seeded before the lifecycle.
    const rows = (await t.dataSource.query(
      `SELECT published_at, review_due_at FROM procedure_version WHERE version = 2`,
    )) as { published_at: Date; review_due_at: Date }[];
    const [latest] = rows;
    expect(response.body as ProcedureVersionSummary[]).toEqual([
      {
        id: expect.any(String),
        version: 2,
        name: 'Faster L1',
        publishedAt: latest?.published_at.toISOString(),
        status: 'published',
        authorName: 'Lee Tanaka',
        submittedAt: null,
        reviewDueAt: latest?.review_due_at.toISOString(),
      },
      {
        id: current.id,
        version: 1,
        name: current.name,
        publishedAt: current.publishedAt,
        status: 'retired',
        authorName: null,
        submittedAt: null,
        // A retired version is no longer due for review.
        reviewDueAt: null,
      },
    ]);
  });
});
