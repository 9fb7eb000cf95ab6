import { FrozenClock } from '@ladder/api/common';
import { createTestApp, teamIds, type TestApp } from '@ladder/api/testing';
import type { InvitationState, SatisfactionDriver, SurveyGroup, SurveyReport } from '@ladder/contracts';
import { AnalyticsModule } from './analytics.module';
import { ReadModelRefresher } from './read-models/read-model.refresher';

type Team = 'Service Desk' | 'Team Leads' | 'Network';

interface Answer {
  email: string;
  overall: number;
  informed?: number;
  rightLevel?: string;
  comment?: string;
}

interface Case {
  title: string;
  severity: 'S1' | 'S2';
  category?: string;
  opened: string;
  /** Minutes after opening. */
  acknowledged: number;
  /** Each stay's level, team and minutes, back to back; resolved when the last ends. */
  stays: [number, Team, number][];
  /** Public stakeholder updates, minutes after opening. */
  updates?: number[];
  templateVersion?: 1 | 2;
  answers: Answer[];
  /** Invitations not answered. */
  unanswered?: [email: string, status: InvitationState][];
}

/** Seeded procedure version 1, minutes: S1 response 15, resolution 240, updates every 30; S2 30, 480 and 60. */
const TARGETS = { S1: { response: 15, resolution: 240 }, S2: { response: 30, resolution: 480 } };
const plus = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const day = (n: number, time: string) => `2026-03-${String(n).padStart(2, '0')}T${time}Z`;

/**
 * Now is Friday 20 March 2026 12:00 UTC; the range is 1-15 March. Every escalation is resolved when its last stay
 * ends, which creates its invitations; each answer comes an hour later. Overall scores:
 *
 * Q0-Q9  S2 at L1 (Service Desk) for 30 minutes, acknowledged after 10: no breach, no update gap over 60 minutes.
 *        Scores 5 5 5 5 4 4 4 4 4 3 (sum 43, mean 4.3, squared deviations 4 x 0.49 + 5 x 0.09 + 1.69 = 4.1).
 *        A second stakeholder each of Q0-Q7 did not answer: expired (Q0-Q2), opted out (Q3), sent (Q4, Q5),
 *        scheduled (Q6), withdrawn (Q7).
 * C0-C2  S2, L1 30 minutes then L2 (Team Leads) 1 hour, an update after 45 minutes. Scores 5 4 4. C2 is resolved
 *        15 March 23:30, the range's last day.
 * W0-W2  S2 database, L1 30 minutes then L2 5 hours, an update every hour exactly (no gap over 60). Scores 3 2 3.
 * B0-B1  S2, acknowledged after 40 (response due 30), L1 60 minutes, L2 8 hours: resolved after 9 hours (due 8), no
 *        update: response, resolution and update-cadence breaches. Scores 1 2; template version 2.
 * N0-N1  S1, L1 30, L2 30 minutes, L3 (Network) 2 hours: resolved after 3 hours (due 4), no update in 3 hours (cadence
 *        30): an update-cadence breach alone. Scores 4 3; template version 2.
 * O1, O2 Answered with 1, invited before (28 February 23:30) and after (16 March 00:00) the range.
 *
 * Invited 20 + 8 = 28; answered 20; rate 20 / (20 + 3 expired + 1 opted out) = 20/24. Satisfied (4 or 5): Q 9, C 3,
 * N 1 = 13 of 20; mean (43 + 13 + 8 + 3 + 7) / 20 = 3.7.
 */
