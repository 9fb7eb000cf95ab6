import type {
  BusinessHoursCalendar,
  EventType,
  ProcedureDefinition,
  SeverityTarget,
  TriggerRule,
} from '@ladder/contracts';
import type { ClockEvent } from './escalation-clocks';
import { alertWindowMinutes, planEscalation, type EscalationFacts, type SlaPlanInput } from './sla-plan';

const at = (iso: string) => new Date(iso);
const event = (type: EventType, iso: string, details?: Record<string, unknown>): ClockEvent => ({
  type,
  at: at(iso),
  visibility: type === 'stakeholder-update' ? 'public' : 'internal',
  details: details ?? null,
});
const CREATED = '2026-03-02T10:00:00.000Z';
const created = event('created', CREATED);

const s2: SeverityTarget = {
  severity: 'S2',
  label: 'High',
  responseMinutes: 30,
  resolutionMinutes: 480,
  updateCadenceMinutes: 60,
  calendar: '24x7',
};
const level = (n: number, budget: number) => ({
  level: n,
  name: `L${n}`,
  teamIds: ['00000000-0000-4000-8000-000000000001'],
  defaultTeamId: '00000000-0000-4000-8000-000000000001',
  budgetMinutes: { S1: budget, S2: budget, S3: 120, S4: 480 },
  runbook: '',
  contacts: [],
});
const unacknowledgedS2: TriggerRule = {
  id: 's2-unacknowledged',
  name: 'Unacknowledged S2 to L2',
  when: { severity: ['S2'], level: [1], unacknowledgedMinutes: 20 },
  then: { action: 'escalate', toLevel: 2 },
};
const definition: SlaPlanInput['definition'] = {
  levels: [level(1, 30), level(2, 60)],
  rules: [],
  reminderMinutes: 15,
  warningRatio: 0.75,
};
const open: EscalationFacts = {
  severity: 'S2',
  category: 'network',
  affectedService: 'VPN',
  level: 1,
  status: 'open',
};

/** S2 on 24x7 at L1 (budget 30 min), created Monday 2026-03-02 10:00Z, no rules unless given. */
const plan = (events: ClockEvent[], now: string, overrides: Partial<SlaPlanInput> = {}) =>
  planEscalation({
    escalation: open,
    events: [created, ...events],
    definition,
    target: s2,
    calendar: { kind: '24x7' },
    now: at(now),
    ...overrides,
  });

