import { FrozenClock } from '@ladder/api/common';
import { createTestApp, type TestApp } from '@ladder/api/testing';
import type { ErrorBody, ImportRecordInput, ImportRun } from '@ladder/contracts';
import { ImportClient } from '../testing/import-client';
import { ImportsModule } from './imports.module';

const clock = new FrozenClock(new Date('2026-11-26T12:00:00Z'));

const good: ImportRecordInput = {
  sourceId: 'T-1',
  title: 'Printer queue stuck',
  category: 'hardware',
  affectedService: 'Email',
  impact: 'low',
  urgency: 'low',
  createdAt: '2026-11-02T09:00:00Z',
  events: [{ type: 'acknowledge', at: '2026-11-02T10:00:00Z', actor: 'l1.agent@ladder.demo' }],
};
const line = (changes: Partial<ImportRecordInput>) => JSON.stringify({ ...good, ...changes });

/** One good record, then one mistake a line; line 9 is blank. */
const BAD_JSON_LINES = [
  line({}),
  '{"sourceId": "T-2", title: "unquoted"}',
  line({ sourceId: 'T-3', team: 'Mainframe' }),
  line({
    sourceId: 'T-4',
    events: [
      { type: 'acknowledge', at: '2026-11-02T10:00:00Z' },
      { type: 'comment', at: '2026-11-02T09:30:00Z', body: 'earlier than the acknowledgement' },
    ],
  }),
  line({ sourceId: 'T-5', events: [{ type: 'close', at: '2026-11-02T10:00:00Z' }] }),
  line({ sourceId: 'T-6', level: 7 }),
  line({ sourceId: 'T-7', severity: 'P1' as 'S1' }),
  line({}),
  '',
  line({ sourceId: 'T-10', events: [{ type: 'escalate', at: '2026-11-02T10:00:00Z', team: 'Network', body: 'go' }] }),
  line({ sourceId: 'T-11', events: [{ type: 'acknowledge', at: '2026-11-02T10:00:00Z', actor: 'ghost@example.com' }] }),
  line({ sourceId: 'T-12', createdAt: '2026-12-01T09:00:00Z', events: [] }),
].join('\n');

const BAD_CSV = [
  'ticket_id,event,timestamp,actor,title,category,service,impact,urgency',
  'C-1,created,2026-11-02T09:00:00Z,,Printer queue stuck,hardware,Email,low,low',
  'C-1,acknowledge,2026-11-02T08:00:00Z,l1.agent@ladder.demo,,,,,',
  'C-2,acknowledge,2026-11-02T10:00:00Z,,,,,,',
  'C-3,created,2026-11-02T09:00:00Z,,"Disk full, again",hardware,Email,huge,low',
  'C-3,frobnicate,2026-11-02T10:00:00Z,,,,,,',
  ',created,2026-11-02T09:00:00Z,,Nameless,hardware,Email,low,low',
].join('\r\n');

