import { FrozenClock } from '@ladder/api/common';
import { EscalationsModule } from '@ladder/api/escalations';
import { createTestApp, EscalationClient, type TestApp } from '@ladder/api/testing';
import type { Escalation, ProcedureDefinition, ProcedureVersionDetail } from '@ladder/contracts';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const OWNER = 'owner@ladder.demo';
const SECOND_OWNER = 'owner2@ladder.demo';
const MANAGER = 'manager@ladder.demo';
const AGENT = 'l1.agent@ladder.demo';
const UNKNOWN_TEAM = '00000000-0000-4000-8000-000000000000';

describe('procedure versions: drafts, review, publication', () => {
  const clock = new FrozenClock(NOW);
  let t: TestApp;
  let seeded: ProcedureVersionDetail;

  const send = async (method: 'get' | 'post' | 'put', path: string, email: string, body: object = {}) => {
    const req = t.http[method](`/api/procedures${path}`).set('Authorization', `Bearer ${await t.signIn(email)}`);
    return method === 'get' ? req : req.send(body);
  };
  const withL1S2Budget = (definition: ProcedureDefinition, minutes: number): ProcedureDefinition => ({
    ...definition,
    levels: definition.levels.map((l) =>
      l.level === 1 ? { ...l, budgetMinutes: { ...l.budgetMinutes, S2: minutes } } : l,
    ),
  });
  const edit = (draft: ProcedureVersionDetail, minutes: number, rowVersion = draft.rowVersion) =>
    send('put', `/${draft.id}`, OWNER, {
      name: draft.name,
      changeNote: `L1 S2 budget ${minutes} min`,
      definition: withL1S2Budget(draft.definition, minutes),
      reviewEveryMonths: 6,
      rowVersion,
    });
  const row = async (id: string) =>
    (
      (await t.dataSource.query(`SELECT status, row_version, definition FROM procedure_version WHERE id = $1`, [
        id,
      ])) as { status: string; row_version: number; definition: ProcedureDefinition }[]
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ clock, imports: [EscalationsModule] });
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, role) VALUES ($1, 'Kim Osei', 'x', 'process_owner')`,
      [SECOND_OWNER],
    );
    const current = await send('get', '/current', AGENT);
    seeded = (await send('get', `/${(current.body as { id: string }).id}`, AGENT)).body as ProcedureVersionDetail;
  });
  afterAll(() => t.close());

  let v2: ProcedureVersionDetail;

  it('takes a draft through edits, review and requested changes to publication by another process owner', async () => {
    const created = await send('post', '/drafts', OWNER, { name: 'Slower L1 for S2' });
    expect(created.status).toBe(201);
    const draft = created.body as ProcedureVersionDetail;
    expect(draft).toMatchObject({
      version: 2,
      status: 'draft',
      authorName: 'Lee Tanaka',
      basedOnId: seeded.id,
      basedOnVersion: 1,
      publishedAt: null,
      rowVersion: 1,
      reviewEveryMonths: 6,
      comments: [],
    });
    expect(draft.definition).toEqual(seeded.definition);

    const edited = await edit(draft, 45);
    expect([edited.status, edited.body.rowVersion, edited.body.changeNote]).toEqual([200, 2, 'L1 S2 budget 45 min']);

    const stale = await edit(draft, 50, 1);
    expect([stale.status, stale.body.code]).toEqual([409, 'stale_version']);
    expect(await row(draft.id)).toMatchObject({ status: 'draft', row_version: 2 });
    expect((await row(draft.id))?.definition.levels[0]?.budgetMinutes.S2).toBe(45);

    const badTeam = await send('put', `/${draft.id}`, OWNER, {
      name: draft.name,
      changeNote: '',
      definition: { ...draft.definition, routes: [{ level: 3, category: 'x', teamId: UNKNOWN_TEAM }] },
      reviewEveryMonths: 6,
      rowVersion: 2,
    });
    expect([badTeam.status, badTeam.body.code]).toEqual([400, 'validation_failed']);
    expect(await row(draft.id)).toMatchObject({ row_version: 2 });

    const submitted = await send('post', `/${draft.id}/submit`, OWNER);
    expect([submitted.status, submitted.body.status, submitted.body.submittedAt]).toEqual([
      200,
      'in-review',
      NOW.toISOString(),
    ]);
    const inReviewEdit = await edit(draft, 50, 3);
    expect([inReviewEdit.status, inReviewEdit.body.code]).toEqual([409, 'illegal_transition']);

    const sentBack = await send('post', `/${draft.id}/request-changes`, MANAGER, { body: 'Why slower? Add a note.' });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({ status: 'draft', submittedAt: null, rowVersion: 4 });
    expect((sentBack.body as ProcedureVersionDetail).comments).toEqual([
      expect.objectContaining({ authorName: 'Dana Whitfield', body: 'Why slower? Add a note.' }),
    ]);

    expect((await edit(draft, 60, 4)).status).toBe(200);
    expect((await send('post', `/${draft.id}/submit`, OWNER)).status).toBe(200);

    const byAuthor = await send('post', `/${draft.id}/approve`, OWNER);
    expect([byAuthor.status, byAuthor.body.code]).toEqual([403, 'forbidden']);
    const byAgent = await send('post', `/${draft.id}/approve`, AGENT);
    expect([byAgent.status, byAgent.body.code]).toEqual([403, 'forbidden']);
    expect(await row(draft.id)).toMatchObject({ status: 'in-review', row_version: 6 });

    const approved = await send('post', `/${draft.id}/approve`, SECOND_OWNER);
    expect(approved.status).toBe(200);
    v2 = approved.body as ProcedureVersionDetail;
    expect(v2).toMatchObject({
      status: 'published',
      publishedAt: NOW.toISOString(),
      approvedAt: NOW.toISOString(),
      approvedByName: 'Kim Osei',
      reviewDueAt: '2026-09-02T09:00:00.000Z',
    });

    expect((await send('get', '/current', AGENT)).body).toMatchObject({ id: draft.id, version: 2 });
    const old = (await send('get', `/${seeded.id}`, AGENT)).body as ProcedureVersionDetail;
    expect([old.status, old.retiredAt, old.definition]).toEqual(['retired', NOW.toISOString(), seeded.definition]);
  });

  it('keeps a published version immutable', async () => {
    const refused = await edit(v2, 10);
    expect([refused.status, refused.body.code]).toEqual([409, 'illegal_transition']);
    const resubmit = await send('post', `/${v2.id}/submit`, OWNER);
    expect([resubmit.status, resubmit.body.code]).toEqual([409, 'illegal_transition']);
    expect(await row(v2.id)).toMatchObject({ status: 'published', row_version: v2.rowVersion });
  });

  it('diffs two versions: from the edited version back to the seeded one is one budget change', async () => {
    const diff = await send('get', `/${seeded.id}/diff/${v2.id}`, AGENT);
    expect(diff.status).toBe(200);
    expect(diff.body).toEqual({
      fromId: v2.id,
      toId: seeded.id,
      changes: [
        {
          section: 'levels',
          path: ['levels', 1, 'budgetMinutes', 'S2'],
          kind: 'changed',
          label: 'L1 Service Desk: S2 time budget 60 min → 30 min',
          before: 60,
          after: 30,
        },
      ],
    });
  });

  it('lets a manager approve; new escalations follow the new version while a running one keeps its own', async () => {
    const agent = await EscalationClient.as(t, AGENT);
    const running = await agent.create();
    expect(running.procedureVersion).toBe(2);

    const draft = (await send('post', '/drafts', OWNER, { name: 'Third' })).body as ProcedureVersionDetail;
    expect(draft).toMatchObject({ version: 3, basedOnVersion: 2 });
    await send('post', `/${draft.id}/submit`, OWNER);
    const approved = await send('post', `/${draft.id}/approve`, MANAGER);
    expect([approved.status, approved.body.status, approved.body.approvedByName]).toEqual([
      200,
      'published',
      'Dana Whitfield',
    ]);
    expect((await send('get', `/${v2.id}`, AGENT)).body.status).toBe('retired');

    expect((await agent.create()).procedureVersion).toBe(3);
    const again = (await agent.get(`/api/escalations/${running.id}`)).body as Escalation;
    expect([again.procedureVersionId, again.procedureVersion]).toEqual([v2.id, 2]);
  });

  it('discards a draft, and refuses anything further on it', async () => {
    const draft = (await send('post', '/drafts', OWNER, { name: 'Never mind', basedOnId: seeded.id }))
      .body as ProcedureVersionDetail;
    expect(draft).toMatchObject({ basedOnId: seeded.id, basedOnVersion: 1 });
    const discarded = await send('post', `/${draft.id}/discard`, OWNER);
    expect([discarded.status, discarded.body.status]).toEqual([200, 'discarded']);
    for (const action of ['discard', 'submit', 'approve']) {
      const refused = await send('post', `/${draft.id}/${action}`, action === 'approve' ? MANAGER : OWNER);
      expect([action, refused.status, refused.body.code]).toEqual([action, 409, 'illegal_transition']);
    }
  });

  it('retires an older published version, but not the one new escalations follow', async () => {
    const current = (await send('get', '/current', AGENT)).body as { id: string };
    const refused = await send('post', `/${current.id}/retire`, OWNER);
    expect([refused.status, refused.body.code]).toEqual([409, 'illegal_transition']);
    const again = await send('post', `/${v2.id}/retire`, OWNER);
    expect([again.status, again.body.code]).toEqual([409, 'illegal_transition']);
    // Before the lifecycle, older versions stayed published; such a version is retired by hand.
    await t.dataSource.query(`UPDATE procedure_version SET status = 'published' WHERE id = $1`, [seeded.id]);
    clock.advance(60_000);
    const retired = await send('post', `/${seeded.id}/retire`, OWNER);
    expect([retired.status, retired.body.status, retired.body.retiredAt]).toEqual([
      200,
      'retired',
      new Date(NOW.getTime() + 60_000).toISOString(),
    ]);
    const agentTries = await send('post', `/${v2.id}/retire`, AGENT);
    expect(agentTries.status).toBe(403);
  });

  it('lists published and retired versions by default, and other statuses on request', async () => {
    const versions = async (query: string) =>
      ((await send('get', query, AGENT)).body as { version: number }[]).map((v) => v.version);
    expect(await versions('')).toEqual([3, 2, 1]);
    expect(await versions('?status=discarded')).toEqual([4]);
    expect(await versions('?status=draft,in-review')).toEqual([]);
    expect((await send('get', '?status=gone', AGENT)).status).toBe(400);
  });

  it('keeps review comments in order', async () => {
    const commented = await send('post', `/${v2.id}/comments`, MANAGER, { body: 'Worked well in March.' });
    expect(commented.status).toBe(201);
    expect((commented.body as ProcedureVersionDetail).comments.map((c) => c.body)).toEqual([
      'Why slower? Add a note.',
      'Worked well in March.',
    ]);
    expect((await send('post', `/${v2.id}/comments`, MANAGER, { body: ' ' })).status).toBe(400);
  });
});