const CASES: Case[] = [
  ...[5, 5, 5, 5, 4, 4, 4, 4, 4, 3].map((overall, i): Case => ({
    title: `Q${i}`,
    severity: 'S2',
    opened: day(2 + i, '09:00'),
    acknowledged: 10,
    stays: [[1, 'Service Desk', 30]],
    answers: [
      { email: `q${i}@example.com`, overall, rightLevel: 'yes', comment: i === 0 ? 'Quick and friendly' : undefined },
    ],
    unanswered: (
      ['expired', 'expired', 'expired', 'opted-out', 'sent', 'sent', 'scheduled', 'withdrawn'] as const
    ).flatMap((status, j) => (j === i ? [[`q${i}.other@example.com`, status] as [string, InvitationState]] : [])),
  })),
  ...[5, 4, 4].map((overall, i): Case => ({
    title: `C${i}`,
    severity: 'S2',
    opened: i === 2 ? day(15, '22:00') : day(2 + i, '13:00'),
    acknowledged: 10,
    stays: [
      [1, 'Service Desk', 30],
      [2, 'Team Leads', 60],
    ],
    updates: [45],
    answers: [{ email: `c${i}@example.com`, overall, rightLevel: 'yes' }],
  })),
  ...[3, 2, 3].map((overall, i): Case => ({
    title: `W${i}`,
    severity: 'S2',
    category: 'database',
    opened: day(5 + i, '13:00'),
    acknowledged: 10,
    stays: [
      [1, 'Service Desk', 30],
      [2, 'Team Leads', 300],
    ],
    updates: [60, 120, 180, 240, 300],
    answers: [
      {
        email: `w${i}@example.com`,
        overall,
        rightLevel: i === 2 ? 'not_sure' : 'no',
        comment: ['   ', 'Waited far too long at the team lead', undefined][i],
      },
    ],
  })),
  ...[1, 2].map((overall, i): Case => ({
    title: `B${i}`,
    severity: 'S2',
    opened: day(8 + i, '13:00'),
    acknowledged: 40,
    stays: [
      [1, 'Service Desk', 60],
      [2, 'Team Leads', 480],
    ],
    templateVersion: 2,
    answers: [
      {
        email: `b${i}@example.com`,
        overall,
        informed: 1,
        rightLevel: ['no', 'partly'][i],
        comment: i === 0 ? 'Nobody told us anything' : undefined,
      },
    ],
  })),
  ...[4, 3].map((overall, i): Case => ({
    title: `N${i}`,
    severity: 'S1',
    opened: day(10 + i, '13:00'),
    acknowledged: 10,
    stays: [
      [1, 'Service Desk', 30],
      [2, 'Team Leads', 30],
      [3, 'Network', 120],
    ],
    templateVersion: 2,
    answers: [
      {
        email: `n${i}@example.com`,
        overall,
        rightLevel: i === 0 ? 'yes' : undefined,
        comment: i === 0 ? 'Good fix by the network team' : undefined,
      },
    ],
  })),
  ...['2026-02-28T23:00Z', '2026-03-15T23:30Z'].map((opened, i): Case => ({
    title: `O${i + 1}`,
    severity: 'S2',
    opened,
    acknowledged: 10,
    stays: [[1, 'Service Desk', 30]],
    answers: [{ email: `o${i}@example.com`, overall: 1, comment: 'Out of range' }],
  })),
];