describe('planEscalation', () => {
  it('does nothing at creation and looks again at the first warning (75 % of 30 min = 10:22:30)', () => {
    const p = plan([], '2026-03-02T10:00:00Z');
    expect(p.actions).toEqual([]);
    expect(p.nextCheckAt).toEqual(at('2026-03-02T10:22:30Z'));
    expect(p.nextDueAt).toEqual(at('2026-03-02T10:30:00Z'));
    expect(p.state).toBe('ok');
  });

  it('warns for the response and level clocks at 10:22:30, then looks again just after they are due', () => {
    const p = plan([], '2026-03-02T10:22:30Z');
    expect(p.actions).toEqual([
      {
        kind: 'warning',
        clock: 'response',
        startedAt: at('2026-03-02T10:00:00Z'),
        warningAt: at('2026-03-02T10:22:30Z'),
        dueAt: at('2026-03-02T10:30:00Z'),
      },
      {
        kind: 'warning',
        clock: 'levelBudget',
        startedAt: at('2026-03-02T10:00:00Z'),
        warningAt: at('2026-03-02T10:22:30Z'),
        dueAt: at('2026-03-02T10:30:00Z'),
      },
    ]);
    expect(p.state).toBe('warning');
    expect(p.nextCheckAt).toEqual(at('2026-03-02T10:30:00.001Z'));
  });

  it('breaches just after the due time and escalates on the timer when the level budget runs out', () => {
    const warned = [
      event('sla-warning', '2026-03-02T10:22:30Z', { clock: 'response', startedAt: CREATED }),
      event('sla-warning', '2026-03-02T10:22:30Z', { clock: 'levelBudget', startedAt: CREATED }),
    ];
    expect(plan(warned, '2026-03-02T10:30:00Z').actions).toEqual([]);
    expect(plan(warned, '2026-03-02T10:30:00Z').nextCheckAt).toEqual(at('2026-03-02T10:30:00.001Z'));
    const p = plan(warned, '2026-03-02T10:30:01Z');
    expect(p.actions).toEqual([
      { kind: 'breach', clock: 'response', startedAt: at('2026-03-02T10:00:00Z'), dueAt: at('2026-03-02T10:30:00Z') },
      {
        kind: 'breach',
        clock: 'levelBudget',
        startedAt: at('2026-03-02T10:00:00Z'),
        dueAt: at('2026-03-02T10:30:00Z'),
      },
      { kind: 'auto-escalate', fromLevel: 1, toLevel: 2 },
    ]);
    expect(p.state).toBe('breached');
  });

  it('tells a breach at the old level from one at the new level even within one millisecond', () => {
    const sameInstant = '2026-03-02T10:30:01.000Z';
    const climbed = [
      event('sla-breach', sameInstant, { clock: 'levelBudget', startedAt: CREATED }),
      event('escalate', sameInstant),
    ];
    const atL2 = { escalation: { ...open, level: 2 }, target: { ...s2, updateCadenceMinutes: 600 } };
    const overL2 = plan(climbed, '2026-03-02T11:30:02Z', atL2).actions.filter((a) => a.kind === 'breach');
    expect(overL2).toContainEqual({
      kind: 'breach',
      clock: 'levelBudget',
      startedAt: at(sameInstant),
      dueAt: at('2026-03-02T11:30:01Z'),
    });
  });

  it('reminds every 15 minutes while the response is breached and unacknowledged', () => {
    const rarely = { target: { ...s2, updateCadenceMinutes: 600 } };
    const breached = [
      event('sla-warning', '2026-03-02T10:22:30Z', { clock: 'response', startedAt: CREATED }),
      event('sla-breach', '2026-03-02T10:30:01Z', { clock: 'response', startedAt: CREATED }),
    ];
    // The level budget was never warned in this history, so it is due too; the first reminder is not yet.
    expect(plan(breached, '2026-03-02T10:44:59Z', rarely).actions.map((a) => a.kind)).toEqual([
      'warning',
      'breach',
      'auto-escalate',
    ]);
    const l2 = { ...rarely, escalation: { ...open, level: 2 } };
    const atL2 = [...breached, event('escalate', '2026-03-02T10:30:02Z')];
    expect(plan(atL2, '2026-03-02T10:45:00Z', l2).actions).toEqual([{ kind: 'reminder', count: 1 }]);
    const reminded = [...atL2, event('reminder', '2026-03-02T10:45:00Z')];
    const later = plan(reminded, '2026-03-02T10:50:00Z', l2);
    expect(later.actions).toEqual([]);
    expect(later.nextCheckAt).toEqual(at('2026-03-02T11:00:00Z'));
    const acknowledged = [...reminded, event('acknowledge', '2026-03-02T10:55:00Z')];
    const quiet = plan(acknowledged, '2026-03-02T11:10:00Z', {
      ...l2,
      escalation: { ...l2.escalation, status: 'acknowledged' },
    });
    expect(quiet.actions).toEqual([]);
    // L2 budget 60 min from 10:30:02 warns at 11:15:02.
    expect(quiet.nextCheckAt).toEqual(at('2026-03-02T11:15:02Z'));
  });

  it('pauses the response, resolution and level clocks while waiting: no deadlines but the update cadence', () => {
    const events = [
      event('acknowledge', '2026-03-02T10:05:00Z'),
      event('stakeholder-update', '2026-03-02T10:06:00Z'),
      event('wait', '2026-03-02T10:10:00Z'),
    ];
    const p = plan(events, '2026-03-02T10:20:00Z', { escalation: { ...open, status: 'waiting' } });
    expect(p.actions).toEqual([]);
    expect(p.state).toBe('paused');
    // Update cadence: 60 min from the public update at 10:06 warns at 10:51.
    expect(p.nextCheckAt).toEqual(at('2026-03-02T10:51:00Z'));
    expect(p.nextDueAt).toEqual(at('2026-03-02T11:06:00Z'));
  });

  it('fires a timed rule once, when it starts to hold, and again only at a new level', () => {
    const withRule = { ...definition, rules: [unacknowledgedS2] };
    expect(plan([], '2026-03-02T10:00:00Z', { definition: withRule }).nextCheckAt).toEqual(at('2026-03-02T10:20:00Z'));
    expect(plan([], '2026-03-02T10:20:00Z', { definition: withRule }).actions).toEqual([
      { kind: 'rule', rule: unacknowledgedS2, stintStartedAt: at(CREATED) },
    ]);
    const fired = [
      event('rule-fired', '2026-03-02T10:20:00Z', { ruleId: 's2-unacknowledged', stintStartedAt: CREATED }),
    ];
    expect(plan(fired, '2026-03-02T10:21:00Z', { definition: withRule }).actions).toEqual([]);
    const movedOn = [...fired, event('escalate', '2026-03-02T10:21:00Z'), event('de-escalate', '2026-03-02T10:22:00Z')];
    // Back at L1 on a new stint, still unacknowledged: the rule holds again.
    expect(plan(movedOn, '2026-03-02T10:22:00Z', { definition: withRule }).actions).toEqual([
      { kind: 'rule', rule: unacknowledgedS2, stintStartedAt: at('2026-03-02T10:22:00Z') },
    ]);
    // Acknowledged at 10:10: the condition can no longer hold.
    const acked = plan([event('acknowledge', '2026-03-02T10:10:00Z')], '2026-03-02T10:25:00Z', {
      definition: withRule,
      escalation: { ...open, status: 'acknowledged' },
    });
    // Only the level budget's warning (10:22:30) is due; the rule is not.
    expect(acked.actions.map((a) => a.kind)).toEqual(['warning']);
  });

  it('lets the timer escalation win over an escalating rule that holds at the same time', () => {
    const rule = { ...unacknowledgedS2, when: { ...unacknowledgedS2.when, unacknowledgedMinutes: 30 } };
    const p = plan([], '2026-03-02T10:31:00Z', { definition: { ...definition, rules: [rule] } });
    expect(p.actions.map((a) => a.kind)).toEqual(['warning', 'breach', 'warning', 'breach', 'auto-escalate']);
  });

  it('raises severity and notifies through static rules, skipping rules that would change nothing', () => {
    const raise: TriggerRule = {
      id: 'security-s2',
      name: 'Security is at least S2',
      when: { category: ['security'] },
      then: { action: 'raise-severity', to: 'S2' },
    };
    const notify: TriggerRule = {
      id: 'handovers',
      name: 'Passed around',
      when: { reassignmentsAtLeast: 2 },
      then: { action: 'notify', contact: 'Duty' },
    };
    const rules: ProcedureDefinition['rules'] = [raise, notify];
    const s3Security = { ...open, severity: 'S3' as const, category: 'security' };
    const handovers = [event('assign', '2026-03-02T10:01:00Z'), event('assign', '2026-03-02T10:02:00Z')];
    const p = plan(handovers, '2026-03-02T10:03:00Z', { definition: { ...definition, rules }, escalation: s3Security });
    expect(p.actions).toEqual([
      { kind: 'rule', rule: raise, stintStartedAt: at(CREATED) },
      { kind: 'rule', rule: notify, stintStartedAt: at(CREATED) },
    ]);
    // A rule without a level condition fires once per escalation, even after a level change.
    const notified = [...handovers, event('rule-fired', '2026-03-02T10:03:00Z', { ruleId: 'handovers' })];
    const moved = [...notified, event('escalate', '2026-03-02T10:04:00Z')];
    const atL2 = { definition: { ...definition, rules: [notify] }, escalation: { ...open, level: 2 } };
    expect(plan(moved, '2026-03-02T10:05:00Z', atL2).actions).toEqual([]);
    const alreadyS2 = plan(handovers, '2026-03-02T10:03:00Z', {
      definition: { ...definition, rules },
      escalation: { ...s3Security, severity: 'S2' },
    });
    expect(alreadyS2.actions).toEqual([{ kind: 'rule', rule: notify, stintStartedAt: at(CREATED) }]);
  });

  describe('more than 5 firing alerts for the service within 10 minutes', () => {
    const storm: TriggerRule = {
      id: 'alert-storm',
      name: 'Alert storm',
      when: { alertsForService: { moreThan: 5, withinMinutes: 10 } },
      then: { action: 'raise-severity', to: 'S1' },
    };
    const storming = { ...definition, rules: [storm] };
    const NOW = '2026-03-02T10:05:00Z';
    // The window is (09:55:00, 10:05:00]: the first counts, just inside, the last arrived right now.
    const six = ['09:55:00.001', '09:57:00', '09:59:00', '10:01:00', '10:03:00', '10:05:00'].map((hms) =>
      at(`2026-03-02T${hms}Z`),
    );
    const withAlerts = (alertTimes: Date[], overrides: Partial<SlaPlanInput> = {}) =>
      plan([], NOW, { definition: storming, alertTimes, ...overrides });

    it('holds at 6 alerts, raising the severity at once', () => {
      expect(withAlerts(six).actions).toEqual([{ kind: 'rule', rule: storm, stintStartedAt: at(CREATED) }]);
    });

    it('does not hold at 5, nor with the 6th just 10 or 11 minutes old, nor arriving after now', () => {
      const five = six.slice(1);
      expect(withAlerts(five).actions).toEqual([]);
      expect(withAlerts([at('2026-03-02T09:55:00Z'), ...five]).actions).toEqual([]);
      expect(withAlerts([at('2026-03-02T09:54:00Z'), ...five]).actions).toEqual([]);
      expect(withAlerts([...five, at('2026-03-02T10:05:00.001Z')]).actions).toEqual([]);
      expect(plan([], NOW, { definition: storming }).actions).toEqual([]);
    });

    it('schedules no look of its own: the next alert has the escalation planned again', () => {
      expect(withAlerts(six.slice(1)).nextCheckAt).toEqual(at('2026-03-02T10:22:30Z'));
    });

    it('fires once per escalation, even after a level change, however many alerts follow', () => {
      const fired = [event('rule-fired', NOW, { ruleId: 'alert-storm', stintStartedAt: CREATED })];
      const more = [...six, at('2026-03-02T10:06:00Z')];
      expect(plan(fired, '2026-03-02T10:06:00Z', { definition: storming, alertTimes: more }).actions).toEqual([]);
      const moved = [...fired, event('escalate', '2026-03-02T10:06:00Z')];
      const atL2 = { definition: storming, alertTimes: more, escalation: { ...open, level: 2 } };
      expect(plan(moved, '2026-03-02T10:06:00Z', atL2).actions).toEqual([]);
    });

    it('needs the other conditions of the rule too, e.g. the severity', () => {
      const s3Storm: TriggerRule = { ...storm, when: { ...storm.when, severity: ['S3'] } };
      const rules = { definition: { ...definition, rules: [s3Storm] } };
      expect(withAlerts(six, rules).actions).toEqual([]);
      expect(withAlerts(six, { ...rules, escalation: { ...open, severity: 'S3' } }).actions).toEqual([
        { kind: 'rule', rule: s3Storm, stintStartedAt: at(CREATED) },
      ]);
    });

    it('escalates when that is its action, unless already at that level or higher', () => {
      const escalate: TriggerRule = { ...storm, then: { action: 'escalate', toLevel: 2 } };
      const rules = { definition: { ...definition, rules: [escalate] } };
      expect(withAlerts(six, rules).actions).toEqual([{ kind: 'rule', rule: escalate, stintStartedAt: at(CREATED) }]);
      expect(withAlerts(six, { ...rules, escalation: { ...open, level: 2 } }).actions).toEqual([]);
    });

    it('does not raise the severity of an escalation already as severe', () => {
      expect(withAlerts(six, { escalation: { ...open, severity: 'S1' } }).actions).toEqual([]);
    });

    it('tells the longest window the rules count alerts in, or null when none does', () => {
      const daily: TriggerRule = {
        ...storm,
        id: 'daily',
        when: { alertsForService: { moreThan: 50, withinMinutes: 1440 } },
      };
      expect(alertWindowMinutes([storm, unacknowledgedS2, daily])).toBe(1440);
      expect(alertWindowMinutes([storm])).toBe(10);
      expect(alertWindowMinutes([unacknowledgedS2])).toBeNull();
    });
  });

  it('counts business hours across a weekend and the start of daylight saving time', () => {
    const newYork: BusinessHoursCalendar = {
      kind: 'business-hours',
      timeZone: 'America/New_York',
      hours: {
        mon: [['09:00', '17:00']],
        tue: [['09:00', '17:00']],
        wed: [['09:00', '17:00']],
        thu: [['09:00', '17:00']],
        fri: [['09:00', '17:00']],
      },
      holidays: [],
    };
    const s3: SeverityTarget = {
      ...s2,
      severity: 'S3',
      responseMinutes: 240,
      resolutionMinutes: 2880,
      updateCadenceMinutes: 480,
    };
    // Friday 2026-03-06 16:00 EST = 21:00Z; clocks move to EDT on Sunday 8 March.
    const friday = event('created', '2026-03-06T21:00:00Z');
    const p = planEscalation({
      escalation: { ...open, severity: 'S3' },
      events: [friday],
      definition,
      target: s3,
      calendar: newYork,
      now: at('2026-03-06T21:00:00Z'),
    });
    // Level budget 120 min: 60 on Friday, 60 on Monday 09:00-10:00 EDT = 14:00Z; warning after 90 min = 13:30Z.
    expect(p.clocks.levelBudget.dueAt).toEqual(at('2026-03-09T14:00:00Z'));
    expect(p.nextCheckAt).toEqual(at('2026-03-09T13:30:00Z'));
    expect(p.nextDueAt).toEqual(at('2026-03-09T14:00:00Z'));
    // Response 240 min: 60 on Friday, 180 on Monday until 12:00 EDT = 16:00Z.
    expect(p.clocks.response.dueAt).toEqual(at('2026-03-09T16:00:00Z'));
  });

  it('is done, with no actions, once resolved', () => {
    const p = plan([event('resolve', '2026-03-02T10:10:00Z')], '2026-03-02T12:00:00Z', {
      escalation: { ...open, status: 'resolved' },
    });
    expect(p).toMatchObject({ state: 'done', nextDueAt: null, actions: [], nextCheckAt: null });
  });
});
