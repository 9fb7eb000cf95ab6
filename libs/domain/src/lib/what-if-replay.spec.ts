import type { Calendar, Level, ProcedureDefinition, Severity, SeverityTarget } from '@ladder/contracts';
import type { NamedCalendar } from './calendar-choice';
import type { ReplayEscalation, ReplayStay } from './escalation-replay';
import { replayProcedure, type ReplayFigures } from './what-if-replay';

const TEAM = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
const CALENDARS: NamedCalendar[] = [
  { id: '00000000-0000-4000-8000-0000000000c1', name: '24x7', definition: { kind: '24x7' } },
  {
    id: '00000000-0000-4000-8000-0000000000c2',
    name: 'office',
    definition: {
      kind: 'business-hours',
      timeZone: 'UTC',
      hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], wed: [['09:00', '17:00']] },
      holidays: [],
    } satisfies Calendar,
  },
];
const SEVERITIES: Severity[] = ['S1', 'S2', 'S3', 'S4'];

/** Levels 1-4 with budgets 60/120/240/480 min for every severity; S2 answers in 30 and resolves in 480 min. */
function procedure(
  changes: { budgets?: Record<number, number>; s2?: Partial<SeverityTarget>; calendar?: string } = {},
): ProcedureDefinition {
  const budgets: Record<number, number> = { 1: 60, 2: 120, 3: 240, 4: 480, ...changes.budgets };
  const levels: Level[] = [1, 2, 3, 4].map((level) => ({
    level,
    name: `L${level}`,
    teamIds: TEAM,
    defaultTeamId: TEAM[0] ?? '',
    budgetMinutes: { S1: budgets[level] ?? 60, S2: budgets[level] ?? 60, S3: 600, S4: 600 },
    runbook: '',
    contacts: [],
  }));
  const severities = SEVERITIES.map((severity) => ({
    severity,
    label: severity,
    responseMinutes: 30,
    resolutionMinutes: 480,
    updateCadenceMinutes: 60,
    calendar: changes.calendar ?? '24x7',
    ...(severity === 'S2' ? changes.s2 : {}),
  }));
  const row = { high: 'S1', medium: 'S2', low: 'S3' } as const;
  return {
    levels,
    severities,
    matrix: { high: row, medium: row, low: row },
    routes: [],
    categories: ['network'],
    services: ['VPN'],
    warningRatio: 0.75,
    reminderMinutes: 15,
    rules: [],
    scenarios: [],
  };
}

/** Monday 2026-03-02 10:00Z plus minutes. */
const t = (minutes: number) => new Date(Date.parse('2026-03-02T10:00:00Z') + minutes * 60_000);
const stay = (level: number, from: Date, to: Date | null): ReplayStay => ({
  level,
  teamId: TEAM[0] ?? '',
  enteredAt: from,
  leftAt: to,
});
let sequence = 0;
/** An S2 escalation created at `createdAt`, acknowledged 5 min later, resolved when its last stay ends. */
function escalation(stays: ReplayStay[], changes: Partial<ReplayEscalation> = {}): ReplayEscalation {
  const createdAt = stays[0]?.enteredAt ?? t(0);
  return {
    id: `e${++sequence}`,
    severity: 'S2',
    category: 'network',
    affectedService: 'VPN',
    procedureVersionId: 'v1',
    createdAt,
    acknowledgedAt: new Date(createdAt.getTime() + 5 * 60_000),
    resolvedAt: stays.at(-1)?.leftAt ?? null,
    reopenedAt: null,
    stays,
    pauses: [],
    ...changes,
  };
}
const NOW = { now: t(7 * 24 * 60) };
const levelsOf = (figures: ReplayFigures) => figures.levels.map((l) => [l.level, l.reached, l.autoEscalations]);
const s2Of = (figures: ReplayFigures) => figures.severities.find((s) => s.severity === 'S2');