describe('GET /api/analytics/surveys', () => {
  const clock = new FrozenClock(new Date('2026-03-20T12:00:00Z'));
  let t: TestApp;
  let token: string;
  let team: Record<string, string>;
  const number: Record<string, number> = {};
  const escalationId: Record<string, string> = {};

  async function escalation(c: Case): Promise<void> {
    const last = c.stays.at(-1);
    if (!last) throw new Error('no stays');
    const resolved = plus(
      c.opened,
      c.stays.reduce((sum, [, , minutes]) => sum + minutes, 0),
    );
    const [row]: { id: string; number: number }[] = await t.dataSource.query(
      `INSERT INTO escalation (title, category, affected_service, impact, urgency, severity, status, level, team_id,
         procedure_version_id, source, created_at, updated_at, acknowledged_at, resolved_at, response_due_at,
         resolution_due_at)
       SELECT $1, $2, 'VPN', 'high', 'high', $3, 'resolved', $4, $5, pv.id, 'api', $6, $6, $7, $8, $9, $10
         FROM procedure_version pv WHERE pv.version = 1
       RETURNING id, number::int`,
      [
        c.title,
        c.category ?? 'network',
        c.severity,
        last[0],
        team[last[1]],
        c.opened,
        plus(c.opened, c.acknowledged),
        resolved,
        plus(c.opened, TARGETS[c.severity].response),
        plus(c.opened, TARGETS[c.severity].resolution),
      ],
    );
    if (!row) throw new Error('not inserted');
    number[c.title] = row.number;
    escalationId[c.title] = row.id;
    let entered = c.opened;
    for (const [level, teamName, minutes] of c.stays) {
      const left = plus(entered, minutes);
      await t.dataSource.query(
        `INSERT INTO level_stint (escalation_id, level, team_id, entered_at, left_at, exit) VALUES ($1, $2, $3, $4, $5, $6)`,
        [row.id, level, team[teamName], entered, left, left === resolved ? 'resolved' : 'escalated'],
      );
      entered = left;
    }
    for (const minutes of c.updates ?? []) {
      await t.dataSource.query(
        `INSERT INTO escalation_event (escalation_id, type, at, visibility) VALUES ($1, 'stakeholder-update', $2, 'public')`,
        [row.id, plus(c.opened, minutes)],
      );
    }
    const [resolve]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO escalation_event (escalation_id, type, at, visibility) VALUES ($1, 'resolve', $2, 'internal')
       RETURNING id`,
      [row.id, resolved],
    );
    const invite = async (email: string, status: InvitationState): Promise<string> => {
      const [invitation]: { id: string }[] = await t.dataSource.query(
        `INSERT INTO survey_invitation (escalation_id, resolve_event_id, template_id, email, name, token_hash, status,
           send_at, created_at)
         SELECT $1, $2, st.id, $3, initcap(split_part($3, '@', 1)), md5($3), $4, $5, $5
           FROM survey_template st WHERE st.version = $6
         RETURNING id`,
        [row.id, resolve?.id, email, status, resolved, c.templateVersion ?? 1],
      );
      return invitation?.id ?? '';
    };
    for (const answer of c.answers) {
      const invitation = await invite(answer.email, 'answered');
      const answers = {
        overall: answer.overall,
        informed: answer.informed ?? answer.overall,
        right_level: answer.rightLevel ?? null,
        ...(answer.comment === undefined ? {} : { comment: answer.comment }),
      };
      await t.dataSource.query(
        `INSERT INTO survey_response (invitation_id, template_id, answers, overall, submitted_at)
         SELECT $1, st.id, $2, $3, $4 FROM survey_template st WHERE st.version = $5`,
        [invitation, JSON.stringify(answers), answer.overall, plus(resolved, 60), c.templateVersion ?? 1],
      );
    }
    for (const [email, status] of c.unanswered ?? []) await invite(email, status);
  }

  const get = (path: string, bearer = token) => t.http.get(path).set('Authorization', `Bearer ${bearer}`);
  const report = async (query = '', range = 'from=2026-03-01&to=2026-03-15') => {
    const response = await get(`/api/analytics/surveys?${range}${query}`);
    expect(response.status).toBe(200);
    return response.body as SurveyReport;
  };

  /** A group's figures from its counts and the sum of its overall scores. */
  const group = (
    key: string,
    label: string,
    [invited, answered, known]: [number, number, number],
    [responses, satisfied, scoreSum]: [number, number, number],
  ): SurveyGroup => ({
    key,
    label,
    invited,
    answered,
    responseRate: known ? answered / known : null,
    responses,
    satisfied,
    csat: responses ? satisfied / responses : null,
    mean: responses ? scoreSum / responses : null,
    tooFew: responses < 5,
  });

  /** A driver without its interval, which is checked to six decimals where there is one. */
  const driver = (
    factor: SatisfactionDriver['factor'],
    level: number | null,
    label: string,
    withSide: [number, number | null],
    withoutSide: [number, number | null],
    tooFew = true,
  ) => ({
    factor,
    level,
    label,
    // Means come from PostgreSQL's numeric avg, so 71/18 may differ in the last binary digit.
    with: { n: withSide[0], mean: withSide[1] === null ? null : expect.closeTo(withSide[1], 12) },
    without: { n: withoutSide[0], mean: withoutSide[1] === null ? null : expect.closeTo(withoutSide[1], 12) },
    difference:
      withSide[1] !== null && withoutSide[1] !== null ? expect.closeTo(withSide[1] - withoutSide[1], 9) : null,
    tooFew,
  });
  const interval = (d: SatisfactionDriver) =>
    d.ciLow === null || d.ciHigh === null ? null : [d.ciLow.toFixed(6), d.ciHigh.toFixed(6)];

  beforeAll(async () => {
    t = await createTestApp({ imports: [AnalyticsModule], clock });
    token = await t.signIn('manager@ladder.demo');
    team = await teamIds(t);
    // Version 2 words the second question anew and offers "partly" instead of "not sure".
    await t.dataSource.query(
      `INSERT INTO survey_template (version, definition)
       SELECT 2, jsonb_set(jsonb_set(definition, '{questions,1,prompt}', '"How well did we keep you informed?"'),
                           '{questions,2,options}',
                           '[{"value": "yes", "label": "Yes"}, {"value": "no", "label": "No"},
                             {"value": "partly", "label": "Partly"}]')
         FROM survey_template WHERE version = 1`,
    );
    for (const c of CASES) await escalation(c);
  });
  afterAll(() => t.close());

  it('counts invitations by outcome and CSAT over the range, grouped by the team now', async () => {
    const body = await report();
    expect([body.anonymous, body.minResponses, body.groupBy]).toEqual([false, 5, 'team']);
    expect(body.responseRate).toEqual({
      invited: 28,
      pending: 3,
      answered: 20,
      expired: 3,
      withdrawn: 1,
      optedOut: 1,
      rate: 20 / 24,
    });
    expect(body.csat).toEqual({ responses: 20, satisfied: 13, csat: 0.65, mean: 3.7 });
    // Network: N 4 3. Service Desk: Q, 18 invited, 10 of 14 known outcomes answered. Team Leads: C, W, B 5 4 4 3 2 3 1 2.
    expect(body.groups).toEqual([
      group(team['Network'] ?? '', 'Network', [2, 2, 2], [2, 1, 7]),
      group(team['Service Desk'] ?? '', 'Service Desk', [18, 10, 14], [10, 9, 43]),
      group(team['Team Leads'] ?? '', 'Team Leads', [8, 8, 8], [8, 3, 24]),
    ]);
  });

  it("gives each question's answers, worded as the newest version, overall and per group", async () => {
    const { questions } = await report();
    const perTeam = (network: number[], desk: number[], leads: number[]) =>
      (
        [
          [team['Network'], 'Network', network],
          [team['Service Desk'], 'Service Desk', desk],
          [team['Team Leads'], 'Team Leads', leads],
        ] as const
      ).map(([key, label, counts]) => ({
        key,
        label,
        responses: counts.reduce((a, b) => a + b, 0),
        counts,
      }));
    const ratings = (low: string, high: string) => [
      { value: '1', label: `1 (${low})` },
      { value: '2', label: '2' },
      { value: '3', label: '3' },
      { value: '4', label: '4' },
      { value: '5', label: `5 (${high})` },
    ];
    expect(questions).toEqual([
      {
        key: 'overall',
        prompt: 'Overall, how satisfied are you with how your issue was handled?',
        kind: 'rating',
        options: ratings('Very dissatisfied', 'Very satisfied'),
        responses: 20,
        counts: [1, 2, 4, 8, 5],
        groups: perTeam([0, 0, 1, 1, 0], [0, 0, 1, 5, 4], [1, 2, 2, 2, 1]),
      },
      {
        // B0 and B1 answered 1.
        key: 'informed',
        prompt: 'How well did we keep you informed?',
        kind: 'rating',
        options: ratings('Not at all', 'Very well'),
        responses: 20,
        counts: [2, 1, 4, 8, 5],
        groups: perTeam([0, 0, 1, 1, 0], [0, 0, 1, 5, 4], [2, 1, 2, 2, 1]),
      },
      {
        // Version 2's options, then "not sure" that only version 1 offered; N1 did not answer.
        key: 'right_level',
        prompt: 'Was your issue handled at the right level, and escalated fast enough?',
        kind: 'choice',
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: 'partly', label: 'Partly' },
          { value: 'not_sure', label: 'Not sure' },
        ],
        responses: 19,
        counts: [14, 3, 1, 1],
        groups: perTeam([1, 0, 0, 0], [10, 0, 0, 0], [3, 3, 1, 1]),
      },
      {
        // W0's blank answer is no answer.
        key: 'comment',
        prompt: 'Anything we could have done better?',
        kind: 'text',
        options: [],
        responses: 4,
        counts: [4],
        groups: perTeam([1], [1], [2]),
      },
    ]);
  });

  it('compares the scores with and without each factor, with a 95 % Welch interval', async () => {
    const { drivers } = await report();
    expect(drivers).toEqual([
      // C W B N 5 4 4 3 2 3 1 2 4 3 (mean 3.1) against Q (4.3): 10 on each side, enough to read.
      expect.objectContaining(driver('levels-climbed', 2, 'reached L2 or higher', [10, 3.1], [10, 4.3], false)),
      expect.objectContaining(driver('levels-climbed', 3, 'reached L3 or higher', [2, 3.5], [18, 67 / 18])),
      // Nobody spent over 4 hours at L1 or L3.
      expect.objectContaining(driver('time-at-level', 1, 'waited over 4 h at L1', [0, null], [20, 3.7])),
      // W and B (3 2 3 1 2) against C and N (5 4 4 4 3).
      expect.objectContaining(driver('time-at-level', 2, 'waited over 4 h at L2', [5, 2.2], [5, 4])),
      expect.objectContaining(driver('time-at-level', 3, 'waited over 4 h at L3', [0, null], [2, 3.5])),
      expect.objectContaining(
        driver('breach', null, 'missed the response or resolution target', [2, 1.5], [18, 71 / 18]),
      ),
      // B and N; W's hourly updates are exactly on the cadence.
      expect.objectContaining(driver('update-cadence', null, 'missed the update cadence', [4, 2.5], [16, 4])),
    ]);
    // Levels climbed: variances 12.9 / 9 = 1.433333 and 4.1 / 9 = 0.455556; squared error 0.143333 + 0.045556 =
    // 0.188889 (SE 0.434613); df 0.188889² / (0.143333² / 9 + 0.045556² / 9) = 14.196048; t(0.975) 2.142826:
    // -1.2 -/+ 0.931306.
    // Time at L2: variances 2.8 / 4 = 0.7 and 2 / 4 = 0.5; squared error 0.14 + 0.1 = 0.24 (SE 0.489898);
    // df 0.0576 / ((0.0196 + 0.01) / 4) = 7.783784; t(0.975) 2.317385: -1.8 -/+ 1.135284.
    // The others were computed the same way (scipy.stats.ttest_ind(equal_var=False) agrees to every digit shown).
    expect(drivers.map(interval)).toEqual([
      ['-2.130947', '-0.269053'],
      ['-3.143974', '2.699530'],
      null,
      ['-2.935192', '-0.664808'],
      null,
      ['-6.189526', '1.300637'],
      ['-3.447066', '0.447066'],
    ]);
  });

  it('gives the same drivers once the breach read model holds the facts', async () => {
    const before = (await report()).drivers;
    await t.app.get(ReadModelRefresher).refreshAll();
    const [facts]: { n: number }[] = await t.dataSource.query(`SELECT count(*)::int AS n FROM escalation_breach`);
    expect(facts?.n).toBe(CASES.length);
    expect((await report()).drivers).toEqual(before);
  });

  it('takes the time-at-level threshold from the query', async () => {
    const { drivers } = await report('&hoursAtLevel=0.75');
    // Over 45 minutes: B's hour at L1; C's, W's and B's stays at L2 against N's 30 minutes.
    expect(drivers.filter((d) => d.factor === 'time-at-level')).toEqual([
      expect.objectContaining(driver('time-at-level', 1, 'waited over 0.75 h at L1', [2, 1.5], [18, 71 / 18])),
      expect.objectContaining(driver('time-at-level', 2, 'waited over 0.75 h at L2', [8, 3], [2, 3.5])),
      expect.objectContaining(driver('time-at-level', 3, 'waited over 0.75 h at L3', [2, 3.5], [0, null])),
    ]);
  });

  it('lists the comments newest first, with who wrote them, filtered by score and text', async () => {
    const comment = (title: string, score: number, text: string, teamName: Team, highestLevel: number) => ({
      respondedAt: expect.any(String),
      escalationId: escalationId[title],
      number: number[title],
      title,
      teamName,
      severity: title.startsWith('N') ? 'S1' : 'S2',
      highestLevel,
      score,
      question: 'Anything we could have done better?',
      text,
      // The fixture names a respondent after the address: initcap('n0') is N0.
      respondent: { name: title, email: `${title.toLowerCase()}@example.com` },
    });
    const n0 = comment('N0', 4, 'Good fix by the network team', 'Network', 3);
    const b0 = comment('B0', 1, 'Nobody told us anything', 'Team Leads', 2);
    const w1 = comment('W1', 2, 'Waited far too long at the team lead', 'Team Leads', 2);
    const q0 = comment('Q0', 5, 'Quick and friendly', 'Service Desk', 1);
    const { comments } = await report();
    expect(comments).toEqual([n0, b0, w1, q0]);
    expect(comments.map((c) => c.respondedAt)).toEqual([
      '2026-03-10T17:00:00.000Z',
      '2026-03-08T23:00:00.000Z',
      '2026-03-06T19:30:00.000Z',
      '2026-03-02T10:30:00.000Z',
    ]);
    const titles = async (query: string) => (await report(query)).comments.map((c) => c.title);
    expect(await titles('&commentMaxScore=2')).toEqual(['B0', 'W1']);
    expect(await titles('&commentText=TEAM')).toEqual(['N0', 'W1']);
    expect(await titles('&commentMaxScore=3&commentText=team')).toEqual(['W1']);
  });

  it('keeps the respondents out when surveys are anonymous', async () => {
    await t.dataSource.query(`UPDATE survey_settings SET anonymous = true`);
    try {
      const body = await report();
      expect(body.anonymous).toBe(true);
      expect(body.comments.map((c) => [c.title, c.respondent])).toEqual([
        ['N0', null],
        ['B0', null],
        ['W1', null],
        ['Q0', null],
      ]);
    } finally {
      await t.dataSource.query(`UPDATE survey_settings SET anonymous = false`);
    }
  });

  it('groups by level reached, severity, category and procedure version', async () => {
    const groups = async (groupBy: string) =>
      (await report(`&groupBy=${groupBy}`)).groups.map((g) => [g.key, g.label, g.invited, g.responses, g.csat]);
    expect(await groups('level')).toEqual([
      ['1', 'L1 Service Desk', 18, 10, 0.9],
      ['2', 'L2 Team Lead', 8, 8, 0.375],
      ['3', 'L3 Specialist teams', 2, 2, 0.5],
    ]);
    expect(await groups('severity')).toEqual([
      ['S1', 'S1', 2, 2, 0.5],
      ['S2', 'S2', 26, 18, 12 / 18],
    ]);
    expect(await groups('category')).toEqual([
      ['database', 'database', 3, 3, 0],
      ['network', 'network', 25, 17, 13 / 17],
    ]);
    const [version]: { id: string }[] = await t.dataSource.query(`SELECT id FROM procedure_version WHERE version = 1`);
    expect(await groups('procedureVersion')).toEqual([[version?.id, 'v1', 28, 20, 0.65]]);
  });

  it('applies the filters to the escalations surveyed', async () => {
    const figures = async (query: string, range?: string) => {
      const body = await report(query, range);
      return [body.responseRate.invited, body.csat.responses, body.csat.satisfied, body.comments.length];
    };
    expect(await figures('&severity=S1')).toEqual([2, 2, 1, 1]);
    // Level 3 was reached by N alone; level 2 by C, W, B and N.
    expect(await figures('&level=3')).toEqual([2, 2, 1, 1]);
    expect(await figures('&level=2')).toEqual([10, 10, 4, 3]);
    // With Team Leads now: C, W, B.
    expect(await figures(`&teamId=${team['Team Leads']}`)).toEqual([8, 8, 3, 2]);
    expect(await figures('&category=database')).toEqual([3, 3, 0, 1]);
    // The range's first day holds nothing; 2 March holds Q0 (and its expired invitation) and C0.
    expect(await figures('', 'from=2026-03-01&to=2026-03-02')).toEqual([3, 2, 2, 1]);
  });

  it('answers an empty range with zeros and nulls', async () => {
    const response = await get('/api/analytics/surveys?from=2026-01-01&to=2026-01-31');
    expect(response.body).toEqual({
      anonymous: false,
      minResponses: 5,
      responseRate: { invited: 0, pending: 0, answered: 0, expired: 0, withdrawn: 0, optedOut: 0, rate: null },
      csat: { responses: 0, satisfied: 0, csat: null, mean: null },
      groupBy: 'team',
      groups: [],
      questions: [],
      drivers: [],
      comments: [],
    });
  });

  it('answers CSV with the whole range and a line per group', async () => {
    const csv = await get('/api/analytics/surveys?from=2026-03-01&to=2026-03-15&groupBy=severity&format=csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="surveys-2026-03-01-2026-03-15.csv"');
    expect(csv.text).toBe(
      'severity_key,severity,invited,answered,response_rate,responses,satisfied,csat,mean_score,too_few\r\n' +
        'all,All,28,20,0.833333,20,13,0.65,3.7,\r\n' +
        'S1,S1,2,2,1,2,1,0.5,3.5,true\r\n' +
        'S2,S2,26,18,0.818182,18,12,0.666667,3.722222,false\r\n',
    );
  });

  it.each([
    ['from=2026-03-01&to=2026-03-15&groupBy=region', 'groupBy'],
    ['from=2026-03-01&to=2026-03-15&hoursAtLevel=0', 'hoursAtLevel'],
    ['from=2026-03-01&to=2026-03-15&commentMaxScore=6', 'commentMaxScore'],
    ['from=2026-03-01&to=2026-03-15&severity=S7', 'severity'],
    ['from=2026-03-01&to=2026-03-15&teamId=00000000-0000-4000-8000-000000000009', 'teamId'],
    ['from=2026-03-16&to=2026-03-15', 'from'],
  ])('answers %s with 400 invalid_filter naming %s', async (query, filter) => {
    const response = await get(`/api/analytics/surveys?${query}`);
    expect([response.status, response.body.code, response.body.details]).toEqual([400, 'invalid_filter', { filter }]);
  });

  it('is for managers, process owners and admins, not agents', async () => {
    const statuses: number[] = [];
    for (const email of ['l1.agent@ladder.demo', 'owner@ladder.demo', 'admin@ladder.demo']) {
      statuses.push((await get('/api/analytics/surveys?from=2026-03-01&to=2026-03-15', await t.signIn(email))).status);
    }
    expect(statuses).toEqual([403, 200, 200]);
  });
});