describe('history imports: validation and access', () => {
  let t: TestApp;
  let manager: ImportClient;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ImportsModule], clock });
    manager = new ImportClient(t, 'manager@ladder.demo');
  });
  afterAll(() => t.close());

  const nothingWritten = async () =>
    expect(
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM escalation) AS escalations, (SELECT count(*)::int FROM escalation_event) AS events,
                (SELECT count(*)::int FROM level_stint) AS stints, (SELECT count(*)::int FROM job) AS jobs`,
      ),
    ).toEqual([{ escalations: 0, events: 0, stints: 0, jobs: 0 }]);

  it('reports every bad JSON line with its number and reason, and writes nothing', async () => {
    const response = await manager.upload(BAD_JSON_LINES, 'jsonl', 'Helpdesk');
    expect(response.status).toBe(400);
    const body = response.body as ErrorBody & { details: ImportRun };
    expect(body.code).toBe('validation_failed');
    expect(body.message).toBe('10 problems in the file: nothing was imported');
    expect(body.details).toMatchObject({ status: 'rejected', total: 10, written: 0, errorCount: 10 });
    expect(body.details.errors).toEqual([
      { line: 2, sourceId: null, reason: expect.stringMatching(/^not valid JSON: /) },
      { line: 3, sourceId: 'T-3', reason: 'team: unknown team "Mainframe"' },
      {
        line: 4,
        sourceId: 'T-4',
        reason: 'events[1].at: 2026-11-02T09:30:00Z is before the event it follows (2026-11-02T10:00:00.000Z)',
      },
      { line: 5, sourceId: 'T-5', reason: 'events[0].type: cannot close an escalation that is open' },
      { line: 6, sourceId: 'T-6', reason: 'level: the procedure has no level 7' },
      { line: 7, sourceId: 'T-7', reason: 'severity: Invalid option: expected one of "S1"|"S2"|"S3"|"S4"' },
      { line: 8, sourceId: 'T-1', reason: 'T-1 appears again (first on line 1)' },
      { line: 10, sourceId: 'T-10', reason: 'events[0].team: team Network does not work level 2' },
      { line: 11, sourceId: 'T-11', reason: 'events[0].actor: no user has the email ghost@example.com' },
      { line: 12, sourceId: 'T-12', reason: 'createdAt: 2026-12-01T09:00:00Z is in the future' },
    ]);
    await nothingWritten();
  });

  it('reports bad CSV rows on their own lines, a quoted comma being no problem', async () => {
    const response = await manager.upload(BAD_CSV, 'csv', 'Helpdesk');
    expect(response.status).toBe(400);
    expect((response.body as { details: ImportRun }).details.errors).toEqual([
      {
        line: 3,
        sourceId: 'C-1',
        reason: 'column "timestamp": 2026-11-02T08:00:00Z is before the event it follows (2026-11-02T09:00:00.000Z)',
      },
      { line: 4, sourceId: 'C-2', reason: 'ticket C-2 needs its created row before its events' },
      { line: 5, sourceId: 'C-3', reason: 'column "impact": Invalid option: expected one of "high"|"medium"|"low"' },
      {
        line: 6,
        sourceId: 'C-3',
        reason: expect.stringMatching(/^column "event": Invalid option: expected one of "assign"\|/),
      },
      { line: 7, sourceId: null, reason: 'column "ticket_id" is empty' },
    ]);
    await nothingWritten();
  });

  it('keeps the rejected runs with their reports', async () => {
    const list = (await manager.get('/api/imports')).body as { items: ImportRun[] };
    expect(list.items.map((r) => [r.format, r.status, r.errorCount, r.written])).toEqual([
      ['csv', 'rejected', 5, 0],
      ['jsonl', 'rejected', 10, 0],
    ]);
    const run = (await manager.get(`/api/imports/${list.items[0]?.id}`)).body as ImportRun;
    expect(run.errors).toHaveLength(5);
  });

  it('takes only JSON lines or CSV, and needs the source system', async () => {
    const json = await t.http
      .post('/api/imports?system=Helpdesk')
      .set({ Authorization: `Bearer ${await t.signIn('manager@ladder.demo')}` })
      .send([good]);
    expect(json.status).toBe(400);
    expect((json.body as ErrorBody).message).toBe(
      'send the file as the body with Content-Type application/x-ndjson (JSON lines) or text/csv',
    );
    const noSystem = await t.http
      .post('/api/imports')
      .set({ Authorization: `Bearer ${await t.signIn('manager@ladder.demo')}`, 'Content-Type': 'text/csv' })
      .send(BAD_CSV);
    expect(noSystem.status).toBe(400);
    expect((noSystem.body as ErrorBody).details).toEqual({ fields: { system: [expect.any(String)] } });
  });

  it('is for managers and admins: an agent gets a 403 and writes nothing', async () => {
    const agent = new ImportClient(t, 'l1.agent@ladder.demo');
    const upload = await agent.upload(line({}), 'jsonl', 'Helpdesk');
    expect([upload.status, (upload.body as ErrorBody).code]).toEqual([403, 'forbidden']);
    expect((await agent.get('/api/imports')).status).toBe(403);
    await nothingWritten();
    const admin = new ImportClient(t, 'admin@ladder.demo');
    expect((await admin.imported(line({}), 'jsonl', 'Helpdesk')).written).toBe(1);
  });

  it('answers 404 for a run that does not exist', async () => {
    const missing = await manager.get('/api/imports/0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09');
    expect([missing.status, (missing.body as ErrorBody).code]).toEqual([404, 'not_found']);
  });
});
