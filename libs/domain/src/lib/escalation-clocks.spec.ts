import type { Calendar, EventType, SeverityTarget } from '@ladder/contracts';
import { escalationClocks, type ClockEvent, type EscalationClocksInput } from './escalation-clocks';

const at = (iso: string) => new Date(iso);
const event = (type: EventType, iso: string, extra: Partial<ClockEvent> = {}): ClockEvent => ({
  type,
  at: at(iso),
  visibility: 'internal',
  ...extra,
});
const created = event('created', '2026-03-02T10:00:00Z');
const s2: SeverityTarget = {
  severity: 'S2',
  label: 'High',
  responseMinutes: 30,
  resolutionMinutes: 480,
  updateCadenceMinutes: 60,
  calendar: '24x7',
};
/** S2 on a 24x7 calendar at L1 (budget 30 minutes), created Monday 2026-03-02 10:00Z. */
const clocks = (events: ClockEvent[], now: string, overrides: Partial<EscalationClocksInput> = {}) =>
  escalationClocks({
    events: [created, ...events],
    target: s2,
    levelBudgetMinutes: 30,
    calendar: { kind: '24x7' },
    warningRatio: 0.75,
    now: at(now),
    ...overrides,
  });

describe('escalationClocks', () => {
  it('meets the response when acknowledged in time', () => {
    // 30 minutes from 10:00Z is 10:30Z, warning at 22.5 minutes; acknowledged after 20 minutes.
    expect(clocks([event('acknowledge', '2026-03-02T10:20:00Z')], '2026-03-02T10:25:00Z').response).toEqual({
      dueAt: at('2026-03-02T10:30:00Z'),
      elapsedSeconds: 1200,
      remainingSeconds: 600,
      state: 'met',
      stoppedAt: at('2026-03-02T10:20:00Z'),
      warningAt: at('2026-03-02T10:22:30Z'),
      warning: false,
      startedAt: at('2026-03-02T10:00:00Z'),
    });
  });

  it('pushes the resolution due time out by the time spent waiting', () => {
    const wait = event('wait', '2026-03-02T10:40:00Z');
    // 480 minutes from 10:00Z is 18:00Z, plus 60 minutes waiting 10:40Z-11:40Z gives 19:00Z; 2 h less 1 h elapsed.
    const resumed = clocks([wait, event('resume', '2026-03-02T11:40:00Z')], '2026-03-02T12:00:00Z').resolution;
    expect(resumed).toMatchObject({ dueAt: at('2026-03-02T19:00:00Z'), elapsedSeconds: 3600, state: 'running' });
    // Still waiting at 11:10Z: 30 minutes paused so far, so 18:30Z, and 40 minutes elapsed.
    expect(clocks([wait], '2026-03-02T11:10:00Z').resolution).toMatchObject({
      dueAt: at('2026-03-02T18:30:00Z'),
      elapsedSeconds: 2400,
      state: 'paused',
    });
  });

  it('starts the level budget again when the escalation changes level', () => {
    const events = [
      event('wait', '2026-03-02T10:30:00Z'),
      event('resume', '2026-03-02T10:40:00Z'),
      event('escalate', '2026-03-02T10:45:00Z'),
    ];
    // L2's 60 minutes count from the escalation at 10:45Z (the earlier wait does not matter): due 11:45Z.
    expect(clocks(events, '2026-03-02T11:00:00Z', { levelBudgetMinutes: 60 }).levelBudget).toMatchObject({
      dueAt: at('2026-03-02T11:45:00Z'),
      elapsedSeconds: 900,
      state: 'running',
    });
  });

  it('restarts the resolution clock at the last reopen', () => {
    const resolved = event('resolve', '2026-03-02T11:00:00Z');
    // Resolved after 60 of 480 minutes: met, due 18:00Z.
    expect(clocks([resolved], '2026-03-02T11:30:00Z').resolution).toMatchObject({
      dueAt: at('2026-03-02T18:00:00Z'),
      stoppedAt: at('2026-03-02T11:00:00Z'),
      state: 'met',
    });
    // Reopened at 12:00Z: 480 minutes from there is 20:00Z, 30 minutes elapsed at 12:30Z, the old resolve ignored.
    const reopened = clocks([resolved, event('reopen', '2026-03-02T12:00:00Z')], '2026-03-02T12:30:00Z').resolution;
    expect(reopened).toMatchObject({
      dueAt: at('2026-03-02T20:00:00Z'),
      elapsedSeconds: 1800,
      stoppedAt: null,
      state: 'running',
    });
  });

  it('resets the update cadence on a public update only, and never pauses it', () => {
    const internal = [
      event('comment', '2026-03-02T10:50:00Z'),
      event('stakeholder-update', '2026-03-02T10:55:00Z', { visibility: 'internal' }),
      event('wait', '2026-03-02T10:56:00Z'),
    ];
    // Only internal notes: 60 minutes from creation is 11:00Z, 10 minutes over at 11:10Z despite the wait.
    expect(clocks(internal, '2026-03-02T11:10:00Z').updateCadence).toMatchObject({
      dueAt: at('2026-03-02T11:00:00Z'),
      remainingSeconds: -600,
      state: 'breached',
    });
    const withPublic = [event('stakeholder-update', '2026-03-02T10:30:00Z', { visibility: 'public' }), ...internal];
    // The public update at 10:30Z restarts it: due 11:30Z, 40 minutes elapsed at 11:10Z.
    expect(clocks(withPublic, '2026-03-02T11:10:00Z').updateCadence).toMatchObject({
      dueAt: at('2026-03-02T11:30:00Z'),
      elapsedSeconds: 2400,
      state: 'running',
    });
  });

  it('counts business hours and pauses across a weekend', () => {
    const day = [['09:00', '17:00']] as [string, string][];
    /** Europe/Berlin Mon-Fri 09:00-17:00; January is CET, UTC+1. */
    const office: Calendar = {
      kind: 'business-hours',
      timeZone: 'Europe/Berlin',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [],
    };
    const result = escalationClocks({
      // Created Friday 2026-01-16 15:00 CET, waiting Friday 16:00 CET to Monday 10:00 CET.
      events: [
        event('created', '2026-01-16T14:00:00Z'),
        event('wait', '2026-01-16T15:00:00Z'),
        event('resume', '2026-01-19T09:00:00Z'),
      ],
      target: { ...s2, severity: 'S3', responseMinutes: 240, updateCadenceMinutes: 480, calendar: 'business-hours' },
      levelBudgetMinutes: 120,
      calendar: office,
      warningRatio: 0.75,
      now: at('2026-01-19T10:00:00Z'),
    });
    // 240 minutes: Fri 15-16 and Mon 10-13 CET (2 working hours paused) = Mon 12:00Z; 1 h Fri + 1 h Mon elapsed.
    expect(result.response).toMatchObject({ dueAt: at('2026-01-19T12:00:00Z'), elapsedSeconds: 7200 });
    // 480 minutes without pauses: Fri 15-17 and Mon 09-15 CET = Mon 14:00Z.
    expect(result.updateCadence.dueAt).toEqual(at('2026-01-19T14:00:00Z'));
  });

  it('refuses events that do not start with created', () => {
    expect(() => clocks([], '2026-03-02T10:00:00Z', { events: [] })).toThrow(RangeError);
  });
});
