import { generateHistories } from './history.generator';
import { fixtureOrganisation as org } from './demo-organisation.fixture';
import { Random } from './random';
import { type DemoSurvey, demoSurveys, surveyRows } from './survey-history';

const NOW = new Date('2026-11-26T12:00:00Z');
const DAY = 86_400_000;

const histories = [...generateHistories(org, { escalations: 3000, days: 90, seed: 5, now: NOW })];
const surveysOf = (seed: number) => {
  const rng = new Random(seed);
  return histories.map((history) => ({ history, surveys: demoSurveys(history, org.definition, rng, NOW.getTime()) }));
};
const all = surveysOf(1);
const surveys = all.flatMap((x) => x.surveys);
const share = (test: (s: DemoSurvey) => boolean, among = surveys) => among.filter(test).length / among.length;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('demoSurveys', () => {
  it('gives the same surveys for the same seed', () => {
    expect(surveysOf(1).flatMap((x) => x.surveys)).toEqual(surveys);
    expect(surveysOf(2).flatMap((x) => x.surveys)).not.toEqual(surveys);
  });

  it('invites each stakeholder address of a resolved escalation once, at its resolution', () => {
    for (const { history, surveys: mine } of all) {
      const resolved = history.state.status === 'resolved' || history.state.status === 'closed';
      const emails = new Set(history.facts.stakeholders.map((s) => s.email));
      expect(mine.map((s) => s.email)).toEqual(resolved ? [...emails] : []);
      for (const s of mine) expect(s.createdAt).toBe(history.state.resolvedAt);
    }
  });

  it('answers about 40 % of the invitations sent long enough ago, opts out a few and expires most of the rest', () => {
    const settled = surveys.filter((s) => s.sendAt + 15 * DAY <= NOW.getTime());
    expect(share((s) => s.status === 'answered', settled)).toBeGreaterThan(0.35);
    expect(share((s) => s.status === 'answered', settled)).toBeLessThan(0.45);
    expect(share((s) => s.status === 'opted-out', settled)).toBeGreaterThan(0.01);
    expect(share((s) => s.status === 'opted-out', settled)).toBeLessThan(0.05);
    expect(share((s) => s.status === 'expired', settled)).toBeGreaterThan(0.5);
    expect(new Set(surveys.map((s) => s.status))).toEqual(
      new Set(['scheduled', 'sent', 'answered', 'expired', 'opted-out']),
    );
  });

  it('keeps every time at or before now, with answers exactly for the answered', () => {
    const wrong = surveys.filter(
      (s) =>
        (s.status !== 'scheduled' &&
          [s.sendAt, s.answeredAt, s.closedAt, s.remindedAt].some((at) => at !== null && at > NOW.getTime())) ||
        (s.answers !== null) !== (s.status === 'answered') ||
        (s.answeredAt !== null) !== (s.status === 'answered'),
    );
    expect(wrong).toEqual([]);
  });

  it('scores lower the more levels the escalation climbed, and comments now and then', () => {
    const answered = all.flatMap(({ history, surveys: mine }) =>
      mine.flatMap((s) =>
        s.answers
          ? [{ top: Math.max(...history.stints.map((x) => x.level)), overall: Number(s.answers['overall']) }]
          : [],
      ),
    );
    const at = (top: number) => mean(answered.filter((a) => a.top === top).map((a) => a.overall));
    expect(at(1)).toBeGreaterThan(at(2) + 0.2);
    expect(at(2)).toBeGreaterThan(at(3) + 0.2);
    const commented = surveys.filter((s) => typeof s.answers?.['comment'] === 'string');
    expect(commented.length / answered.length).toBeGreaterThan(0.15);
    expect(commented.length / answered.length).toBeLessThan(0.35);
  });

  it('stages the rows with the statements that move them in', () => {
    const [first] = surveys;
    if (!first) throw new Error('no surveys');
    const staged = surveyRows([first]);
    expect(staged.table.temporary).toBe(true);
    expect(staged.rows[0]?.slice(0, 5)).toEqual([
      first.invitationId,
      first.escalationId,
      first.email,
      first.name,
      first.status,
    ]);
    expect(staged.then).toHaveLength(2);
  });
});
