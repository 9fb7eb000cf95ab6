import { createHash } from 'node:crypto';
import { FrozenClock } from '@ladder/api/common';
import { teamIds } from '@ladder/api/testing';
import type { Escalation, PublicSurvey, SurveyTemplate } from '@ladder/contracts';
import { SurveyDriver } from '../testing/survey-driver';

const at = (iso: string) => new Date(`2026-11-${iso}Z`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const GOOD = { overall: 4, informed: 5, right_level: 'yes', comment: 'Quick and clear' };

describe('post-resolution surveys, from resolution to answer', () => {
  const clock = new FrozenClock(at('02T09:00:00'));
  let d: SurveyDriver;
  let seeded: SurveyTemplate;

  beforeAll(async () => {
    d = await SurveyDriver.start(clock);
    const owner = await d.t.signIn('owner@ladder.demo');
    seeded = (await d.t.http.get('/api/surveys/templates/current').set('Authorization', `Bearer ${owner}`))
      .body as SurveyTemplate;
  });
  afterAll(() => d.stop());

  /** Resolves at `when`, then processes its events and sends what is due, as the scheduler and dispatcher would. */
  const resolveAndSend = async (when: string, overrides = {}) => {
    clock.set(at(when));
    const e = await d.resolved(overrides);
    await d.process(e.id);
    clock.advance(60 * 60_000);
    await d.dispatch();
    await d.deliver();
    return e;
  };

  describe('an escalation with one stakeholder who has an email and one who has none', () => {
    let e: Escalation;
    let token: string;

    beforeAll(async () => {
      clock.set(at('02T09:00:00'));
      const created = await d.manager.create({ stakeholders: [{ name: 'Pat Client', email: 'Pat@Client.test' }] });
      await d.t.dataSource.query(
        `UPDATE escalation SET stakeholders = stakeholders || '[{"name": "Phone Only"}]' WHERE id = $1`,
        [created.id],
      );
      await d.manager.ok(created.id, 'comment', { body: 'INTERNAL: vendor blamed' });
      clock.set(at('02T09:30:00'));
      const updated = await d.manager.ok(created.id, 'stakeholder-update', {
        body: 'A new concentrator is on its way',
      });
      clock.set(at('02T10:00:00'));
      e = await d.manager.ok(created.id, 'resolve', { version: updated.version, summary: 'Concentrator replaced' });
      await d.process(e.id);
      await d.process(e.id);
    });

    it('schedules one invitation for the address, the delay (60 minutes) after the resolution', async () => {
      expect(await d.invitations(e.id)).toEqual([
        expect.objectContaining({
          email: 'pat@client.test',
          name: 'Pat Client',
          status: 'scheduled',
          send_at: at('02T11:00:00'),
          sent_at: null,
          template_id: seeded.id,
        }),
      ]);
    });

    it('sends nothing before its time', async () => {
      clock.set(at('02T10:59:59'));
      expect(await d.dispatch()).toBe(0);
      await d.deliver();
      expect(d.surveyMails('pat@client.test')).toEqual([]);
    });

    it('sends it once at its time, with a link whose token is stored nowhere but as its hash', async () => {
      clock.set(at('02T11:00:00'));
      expect(await d.dispatch()).toBe(1);
      expect(await d.dispatch()).toBe(0);
      await d.deliver();
      const mails = d.surveyMails('pat@client.test');
      expect(mails.map((m) => m.subject)).toEqual([`[ESC-${e.number}] How did we do?`]);
      token = d.tokenIn(mails[0]);
      expect(mails[0]?.text).toContain(`https://ladder.test/survey/${token}/opt-out`);
      expect(mails[0]?.html).toContain(`href="https://ladder.test/survey/${token}"`);
      expect(`${mails[0]?.text ?? ''}${mails[0]?.html || ''}`).not.toContain('INTERNAL');
      expect(await d.invitations(e.id)).toEqual([
        expect.objectContaining({
          status: 'sent',
          sent_at: at('02T11:00:00'),
          remind_at: at('05T11:00:00'),
          expires_at: at('16T11:00:00'),
        }),
      ]);
      const [leaks] = await d.t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notification
          WHERE concat(subject, body_text, body_html, link, link_key) LIKE '%' || $1 || '%'`,
        [token],
      );
      expect(leaks?.n).toBe(0);
      const [stored] = await d.t.dataSource.query<{ token_hash: string }[]>(
        `SELECT token_hash FROM survey_invitation WHERE escalation_id = $1`,
        [e.id],
      );
      expect(stored?.token_hash).toBe(sha256(token));
    });

    it('opens the survey from the link: public updates only, and the questions of its template version', async () => {
      const response = await d.survey(token);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        state: 'open',
        respondentName: 'Pat Client',
        expiresAt: '2026-11-16T11:00:00.000Z',
        escalation: {
          number: e.number,
          title: 'VPN down for Sales',
          status: 'resolved',
          resolvedAt: '2026-11-02T10:00:00.000Z',
          resolutionSummary: 'Concentrator replaced',
          updates: [{ at: '2026-11-02T09:30:00.000Z', body: 'A new concentrator is on its way' }],
        },
        questions: seeded.definition.questions,
      });
    });

    it('reminds once, when the reminder is due, with the same link', async () => {
      clock.set(at('05T10:59:59'));
      expect(await d.dispatch()).toBe(0);
      clock.set(at('05T11:00:00'));
      expect(await d.dispatch()).toBe(1);
      clock.set(at('06T11:00:00'));
      expect(await d.dispatch()).toBe(0);
      await d.deliver();
      const mails = d.surveyMails('pat@client.test');
      expect(mails.map((m) => m.subject)).toEqual([
        `[ESC-${e.number}] How did we do?`,
        `[ESC-${e.number}] Reminder: how did we do?`,
      ]);
      expect(d.tokenIn(mails[1])).toBe(token);
      expect(await d.invitations(e.id)).toEqual([expect.objectContaining({ reminded_at: at('05T11:00:00') })]);
    });

    it('refuses answers that do not fit the questions with 400 and the fields, and writes nothing', async () => {
      const response = await d.answer(token, { informed: 6, right_level: 'perhaps', speed: 3 });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'validation_failed',
        details: {
          fields: {
            'answers.overall': ['an answer is required'],
            'answers.informed': ['must be a whole number from 1 to 5'],
            'answers.right_level': ['must be one of: yes, no, not_sure'],
            'answers.speed': ['is not a question of this survey'],
          },
        },
      });
      expect(await d.t.dataSource.query(`SELECT id FROM survey_response`)).toEqual([]);
      expect(await d.invitations(e.id)).toEqual([expect.objectContaining({ status: 'sent' })]);
    });

    it('takes one answer, against its template version; the link then shows it answered and a replay is a 409', async () => {
      clock.set(at('06T12:00:00'));
      const response = await d.answer(token, GOOD);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({ state: 'answered', answeredAt: '2026-11-06T12:00:00.000Z' });
      expect(
        await d.t.dataSource.query(`SELECT template_id, answers, overall, submitted_at FROM survey_response`),
      ).toEqual([{ template_id: seeded.id, answers: GOOD, overall: 4, submitted_at: at('06T12:00:00') }]);
      expect((await d.survey(token)).body).toEqual({ state: 'answered', answeredAt: '2026-11-06T12:00:00.000Z' });
      const replay = await d.answer(token, GOOD);
      expect(replay.status).toBe(409);
      expect(replay.body).toMatchObject({
        code: 'survey_closed',
        message: expect.stringContaining('already been answered'),
      });
      expect(await d.t.dataSource.query(`SELECT count(*)::int AS n FROM survey_response`)).toEqual([{ n: 1 }]);
    });

    it('does not notify anyone of a good score', async () => {
      const [alerts] = await d.t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM notification WHERE subject LIKE '%Low survey score%'`,
      );
      expect(alerts?.n).toBe(0);
    });
  });

  describe('a low score answered before the reminder', () => {
    let e: Escalation;
    let deskManager: string;

    beforeAll(async () => {
      const teams = await teamIds(d.t);
      const [row] = await d.t.dataSource.query<{ id: string }[]>(
        `INSERT INTO app_user (email, name, password_hash, role, team_id)
         SELECT 'desk.manager@ladder.demo', 'Morgan Desk', password_hash, 'manager', $1 FROM app_user LIMIT 1
         RETURNING id`,
        [teams['Service Desk']],
      );
      deskManager = row?.id ?? '';
      e = await resolveAndSend('09T10:00:00', { stakeholders: [{ name: 'Lou Low', email: 'lou@client.test' }] });
      clock.set(at('09T15:00:00'));
      const answered = await d.answer(d.tokenIn(d.surveyMails('lou@client.test')[0]), { ...GOOD, overall: 2 });
      expect(answered.status).toBe(201);
    });

    it("notifies the escalation's team manager in the app, and nobody else", async () => {
      expect(
        await d.t.dataSource.query(
          `SELECT user_id, channel, status, subject, body_text, link, event_id FROM notification
            WHERE subject LIKE '%Low survey score%'`,
        ),
      ).toEqual([
        {
          user_id: deskManager,
          channel: 'in-app',
          status: 'sent',
          subject: `[ESC-${e.number}] Low survey score: 2/5`,
          body_text: 'S2 · VPN down for Sales\nLou Low rated how it was handled 2 out of 5.',
          link: `/escalations/${e.id}`,
          event_id: null,
        },
      ]);
    });

    it('sends no reminder once answered', async () => {
      clock.set(at('12T10:00:00'));
      await d.dispatch();
      await d.deliver();
      expect(d.surveyMails('lou@client.test').map((m) => m.subject)).toEqual([`[ESC-${e.number}] How did we do?`]);
      expect(await d.invitations(e.id)).toEqual([expect.objectContaining({ status: 'answered', reminded_at: null })]);
    });
  });

  describe('an unanswered survey past its expiry', () => {
    let e: Escalation;
    let token: string;

    beforeAll(async () => {
      e = await resolveAndSend('02T10:00:00', { stakeholders: [{ name: 'Eve Late', email: 'eve@client.test' }] });
      token = d.tokenIn(d.surveyMails('eve@client.test')[0]);
    });

    it('reads as expired at its expiry, even before the dispatcher closes it, and refuses answers', async () => {
      clock.set(at('16T11:00:00'));
      expect((await d.survey(token)).body).toEqual({ state: 'expired', expiredAt: '2026-11-16T11:00:00.000Z' });
      const refused = await d.answer(token, GOOD);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'survey_closed', message: expect.stringContaining('expired') });
    });

    it('is closed as expired by the dispatcher', async () => {
      await d.dispatch();
      expect(await d.invitations(e.id)).toEqual([
        expect.objectContaining({ status: 'expired', closed_at: at('16T11:00:00') }),
      ]);
      const answers = `SELECT count(*)::int AS n FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id
                        WHERE i.escalation_id = $1`;
      expect(await d.t.dataSource.query(answers, [e.id])).toEqual([{ n: 0 }]);
    });
  });

  describe('a reopened escalation', () => {
    let e: Escalation;
    let first: string;

    beforeAll(async () => {
      e = await resolveAndSend('03T10:00:00', { stakeholders: [{ name: 'Ray Reopen', email: 'ray@client.test' }] });
      first = d.tokenIn(d.surveyMails('ray@client.test')[0]);
      clock.set(at('03T12:00:00'));
      e = await d.manager.ok(e.id, 'reopen', { version: e.version, reason: 'Still dropping' });
      await d.process(e.id);
    });

    it('has its survey withdrawn', async () => {
      expect(await d.invitations(e.id)).toEqual([
        expect.objectContaining({ status: 'withdrawn', closed_at: at('03T12:00:00') }),
      ]);
      expect((await d.survey(first)).body).toEqual({ state: 'withdrawn' });
      const refused = await d.answer(first, GOOD);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'survey_closed', message: expect.stringContaining('withdrawn') });
    });

    it('gets a fresh survey, with a new link, when resolved again', async () => {
      clock.set(at('03T13:00:00'));
      await d.manager.ok(e.id, 'resolve', { version: e.version, summary: 'Firmware fixed' });
      await d.process(e.id);
      clock.set(at('03T14:00:00'));
      await d.dispatch();
      await d.deliver();
      const mails = d.surveyMails('ray@client.test');
      expect(mails).toHaveLength(2);
      const second = d.tokenIn(mails[1]);
      expect(second).not.toBe(first);
      expect((await d.invitations(e.id)).map((i) => [i.status, i.send_at])).toEqual([
        ['withdrawn', at('03T11:00:00')],
        ['sent', at('03T14:00:00')],
      ]);
      expect((await d.survey(second)).body).toMatchObject({
        state: 'open',
        escalation: { resolutionSummary: 'Firmware fixed' },
      });
    });
  });

  describe('opting out', () => {
    let e: Escalation;
    let token: string;

    beforeAll(async () => {
      e = await resolveAndSend('04T10:00:00', { stakeholders: [{ name: 'Olive Out', email: 'Olive@Client.test' }] });
      token = d.tokenIn(d.surveyMails('olive@client.test')[0]);
    });

    it('closes the survey, and the link says so', async () => {
      clock.set(at('04T12:00:00'));
      const response = await d.t.http.post(`/api/surveys/public/${token}/opt-out`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ state: 'opted-out' });
      expect(await d.t.dataSource.query(`SELECT email, opted_out_at FROM survey_opt_out`)).toEqual([
        { email: 'olive@client.test', opted_out_at: at('04T12:00:00') },
      ]);
      expect(await d.invitations(e.id)).toEqual([expect.objectContaining({ status: 'opted-out' })]);
      expect((await d.answer(token, GOOD)).status).toBe(409);
    });

    it('is respected for later resolutions: no invitation, no email', async () => {
      const later = await resolveAndSend('05T10:00:00', {
        stakeholders: [{ name: 'Olive Out', email: 'olive@client.test' }],
      });
      expect(await d.invitations(later.id)).toEqual([]);
      expect(d.surveyMails('olive@client.test')).toHaveLength(1);
    });

    it('stops an invitation made before the opt-out from being sent', async () => {
      clock.set(at('06T10:00:00'));
      const pending = await d.resolved({ stakeholders: [{ name: 'Quinn', email: 'quinn@client.test' }] });
      await d.process(pending.id);
      await d.t.dataSource.query(`INSERT INTO survey_opt_out (email, opted_out_at) VALUES ('quinn@client.test', $1)`, [
        at('06T10:30:00'),
      ]);
      clock.set(at('06T11:00:00'));
      await d.dispatch();
      await d.deliver();
      expect(await d.invitations(pending.id)).toEqual([
        expect.objectContaining({ status: 'opted-out', sent_at: null }),
      ]);
      expect(d.surveyMails('quinn@client.test')).toEqual([]);
    });
  });

  it('surveys no resolution of a severity sampled at 0', async () => {
    await d.t.dataSource.query(
      `UPDATE survey_settings SET sample_by_severity = '{"S1": 1, "S2": 0, "S3": 1, "S4": 1}'`,
    );
    const e = await resolveAndSend('07T10:00:00', { stakeholders: [{ name: 'Sam Sample', email: 'sam@client.test' }] });
    expect(await d.invitations(e.id)).toEqual([]);
    await d.t.dataSource.query(
      `UPDATE survey_settings SET sample_by_severity = '{"S1": 1, "S2": 1, "S3": 1, "S4": 1}'`,
    );
  });

  it('asks new invitations the new template version, while answers keep the version they were given', async () => {
    const owner = await d.t.signIn('owner@ladder.demo');
    const definition = {
      csatQuestion: 'overall',
      questions: [
        seeded.definition.questions[0],
        { kind: 'text', key: 'why', prompt: 'Why?', required: true, maxLength: 200 },
      ],
    };
    const saved = await d.t.http
      .post('/api/surveys/templates')
      .set('Authorization', `Bearer ${owner}`)
      .send({ basedOnVersion: 1, definition });
    expect(saved.status).toBe(201);
    const v2 = saved.body as SurveyTemplate;
    const e = await resolveAndSend('08T10:00:00', { stakeholders: [{ name: 'Nia New', email: 'nia@client.test' }] });
    expect(await d.invitations(e.id)).toEqual([expect.objectContaining({ template_id: v2.id })]);
    const token = d.tokenIn(d.surveyMails('nia@client.test')[0]);
    const survey = (await d.survey(token)).body as PublicSurvey;
    expect(survey.state === 'open' && survey.questions.map((q) => q.key)).toEqual(['overall', 'why']);
    expect((await d.answer(token, { overall: 5, why: 'Fast' })).status).toBe(201);
    expect(await d.t.dataSource.query(`SELECT template_id, overall FROM survey_response ORDER BY overall`)).toEqual([
      { template_id: seeded.id, overall: 2 },
      { template_id: seeded.id, overall: 4 },
      { template_id: v2.id, overall: 5 },
    ]);
  });
});
