import { FrozenClock } from '@ladder/api/common';
import { ProcedureWatch } from '@ladder/api/procedures';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ProcedureAcknowledgementReport, ProcedureVersionDetail } from '@ladder/contracts';

const PUBLISHED = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const OWNER = 'owner@ladder.demo';
const SECOND_OWNER = 'owner2@ladder.demo';
const MANAGER = 'manager@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';
const L2 = 'l2.lead@ladder.demo';
const L3 = 'l3.network@ladder.demo';
const NEW_AGENT = 'chris.doe@ladder.demo';

describe('procedure acknowledgements and reminders', () => {
  const clock = new FrozenClock(PUBLISHED);
  let t: TestApp;
  let v2: ProcedureVersionDetail;
  let v1Id: string;

  const call = async (method: 'get' | 'post', path: string, email: string, body: object = {}) => {
    const req = t.http[method](`/api${path}`).set('Authorization', `Bearer ${await t.signIn(email)}`);
    return method === 'get' ? req : req.send(body);
  };
  const at = (ms: number) => clock.set(new Date(PUBLISHED.getTime() + ms));
  const round = () => t.app.get(ProcedureWatch).runRound();
  const inbox = async (email: string) =>
    (await t.dataSource.query(
      `SELECT n.subject, n.body_text, n.link FROM notification n JOIN app_user u ON u.id = n.user_id
        WHERE u.email = $1 AND n.channel = 'in-app' ORDER BY n.created_at, n.subject`,
      [email],
    )) as { subject: string; body_text: string; link: string }[];

  beforeAll(async () => {
    t = await createTestApp({ clock });
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, role, team_id)
       SELECT $1, 'Kim Osei', 'x', 'process_owner', NULL
       UNION ALL SELECT $2, 'Chris Doe', 'x', 'agent', id FROM team WHERE name = 'Service Desk'`,
      [SECOND_OWNER, NEW_AGENT],
    );
    v1Id = ((await call('get', '/procedures/current', AGENT)).body as { id: string }).id;
    const draft = (await call('post', '/procedures/drafts', OWNER, { name: 'Quicker L1' }))
      .body as ProcedureVersionDetail;
    await call('post', `/procedures/${draft.id}/submit`, OWNER);
    v2 = (await call('post', `/procedures/${draft.id}/approve`, SECOND_OWNER)).body as ProcedureVersionDetail;
  });
  afterAll(() => t.close());

  it('records "read and understood" once: acknowledging again answers the first time', async () => {
    expect(v2).toMatchObject({ version: 2, status: 'published', reviewDueAt: '2026-09-02T09:00:00.000Z', drift: null });
    const first = await call('post', `/procedures/${v2.id}/acknowledge`, AGENT);
    expect([first.status, first.body]).toEqual([
      200,
      { procedureVersionId: v2.id, version: 2, required: true, acknowledgedAt: PUBLISHED.toISOString() },
    ]);
    at(3_600_000);
    const again = await call('post', `/procedures/${v2.id}/acknowledge`, AGENT);
    expect([again.status, again.body.acknowledgedAt]).toEqual([200, PUBLISHED.toISOString()]);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM procedure_acknowledgement WHERE procedure_version_id = $1`,
      [v2.id],
    );
    expect(count).toBe(1);
  });

  it('refuses to acknowledge a version that is not published, and a missing one', async () => {
    const retired = await call('post', `/procedures/${v1Id}/acknowledge`, L2);
    expect([retired.status, retired.body.code]).toEqual([409, 'illegal_transition']);
    const missing = await call('post', `/procedures/0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09/acknowledge`, L2);
    expect([missing.status, missing.body.code]).toEqual([404, 'not_found']);
  });

  it('lists the pending acknowledgement for agents and managers who have not acknowledged, and nobody else', async () => {
    const pending = await call('get', '/me/pending-acknowledgements', L2);
    expect(pending.body).toEqual([
      { procedureVersionId: v2.id, version: 2, name: 'Quicker L1', publishedAt: PUBLISHED.toISOString() },
    ]);
    expect((await call('get', '/me/pending-acknowledgements', MANAGER)).body).toHaveLength(1);
    expect((await call('get', '/me/pending-acknowledgements', AGENT)).body).toEqual([]);
    expect((await call('get', '/me/pending-acknowledgements', OWNER)).body).toEqual([]);
    expect((await call('get', `/procedures/${v2.id}/acknowledgement`, OWNER)).body).toEqual({
      procedureVersionId: v2.id,
      version: 2,
      required: false,
      acknowledgedAt: null,
    });
  });

  it('reports per team who must acknowledge, how many have, and who has not', async () => {
    const report = (await call('get', `/procedures/${v2.id}/acknowledgements`, MANAGER))
      .body as ProcedureAcknowledgementReport;
    const agent = (name: string) => ({ userId: expect.any(String), name, role: 'agent' });
    expect(report).toEqual({
      procedureVersionId: v2.id,
      version: 2,
      name: 'Quicker L1',
      publishedAt: PUBLISHED.toISOString(),
      members: 7,
      acknowledged: 1,
      share: 1 / 7,
      teams: [
        {
          teamId: expect.any(String),
          teamName: 'Service Desk',
          members: 2,
          acknowledged: 1,
          share: 0.5,
          notAcknowledged: [agent('Chris Doe')],
        },
        {
          teamId: expect.any(String),
          teamName: 'Team Leads',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [agent('Sam Okafor')],
        },
        {
          teamId: expect.any(String),
          teamName: 'Applications',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [agent('Jonas Berg')],
        },
        {
          teamId: expect.any(String),
          teamName: 'Network',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [agent('Priya Nair')],
        },
        {
          teamId: expect.any(String),
          teamName: 'IT Management',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [agent('Maria Costa')],
        },
        {
          teamId: null,
          teamName: 'No team',
          members: 1,
          acknowledged: 0,
          share: 0,
          notAcknowledged: [{ userId: expect.any(String), name: 'Dana Whitfield', role: 'manager' }],
        },
      ],
    });
  });

  it('reminds those who have not acknowledged 3 days after publishing, once, then a week later', async () => {
    at(3 * DAY - 1);
    expect((await round()).acknowledgementReminders).toBe(0);
    at(3 * DAY);
    expect((await round()).acknowledgementReminders).toBe(6);
    expect((await round()).acknowledgementReminders).toBe(0);
    expect(await inbox(MANAGER)).toEqual([
      {
        subject: 'Please acknowledge procedure v2',
        body_text:
          'Procedure v2 "Quicker L1" was published on 2 March 2026. Read it and confirm with "Read and understood".',
        link: `/procedure/${v2.id}`,
      },
    ]);
    expect(await inbox(AGENT)).toEqual([]);

    at(4 * DAY);
    await call('post', `/procedures/${v2.id}/acknowledge`, L3);
    at(10 * DAY - 1);
    expect((await round()).acknowledgementReminders).toBe(0);
    at(10 * DAY);
    expect((await round()).acknowledgementReminders).toBe(5);
    expect(await inbox(L3)).toHaveLength(1);
  });

  it('"Remind now" reminds everyone pending at once, at most once a day', async () => {
    const reminded = await call('post', `/procedures/${v2.id}/acknowledgements/remind`, MANAGER);
    expect([reminded.status, reminded.body]).toEqual([200, { reminded: 5 }]);
    expect((await call('post', `/procedures/${v2.id}/acknowledgements/remind`, OWNER)).body).toEqual({ reminded: 0 });
    expect(await inbox(MANAGER)).toHaveLength(3);
    const retired = await call('post', `/procedures/${v1Id}/acknowledgements/remind`, MANAGER);
    expect([retired.status, retired.body.code]).toEqual([409, 'illegal_transition']);
  });

  it('reminds the process owners (the author among them) of the review 14 and 3 days before and when due, once each', async () => {
    const reviews = async (iso: string) => {
      clock.set(new Date(iso));
      return (await round()).reviewReminders;
    };
    expect(await reviews('2026-08-19T08:59:59.999Z')).toBe(0);
    expect(await reviews('2026-08-19T09:00:00.000Z')).toBe(2);
    expect(await reviews('2026-08-30T08:59:59.999Z')).toBe(0);
    expect(await reviews('2026-08-30T09:00:00.000Z')).toBe(2);
    expect(await reviews('2026-09-02T09:00:00.000Z')).toBe(2);
    expect(await reviews('2026-09-20T00:00:00.000Z')).toBe(0);
    expect((await inbox(SECOND_OWNER)).map((n) => n.subject)).toEqual([
      'Review of procedure v2 is due in 14 days',
      'Review of procedure v2 is due in 3 days',
      'Review of procedure v2 is due',
    ]);
    expect((await inbox(OWNER))[0]?.body_text).toBe('Procedure v2 "Quicker L1" is due for review on 2 September 2026.');
  });
});
