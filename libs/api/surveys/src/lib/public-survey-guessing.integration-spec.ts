import { randomBytes } from 'node:crypto';
import { FrozenClock } from '@ladder/api/common';
import { SURVEY_REQUESTS_PER_MINUTE } from './public/public-survey-limiter';
import { SurveyDriver } from '../testing/survey-driver';

describe('guessing survey links', () => {
  const clock = new FrozenClock(new Date('2026-11-02T09:00:00Z'));
  let d: SurveyDriver;

  beforeAll(async () => {
    d = await SurveyDriver.start(clock);
  });
  afterAll(() => d.stop());

  const guess = () => randomBytes(32).toString('base64url');

  it('answers 404 not_found with a clear message for tokens it never issued, on every route, and writes nothing', async () => {
    const token = guess();
    const calls = [
      d.survey(token),
      d.answer(token, { overall: 5, informed: 5 }),
      d.t.http.post(`/api/surveys/public/${token}/opt-out`),
      d.t.http.post(`/api/surveys/public/${token}/feedback`).send({ topic: 'other', body: 'Hello there' }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'not_found', message: expect.stringContaining('not valid') });
    }
    const [written] = await d.t.dataSource.query<{ n: number }[]>(
      `SELECT (SELECT count(*) FROM survey_response) + (SELECT count(*) FROM survey_opt_out)
              + (SELECT count(*) FROM process_feedback) AS n`,
    );
    expect(Number(written?.n)).toBe(0);
  });

  it(`limits an address to ${SURVEY_REQUESTS_PER_MINUTE} requests a minute across the survey routes`, async () => {
    clock.set(new Date('2026-11-02T10:00:00Z'));
    for (let i = 0; i < SURVEY_REQUESTS_PER_MINUTE; i++) expect((await d.survey(guess())).status).toBe(404);
    const refused = await d.t.http.post(`/api/surveys/public/${guess()}/opt-out`);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited' });
    clock.advance(60_000);
    expect((await d.survey(guess())).status).toBe(404);
  });
});