describe('replayProcedure', () => {
  describe('a draft that lowers the L1 S2 budget from 60 to 30 minutes', () => {
    const draft = procedure({ budgets: { 1: 30 } });

    it('auto-escalates a 45-minute L1 stay at the 30th minute, not a 25-minute one (24x7)', () => {
      const history = [escalation([stay(1, t(0), t(45))]), escalation([stay(1, t(0), t(25))])];
      const result = replayProcedure(history, draft, procedure(), CALENDARS, NOW);
      // [level, reached, auto-escalations]: the 45-minute stay spends its last 15 minutes at L2.
      expect(levelsOf(result.actual)).toEqual([
        [1, 2, 0],
        [2, 0, 0],
        [3, 0, 0],
        [4, 0, 0],
      ]);
      expect(levelsOf(result.draft)).toEqual([
        [1, 2, 1],
        [2, 1, 0],
        [3, 0, 0],
        [4, 0, 0],
      ]);
    });

    it('leaves pauses out: 45 minutes with 20 of them waiting on the stakeholder is 25 working minutes', () => {
      const paused = escalation([stay(1, t(0), t(45))], { pauses: [{ from: t(10), to: t(30) }] });
      const result = replayProcedure([paused], draft, procedure(), CALENDARS, NOW);
      expect(result.draft.levels[0]).toEqual({ level: 1, reached: 1, autoEscalations: 0 });
    });

    it('counts business hours across a night (Monday 16:40 onwards, 09:00-17:00)', () => {
      const office = procedure({ calendar: 'office' });
      const officeDraft = procedure({ calendar: 'office', budgets: { 1: 30 } });
      const monday1640 = t(400);
      const tuesday = (hhmm: string) => new Date(`2026-03-03T${hhmm}:00Z`);
      const history = [
        // 20 min on Monday + 25 on Tuesday = 45 working minutes: out of budget at Tuesday 09:10.
        escalation([stay(1, monday1640, tuesday('09:25'))]),
        // 20 + 5 = 25 working minutes, though 16 h 25 min on the wall clock.
        escalation([stay(1, monday1640, tuesday('09:05'))]),
        // 20 + 25 minutes, 20 of them paused (Tuesday 09:00-09:20): 25 working minutes.
        escalation([stay(1, monday1640, tuesday('09:25'))], {
          pauses: [{ from: tuesday('08:30'), to: tuesday('09:20') }],
        }),
      ];
      const result = replayProcedure(history, officeDraft, office, CALENDARS, NOW);
      expect(result.actual.levels.slice(0, 2)).toEqual([
        { level: 1, reached: 3, autoEscalations: 0 },
        { level: 2, reached: 0, autoEscalations: 0 },
      ]);
      expect(result.draft.levels.slice(0, 2)).toEqual([
        { level: 1, reached: 3, autoEscalations: 1 },
        { level: 2, reached: 1, autoEscalations: 0 },
      ]);
      // On 24x7 all three are over 30 minutes (the paused one has 16 h 5 min).
      expect(replayProcedure(history, draft, procedure(), CALENDARS, NOW).draft.levels[0]?.autoEscalations).toBe(3);
    });

    it('lets the budget of the level above run out in turn: 100 minutes at L1 reach L3 with L2 at 60', () => {
      const steep = procedure({ budgets: { 1: 30, 2: 60 } });
      const result = replayProcedure([escalation([stay(1, t(0), t(100))])], steep, procedure(), CALENDARS, NOW);
      // Out of L1 at 30, out of L2 at 90, the last 10 minutes at L3.
      expect(levelsOf(result.draft)).toEqual([
        [1, 1, 1],
        [2, 1, 1],
        [3, 1, 0],
        [4, 0, 0],
      ]);
    });
  });

  it('counts response and resolution breaches and their rates per severity under tighter targets', () => {
    const tight = procedure({ s2: { responseMinutes: 15, resolutionMinutes: 240 } });
    const history = [
      // Acknowledged / resolved after: 10 / 200 min: met under both.
      escalation([stay(1, t(0), t(200))], { acknowledgedAt: t(10) }),
      // 20 / 300: met under 30 / 480, breached under 15 / 240.
      escalation([stay(1, t(0), t(50)), stay(2, t(50), t(300))], { acknowledgedAt: t(20) }),
      // 40 / 500: breached under both.
      escalation([stay(1, t(0), t(50)), stay(2, t(50), t(500))], { acknowledgedAt: t(40) }),
      // 25 / 250 with a 10-minute pause: 15 / 240 working minutes, met exactly on the due time under the draft.
      escalation([stay(1, t(0), t(50)), stay(2, t(50), t(250))], {
        acknowledgedAt: t(25),
        pauses: [{ from: t(5), to: t(15) }],
      }),
      // An S3 the draft does not change: 20 / 300 against 30 / 480.
      escalation([stay(1, t(0), t(300))], { severity: 'S3', acknowledgedAt: t(20) }),
    ];
    const result = replayProcedure(history, tight, procedure(), CALENDARS, NOW);
    expect(result.actual.severities).toEqual([
      nothing('S1'),
      { ...breaches('S2', 4, 1, 1), responseBreachRate: 0.25, resolutionBreachRate: 0.25 },
      { ...breaches('S3', 1, 0, 0), responseBreachRate: 0, resolutionBreachRate: 0 },
      nothing('S4'),
    ]);
    expect(result.draft.severities).toEqual([
      nothing('S1'),
      { ...breaches('S2', 4, 2, 2), responseBreachRate: 0.5, resolutionBreachRate: 0.5 },
      { ...breaches('S3', 1, 0, 0), responseBreachRate: 0, resolutionBreachRate: 0 },
      nothing('S4'),
    ]);
  });

  it('sends more to L3 when the draft shortens the L2 budget from 120 to 60 minutes', () => {
    const history = [
      // 90 min at L2: out of budget at its 60th minute, the last 30 at L3.
      escalation([stay(1, t(0), t(20)), stay(2, t(20), t(110))]),
      // 50 min at L2: within either budget.
      escalation([stay(1, t(0), t(10)), stay(2, t(10), t(60))]),
      // Escalated to L3 by hand after 100 min at L2: the draft was there at minute 70, the move changes nothing.
      escalation([stay(1, t(0), t(10)), stay(2, t(10), t(110)), stay(3, t(110), t(140))]),
    ];
    const result = replayProcedure(history, procedure({ budgets: { 2: 60 } }), procedure(), CALENDARS, NOW);
    expect(levelsOf(result.actual)).toEqual([
      [1, 3, 0],
      [2, 3, 0],
      [3, 1, 0],
      [4, 0, 0],
    ]);
    expect(levelsOf(result.draft)).toEqual([
      [1, 3, 0],
      [2, 3, 2],
      [3, 2, 0],
      [4, 0, 0],
    ]);
  });

  it('gives the same figures on both sides for a draft identical to the actual version', () => {
    const history = [
      // Out of L1 at 60, the recorded move to L2 at 75 catches up; L2 from 60 runs out at 180; L3 from then on.
      escalation([stay(1, t(0), t(75)), stay(2, t(75), t(400))], { acknowledgedAt: t(45) }),
      // Out of L3 at 260 (240 min after 20), at L4 until the recorded de-escalation to L2 at 900.
      escalation([stay(1, t(0), t(20)), stay(3, t(20), t(900)), stay(2, t(900), t(950))]),
      // Still at L1 after a week: out of L1 at 60, of L2 at 180, of L3 at 420.
      escalation([stay(1, t(0), null)], { acknowledgedAt: null, resolvedAt: null }),
      // Reopened at L2 at 90: its budget restarts and runs out at 210.
      escalation([stay(2, t(0), t(30)), stay(2, t(90), t(300))], { reopenedAt: t(90), severity: 'S1' }),
    ];
    const result = replayProcedure(history, procedure(), () => procedure(), CALENDARS, NOW);
    expect(result.draft).toEqual(result.actual);
    expect(levelsOf(result.actual)).toEqual([
      [1, 3, 2],
      [2, 4, 3],
      [3, 4, 2],
      [4, 2, 0],
    ]);
  });

  it('replays each escalation under its own version on the actual side', () => {
    const versions: Record<string, ProcedureDefinition> = { v1: procedure(), v2: procedure({ budgets: { 1: 30 } }) };
    const history = [
      escalation([stay(1, t(0), t(45))], { procedureVersionId: 'v1' }),
      escalation([stay(1, t(0), t(45))], { procedureVersionId: 'v2' }),
    ];
    const result = replayProcedure(history, procedure(), (id) => versions[id] ?? procedure(), CALENDARS, NOW);
    expect(result.actual.levels[0]?.autoEscalations).toBe(1);
    expect(result.draft.levels[0]?.autoEscalations).toBe(0);
  });

  it('uses the calendar of the team at the level for a "team" target', () => {
    // Monday 16:40 to Tuesday 09:05: 25 minutes on the team's office hours, over 16 hours around the clock.
    const history = [escalation([stay(1, t(400), new Date('2026-03-03T09:05:00Z'))])];
    const draft = procedure({ calendar: 'team', budgets: { 1: 30 } });
    const office = new Map([[TEAM[0] ?? '', CALENDARS[1]?.id ?? null]]);
    const onOffice = replayProcedure(history, draft, draft, CALENDARS, { ...NOW, teamCalendarIds: office });
    const without = replayProcedure(history, draft, draft, CALENDARS, NOW);
    expect(onOffice.draft.levels[0]?.autoEscalations).toBe(0);
    expect(without.draft.levels[0]?.autoEscalations).toBe(1);
  });

  describe('an escalation still open', () => {
    const open = escalation([stay(1, t(0), null)], { acknowledgedAt: null, resolvedAt: null });
    const draft = procedure({ budgets: { 1: 30 }, s2: { responseMinutes: 15, resolutionMinutes: 40 } });
    const at = (minutes: number) => replayProcedure([open], draft, procedure(), CALENDARS, { now: t(minutes) });

    it('is not breached nor moved up before its due times', () => {
      const { draft: figures } = at(14);
      expect(s2Of(figures)).toMatchObject({ responseBreaches: 0, resolutionBreaches: 0 });
      expect(figures.levels[0]?.autoEscalations).toBe(0);
    });

    it('counts each due time once `now` is past it', () => {
      expect(s2Of(at(20).draft)).toMatchObject({ responseBreaches: 1, resolutionBreaches: 0 });
      expect(levelsOf(at(35).draft).slice(0, 2)).toEqual([
        [1, 1, 1],
        [2, 1, 0],
      ]);
      expect(s2Of(at(45).draft)).toMatchObject({ responseBreaches: 1, resolutionBreaches: 1 });
      expect(s2Of(at(45).actual)).toMatchObject({ responseBreaches: 1, resolutionBreaches: 0 });
    });

    it('stands still while it waits on the stakeholder, on business hours too', () => {
      const waiting = { ...open, pauses: [{ from: t(10), to: null }] };
      for (const calendar of ['24x7', 'office']) {
        const definition = procedure({ calendar, budgets: { 1: 30 }, s2: { responseMinutes: 15 } });
        const result = replayProcedure([waiting], definition, definition, CALENDARS, { now: t(3 * 24 * 60) });
        expect(s2Of(result.draft)).toMatchObject({ responseBreaches: 0, resolutionBreaches: 0 });
        expect(result.draft.levels[0]?.autoEscalations).toBe(0);
      }
    });
  });

  it('states its assumptions', () => {
    const { assumptions } = replayProcedure([], procedure(), procedure(), CALENDARS, NOW);
    expect(assumptions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Time at a level is taken as observed/),
        expect.stringMatching(/resolved when it actually was/),
        'Trigger rules are not replayed.',
      ]),
    );
  });

  it('replays 20,000 escalations of 90 days well within 5 s', () => {
    const history = syntheticHistory(20_000);
    const draft = procedure({ calendar: 'office', budgets: { 1: 30, 2: 90 } });
    const started = performance.now();
    const result = replayProcedure(history, draft, procedure({ calendar: 'office' }), CALENDARS, {
      now: t(91 * 24 * 60),
    });
    const elapsed = performance.now() - started;
    console.info(`what-if replay of ${history.length} escalations: ${Math.round(elapsed)} ms`);
    expect(result.escalations).toBe(20_000);
    expect(elapsed).toBeLessThan(5000);
  });
});

