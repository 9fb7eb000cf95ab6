import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { SlaModule, SlaScheduler } from '@ladder/api/sla';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import { ImportRecordSchema, type Escalation, type ImportRecordInput, type ImportRun } from '@ladder/contracts';
import { ImportClient, sampleFile } from '../testing/import-client';
import { replayLive } from '../testing/live-replay';
import { ImportsModule } from './imports.module';

const NOW = new Date('2026-11-26T12:00:00Z');
const at = (iso: string) => new Date(iso);

// Four escalations, their rows and every read model; a live replay of the same histories to compare with.
jest.setTimeout(120_000);

describe('history imports', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  let manager: ImportClient;
  let teams: Record<string, string>;
  let firstRun: ImportRun;

  beforeAll(async () => {
    t = await createTestApp({ imports: [ImportsModule, EscalationsModule, SlaModule], clock });
    // The sample histories happened under a procedure without scenario guidelines: replayed live under the seeded
    // ones, the database escalation would open at L3 and could not follow its recorded path.
    await t.dataSource.query(`UPDATE procedure_version SET definition = jsonb_set(definition, '{scenarios}', '[]')`);
    manager = new ImportClient(t, 'manager@ladder.demo');
    teams = await teamIds(t);
    firstRun = await manager.imported(sampleFile('jsonl'), 'jsonl', 'Zendesk');
  });
  afterAll(() => t.close());

  const idOf = async (system: string, sourceId: string) => {
    const [row] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM escalation WHERE source_system = $1 AND source_id = $2`,
      [system, sourceId],
    );
    if (!row) throw new Error(`${sourceId} from ${system} was not imported`);
    return row.id;
  };
  /** Everything written for one escalation, without the ids that differ between two writes of the same history. */
  const written = async (id: string) => ({
    escalation: await t.dataSource.query(
      `SELECT title, severity, status, level, team_id, assignee_id, created_by, created_at, updated_at,
              acknowledged_at, resolved_at, closed_at, resolution_summary, version, stakeholders, source
         FROM escalation WHERE id = $1`,
      [id],
    ),
    events: await t.dataSource.query(
      `SELECT type, at, actor_id, from_status, to_status, from_level, to_level, team_id, assignee_id, body, visibility,
              channel FROM escalation_event WHERE escalation_id = $1 ORDER BY at, id`,
      [id],
    ),
    stints: await t.dataSource.query(
      `SELECT level, team_id, assignee_id, entered_at, first_response_at, paused_since, paused_seconds, left_at, exit
         FROM level_stint WHERE escalation_id = $1 ORDER BY entered_at, id`,
      [id],
    ),
  });
  const counts = () =>
    t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM escalation) AS escalations, (SELECT count(*)::int FROM escalation_event) AS events,
              (SELECT count(*)::int FROM level_stint) AS stints, (SELECT count(*)::int FROM job) AS jobs`,
    );
  const records = sampleFile('jsonl')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ImportRecordInput);

  it('writes the four escalations of the sample and reports them written', async () => {
    expect(firstRun).toMatchObject({
      status: 'done',
      format: 'jsonl',
      system: 'Zendesk',
      total: 4,
      written: 4,
      skipped: 0,
      errorCount: 0,
      errors: [],
      createdByName: 'Dana Whitfield',
    });
    // Past events queue nothing; the one still open (ZD-1003) gets a first look from the SLA scheduler.
    const jobs = await t.dataSource.query(
      `SELECT j.kind, e.source_id FROM job j JOIN escalation e ON e.id = j.escalation_id ORDER BY e.source_id`,
    );
    expect(jobs).toEqual([{ kind: 'deadline', source_id: 'ZD-1003' }]);
  });

  it('writes ZD-1001 as worked by hand: three stints, closed at L3 with the vendor wait paused', async () => {
    const id = await idOf('Zendesk', 'ZD-1001');
    const rows = await written(id);
    const users = Object.fromEntries(
      (await t.dataSource.query<{ id: string; email: string }[]>(`SELECT id, email FROM app_user`)).map((u) => [
        u.email,
        u.id,
      ]),
    );
    // L1 09:00-10:00 (assigned 09:05, acknowledged 09:10); L2 10:00-11:00 (ack 10:20, nobody assigned after a
    // level change); L3 Network (route for "network") 11:00-13:00, ack 11:15, waiting 11:30-12:30 = 3600 s.
    expect(rows.stints).toEqual([
      {
        level: 1,
        team_id: teams['Service Desk'],
        assignee_id: users['l1.agent@ladder.demo'],
        entered_at: at('2026-11-02T09:00:00Z'),
        first_response_at: at('2026-11-02T09:10:00Z'),
        paused_since: null,
        paused_seconds: 0,
        left_at: at('2026-11-02T10:00:00Z'),
        exit: 'escalated',
      },
      {
        level: 2,
        team_id: teams['Team Leads'],
        assignee_id: null,
        entered_at: at('2026-11-02T10:00:00Z'),
        first_response_at: at('2026-11-02T10:20:00Z'),
        paused_since: null,
        paused_seconds: 0,
        left_at: at('2026-11-02T11:00:00Z'),
        exit: 'escalated',
      },
      {
        level: 3,
        team_id: teams['Network'],
        assignee_id: null,
        entered_at: at('2026-11-02T11:00:00Z'),
        first_response_at: at('2026-11-02T11:15:00Z'),
        paused_since: null,
        paused_seconds: 3600,
        left_at: at('2026-11-02T13:00:00Z'),
        exit: 'resolved',
      },
    ]);
    // created + 11 events = version 12; the close on Nov 3 is the last change.
    expect(rows.escalation).toEqual([
      expect.objectContaining({
        severity: 'S2',
        status: 'closed',
        level: 3,
        team_id: teams['Network'],
        assignee_id: null,
        acknowledged_at: at('2026-11-02T09:10:00Z'),
        resolved_at: at('2026-11-02T13:00:00Z'),
        closed_at: at('2026-11-03T09:00:00Z'),
        updated_at: at('2026-11-03T09:00:00Z'),
        resolution_summary: 'Rolled back the firewall rule; tunnels are stable.',
        version: 12,
      }),
    ]);
    // S2 runs 24x7: response due 30 min after 09:00; resolution 8 h after it plus the hour on hold = 18:00.
    const [sla] = await t.dataSource.query(
      `SELECT response_due_at, resolution_due_at, next_due_at, sla_state, number FROM escalation WHERE id = $1`,
      [id],
    );
    expect(sla).toMatchObject({
      response_due_at: at('2026-11-02T09:30:00Z'),
      resolution_due_at: at('2026-11-02T18:00:00Z'),
      next_due_at: null,
      sla_state: 'done',
    });
  });

  it('writes the same events, stints and escalation rows as working the histories live through the API', async () => {
    for (const record of records) {
      const live = await replayLive(t, clock, record);
      const imported = await idOf('Zendesk', ImportRecordSchema.parse(record).sourceId);
      expect(await written(imported)).toEqual(await written(live));
    }
    clock.set(NOW);
  });

  it('reads the CSV export of the same histories into the same rows', async () => {
    const run = await manager.imported(sampleFile('csv'), 'csv', 'Zendesk CSV');
    expect(run).toMatchObject({ status: 'done', format: 'csv', total: 4, written: 4, skipped: 0 });
    for (const sourceId of ['ZD-1001', 'ZD-1002', 'ZD-1003', 'ZD-1004']) {
      expect(await written(await idOf('Zendesk CSV', sourceId))).toEqual(
        await written(await idOf('Zendesk', sourceId)),
      );
    }
  });

  it('changes nothing when the same file is imported again, and says the escalations were skipped', async () => {
    const before = await counts();
    const again = await manager.imported(sampleFile('jsonl'), 'jsonl', 'Zendesk');
    expect(again).toMatchObject({ status: 'done', total: 4, written: 0, skipped: 4 });
    expect(await counts()).toEqual(before);
  });

  it('marks imported escalations with their source, in reads and in answers to actions', async () => {
    const id = await idOf('Zendesk', 'ZD-1003');
    const read = await manager.get(`/api/escalations/${id}`);
    expect((read.body as Escalation).importedFrom).toEqual({ system: 'Zendesk', sourceId: 'ZD-1003' });
    const answer = await t.http
      .post(`/api/escalations/${id}/comment`)
      .set({ Authorization: `Bearer ${await t.signIn('l3.network@ladder.demo')}` })
      .send({ body: 'Picked up after the import.' });
    expect(answer.status).toBe(200);
    expect((answer.body as Escalation).importedFrom).toEqual({ system: 'Zendesk', sourceId: 'ZD-1003' });
  });

  it('lists the runs, newest first', async () => {
    const list = await manager.get('/api/imports');
    expect((list.body as { items: ImportRun[] }).items.map((r) => [r.system, r.written, r.skipped])).toEqual([
      ['Zendesk', 0, 4],
      ['Zendesk CSV', 4, 0],
      ['Zendesk', 4, 0],
    ]);
  });

  it('leaves the open one to the SLA scheduler, which treats it as a live escalation', async () => {
    const id = await idOf('Zendesk', 'ZD-1003');
    await t.app.get(SlaScheduler).drain();
    // At L3 since Nov 5 09:30 with an S2 budget of 4 h: breached long ago, so the timer moves it to L4.
    const [after] = await t.dataSource.query<{ level: number; sla_state: string }[]>(
      `SELECT level, sla_state FROM escalation WHERE id = $1`,
      [id],
    );
    expect(after?.level).toBe(4);
    const timerEvents = await t.dataSource.query<{ type: string }[]>(
      `SELECT DISTINCT type FROM escalation_event WHERE escalation_id = $1 AND reason = 'timer' ORDER BY type`,
      [id],
    );
    expect(timerEvents.map((e) => e.type)).toEqual(expect.arrayContaining(['escalate', 'sla-breach']));
  });
});
