import { FrozenClock } from '@ladder/api/common';
import type { Feedback, FeedbackList, SurveyTemplate, SurveyTemplateList } from '@ladder/contracts';
import { SurveyDriver } from '../testing/survey-driver';

const NOW = new Date('2026-11-02T09:00:00Z');
const SEEDED_SETTINGS = {
  delayMinutes: 60,
  expiryDays: 14,
  reminderAfterDays: 3,
  sampleBySeverity: { S1: 1, S2: 1, S3: 1, S4: 1 },
  sampleByCategory: {},
  anonymous: false,
  lowScoreThreshold: 2,
  version: 1,
};

describe('survey templates, settings and process feedback', () => {
  const clock = new FrozenClock(NOW);
  let d: SurveyDriver;
  const as = async (email: string) => `Bearer ${await d.t.signIn(email)}`;
  let agent: string;
  let manager: string;
  let owner: string;

  beforeAll(async () => {
    d = await SurveyDriver.start(clock);
    agent = await as('l1.agent@ladder.demo');
    manager = await as('manager@ladder.demo');
    owner = await as('owner@ladder.demo');
  });
  afterAll(() => d.stop());

  describe('templates', () => {
    let seeded: SurveyTemplate;

    it('shows the current version to anyone signed in, and the list to reviewers only', async () => {
      const current = await d.t.http.get('/api/surveys/templates/current').set('Authorization', agent);
      expect(current.status).toBe(200);
      seeded = current.body as SurveyTemplate;
      expect(seeded).toMatchObject({ version: 1, createdBy: null, responses: 0 });
      expect(seeded.definition.questions.map((q) => [q.kind, q.key, q.required])).toEqual([
        ['rating', 'overall', true],
        ['rating', 'informed', true],
        ['choice', 'right_level', false],
        ['text', 'comment', false],
      ]);
      expect((await d.t.http.get('/api/surveys/templates').set('Authorization', agent)).status).toBe(403);
      expect((await d.t.http.get('/api/surveys/templates').set('Authorization', manager)).body).toEqual({
        items: [seeded],
      });
    });

    it('saves an edit as the next version, for process owners only', async () => {
      const definition = { ...seeded.definition, questions: seeded.definition.questions.slice(0, 2) };
      const refused = await d.t.http
        .post('/api/surveys/templates')
        .set('Authorization', manager)
        .send({ basedOnVersion: 1, definition });
      expect(refused.status).toBe(403);
      const saved = await d.t.http
        .post('/api/surveys/templates')
        .set('Authorization', owner)
        .send({ basedOnVersion: 1, definition });
      expect(saved.status).toBe(201);
      expect(saved.body).toMatchObject({ version: 2, definition, createdBy: 'Lee Tanaka', responses: 0 });
      const list = (await d.t.http.get('/api/surveys/templates').set('Authorization', owner))
        .body as SurveyTemplateList;
      expect(list.items.map((t) => t.version)).toEqual([2, 1]);
    });

    it('refuses an edit based on an older version with 409, writing nothing', async () => {
      const stale = await d.t.http
        .post('/api/surveys/templates')
        .set('Authorization', owner)
        .send({ basedOnVersion: 1, definition: seeded.definition });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', details: { currentVersion: 2 } });
      expect(await d.t.dataSource.query(`SELECT count(*)::int AS n FROM survey_template`)).toEqual([{ n: 2 }]);
    });

    it('refuses a definition whose satisfaction question is not a rating with 400', async () => {
      const response = await d.t.http
        .post('/api/surveys/templates')
        .set('Authorization', owner)
        .send({ basedOnVersion: 2, definition: { ...seeded.definition, csatQuestion: 'comment' } });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'validation_failed',
        details: { fields: { 'definition.csatQuestion': ['must name one of the rating questions'] } },
      });
    });
  });

  describe('settings', () => {
    it('are read by managers and changed by process owners with a version check', async () => {
      expect((await d.t.http.get('/api/surveys/settings').set('Authorization', agent)).status).toBe(403);
      expect((await d.t.http.get('/api/surveys/settings').set('Authorization', manager)).body).toEqual(SEEDED_SETTINGS);
      const change = { ...SEEDED_SETTINGS, delayMinutes: 120, sampleByCategory: { network: 0.5 } };
      expect((await d.t.http.put('/api/surveys/settings').set('Authorization', manager).send(change)).status).toBe(403);
      const saved = await d.t.http.put('/api/surveys/settings').set('Authorization', owner).send(change);
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({ ...change, version: 2 });
    });

    it('refuses a stale version with 409 and an impossible reminder with 400, changing nothing', async () => {
      const stale = await d.t.http
        .put('/api/surveys/settings')
        .set('Authorization', owner)
        .send({ ...SEEDED_SETTINGS, anonymous: true });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', details: { currentVersion: 2 } });
      const late = await d.t.http
        .put('/api/surveys/settings')
        .set('Authorization', owner)
        .send({ ...SEEDED_SETTINGS, reminderAfterDays: 14, version: 2 });
      expect(late.status).toBe(400);
      expect(late.body).toMatchObject({
        code: 'validation_failed',
        details: { fields: { reminderAfterDays: expect.any(Array) } },
      });
      expect((await d.t.http.get('/api/surveys/settings').set('Authorization', owner)).body).toMatchObject({
        delayMinutes: 120,
        anonymous: false,
        reminderAfterDays: 3,
        version: 2,
      });
    });
  });

  describe('process feedback', () => {
    let staff: Feedback;
    let stakeholder: Feedback;
    let number: number;

    beforeAll(async () => {
      // The settings tests above sampled the network category at 0.5; survey every resolution here.
      await d.t.dataSource.query(`UPDATE survey_settings SET delay_minutes = 0, sample_by_category = '{}'`);
      const e = await d.resolved();
      number = e.number;
      await d.process(e.id);
      await d.dispatch();
      await d.deliver();
    });

    it('is sent by any signed-in colleague', async () => {
      const response = await d.t.http
        .post('/api/feedback')
        .set('Authorization', agent)
        .send({ topic: 'tooling', body: 'The queue needs a team filter' });
      expect(response.status).toBe(201);
      staff = response.body as Feedback;
      expect(staff).toMatchObject({
        topic: 'tooling',
        body: 'The queue needs a team filter',
        source: 'staff',
        authorName: 'Alex Rivera',
        escalationNumber: null,
        status: 'new',
        reviewNote: null,
        reviewedBy: null,
        createdAt: NOW.toISOString(),
        version: 1,
      });
      const tooShort = await d.t.http
        .post('/api/feedback')
        .set('Authorization', agent)
        .send({ topic: 'other', body: 'x' });
      expect(tooShort.status).toBe(400);
    });

    it('is sent by a stakeholder through their survey link, whatever its state', async () => {
      clock.set(new Date('2026-11-02T10:00:00Z'));
      const token = d.tokenIn(d.surveyMails('pat@client.test')[0]);
      const response = await d.t.http
        .post(`/api/surveys/public/${token}/feedback`)
        .send({ topic: 'communication', body: 'Tell us sooner when it moves up' });
      expect(response.status).toBe(201);
      stakeholder = response.body as Feedback;
      expect(stakeholder).toMatchObject({ source: 'stakeholder', authorName: 'Pat Client', escalationNumber: number });
      expect(
        await d.t.dataSource.query(`SELECT author_email FROM process_feedback WHERE id = $1`, [stakeholder.id]),
      ).toEqual([{ author_email: 'pat@client.test' }]);
    });

    it('is listed newest first for reviewers, filtered by topic and status, without names when anonymous', async () => {
      const list = (path: string) => d.t.http.get(`/api/feedback${path}`).set('Authorization', manager);
      expect((await d.t.http.get('/api/feedback').set('Authorization', agent)).status).toBe(403);
      expect((await list('')).body).toEqual({ items: [stakeholder, staff], total: 2 });
      expect((await list('?topic=tooling')).body).toEqual({ items: [staff], total: 1 });
      expect((await list('?status=done')).body).toEqual({ items: [], total: 0 });
      expect((await list('?topic=weather')).status).toBe(400);
      await d.t.dataSource.query(`UPDATE survey_settings SET anonymous = true`);
      expect(((await list('')).body as FeedbackList).items.map((f) => f.authorName)).toEqual([null, 'Alex Rivera']);
      await d.t.dataSource.query(`UPDATE survey_settings SET anonymous = false`);
    });

    it('is reviewed by process owners with a version check', async () => {
      const review = { status: 'planned', reviewNote: 'Next quarter', version: 1 };
      const patch = (id: string, auth: string, body: object) =>
        d.t.http.patch(`/api/feedback/${id}`).set('Authorization', auth).send(body);
      expect((await patch(staff.id, manager, review)).status).toBe(403);
      const reviewed = await patch(staff.id, owner, review);
      expect(reviewed.status).toBe(200);
      expect(reviewed.body).toEqual({
        ...staff,
        status: 'planned',
        reviewNote: 'Next quarter',
        reviewedBy: 'Lee Tanaka',
        reviewedAt: '2026-11-02T10:00:00.000Z',
        version: 2,
      });
      const stale = await patch(staff.id, owner, { ...review, status: 'declined' });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', details: { currentVersion: 2 } });
      const unknown = await patch('0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09', owner, review);
      expect(unknown.status).toBe(404);
      expect((await patch('not-an-id', owner, review)).status).toBe(400);
      expect(
        ((await d.t.http.get('/api/feedback?status=planned').set('Authorization', owner)).body as FeedbackList).items,
      ).toEqual([reviewed.body]);
    });
  });
});