function nothing(severity: Severity) {
  return { ...breaches(severity, 0, 0, 0), responseBreachRate: null, resolutionBreachRate: null };
}

function breaches(severity: Severity, escalations: number, response: number, resolution: number) {
  return { severity, escalations, responseBreaches: response, resolutionBreaches: resolution };
}

/** Deterministic history: escalations every ~6.5 min over 90 days, 1 to 3 stays, some paused, the last ones open. */
function syntheticHistory(count: number): ReplayEscalation[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return Array.from({ length: count }, (_, i) => {
    const created = t((i * 90 * 24 * 60) / count);
    const stays: ReplayStay[] = [];
    let at = created;
    const levels = 1 + Math.floor(random() * 3);
    for (let level = 1; level <= levels; level++) {
      const leftAt = new Date(at.getTime() + (5 + random() * 600) * 60_000);
      stays.push(stay(level, at, i > count - 50 && level === levels ? null : leftAt));
      at = leftAt;
    }
    const pauses = random() < 0.2 ? [{ from: new Date(created.getTime() + 600_000), to: at }] : [];
    return escalation(stays, {
      severity: SEVERITIES[Math.floor(random() * 4)] ?? 'S2',
      acknowledgedAt: new Date(created.getTime() + random() * 3_600_000),
      pauses,
    });
  });
}
