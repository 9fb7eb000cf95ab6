import type { Calendar } from '@ladder/contracts';
import { slaClock, type ClockInput } from './sla-clock';

const day = [['09:00', '17:00']] as [string, string][];
/** Europe/Berlin Mon-Fri 09:00-17:00; January is CET, UTC+1. */
const office: Calendar = {
  kind: 'business-hours',
  timeZone: 'Europe/Berlin',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [],
};
const at = (iso: string) => new Date(iso);
const pause = (from: string, to: string | null) => ({ from: at(from), to: to === null ? null : at(to) });
/** 120 working minutes from Monday 2026-01-12 09:00 CET (08:00Z): due 11:00 CET = 10:00Z. */
const clock = (overrides: Partial<ClockInput>) =>
  slaClock({
    targetMinutes: 120,
    calendar: office,
    startedAt: at('2026-01-12T08:00:00Z'),
    pauses: [],
    stoppedAt: null,
    now: at('2026-01-12T08:00:00Z'),
    ...overrides,
  });

describe('slaClock', () => {
  it('runs and warns at 75 % of the target', () => {
    // 90 of 120 minutes pass at 10:30 CET = 09:30Z; one second earlier there is no warning yet.
    const expected = { dueAt: at('2026-01-12T10:00:00Z'), warningAt: at('2026-01-12T09:30:00Z'), stoppedAt: null };
    expect(clock({ now: at('2026-01-12T09:29:59Z') })).toEqual({
      ...expected,
      elapsedSeconds: 5399,
      remainingSeconds: 1801,
      state: 'running',
      warning: false,
    });
    expect(clock({ now: at('2026-01-12T09:30:00Z') })).toEqual({
      ...expected,
      elapsedSeconds: 5400,
      remainingSeconds: 1800,
      state: 'running',
      warning: true,
    });
  });

  it('takes the warning ratio of the procedure', () => {
    // Half of 120 minutes: 10:00 CET = 09:00Z.
    expect(clock({ warningRatio: 0.5 }).warningAt).toEqual(at('2026-01-12T09:00:00Z'));
  });

  it('pushes the due time out by a closed pause in working time', () => {
    // Waiting 09:30-10:00 CET: 30 minutes more, due 11:30 CET; at 10:15 CET 30 + 15 minutes have counted.
    const result = clock({
      pauses: [pause('2026-01-12T08:30:00Z', '2026-01-12T09:00:00Z')],
      now: at('2026-01-12T09:15:00Z'),
    });
    expect(result).toMatchObject({
      dueAt: at('2026-01-12T10:30:00Z'),
      elapsedSeconds: 2700,
      remainingSeconds: 4500,
      state: 'running',
    });
  });

  it('is paused during an open pause, which counts until now and stops the remaining time', () => {
    // Waiting since 09:30 CET, now 10:15 CET: 30 minutes counted, 45 paused, due 09:00 + 120 + 45 = 11:45 CET.
    const result = clock({ pauses: [pause('2026-01-12T08:30:00Z', null)], now: at('2026-01-12T09:15:00Z') });
    expect(result).toMatchObject({
      dueAt: at('2026-01-12T10:45:00Z'),
      elapsedSeconds: 1800,
      remainingSeconds: 5400,
      state: 'paused',
      warning: false,
    });
  });

  it('pushes the due time out only by the working part of a pause across the weekend', () => {
    // Start Fri 2026-01-09 16:00 CET. Waiting Fri 16:30 -> Mon 09:30 CET covers 30 + 30 working minutes, so the
    // due time moves from Mon 10:00 to 11:00 CET. At Mon 10:00 CET: counted Fri 16:00-16:30 and Mon 09:30-10:00.
    // Warning after 90 counted minutes: 30 on Friday + 60 from Mon 09:30 = 10:30 CET.
    const result = clock({
      startedAt: at('2026-01-09T15:00:00Z'),
      pauses: [pause('2026-01-09T15:30:00Z', '2026-01-12T08:30:00Z')],
      now: at('2026-01-12T09:00:00Z'),
    });
    expect(result).toEqual({
      dueAt: at('2026-01-12T10:00:00Z'),
      warningAt: at('2026-01-12T09:30:00Z'),
      elapsedSeconds: 3600,
      remainingSeconds: 3600,
      state: 'running',
      stoppedAt: null,
      warning: false,
    });
  });

  it('ignores a pause that lies wholly in non-working time', () => {
    // Waiting Sat 10:00 -> Sun 12:00: due stays Mon 10:00 CET for a Fri 16:00 CET start; at Mon 09:30 CET
    // 60 minutes on Friday and 30 on Monday have counted.
    const result = clock({
      startedAt: at('2026-01-09T15:00:00Z'),
      pauses: [pause('2026-01-10T09:00:00Z', '2026-01-11T11:00:00Z')],
      now: at('2026-01-12T08:30:00Z'),
    });
    expect(result).toMatchObject({ dueAt: at('2026-01-12T09:00:00Z'), elapsedSeconds: 5400, state: 'running' });
  });

  it('is met when stopped before the due time, and ignores pauses after the stop', () => {
    // Stopped at 10:45 CET: 105 minutes counted, 15 to spare; waiting afterwards changes nothing.
    const result = clock({
      stoppedAt: at('2026-01-12T09:45:00Z'),
      pauses: [pause('2026-01-12T11:00:00Z', null)],
      now: at('2026-01-13T12:00:00Z'),
    });
    expect(result).toEqual({
      dueAt: at('2026-01-12T10:00:00Z'),
      warningAt: at('2026-01-12T09:30:00Z'),
      elapsedSeconds: 6300,
      remainingSeconds: 900,
      state: 'met',
      stoppedAt: at('2026-01-12T09:45:00Z'),
      warning: false,
    });
  });

  it('is breached when met after the due time, keeping the stop', () => {
    // Stopped at 11:20 CET, 20 minutes late.
    const result = clock({ stoppedAt: at('2026-01-12T10:20:00Z'), now: at('2026-01-13T12:00:00Z') });
    expect(result).toMatchObject({
      elapsedSeconds: 8400,
      remainingSeconds: -1200,
      state: 'breached',
      stoppedAt: at('2026-01-12T10:20:00Z'),
      warning: false,
    });
  });

  it('is breached once past a due time at closing, even while nothing more counts', () => {
    // Start Mon 15:00 CET, due at closing 17:00 CET = 16:00Z; at 18:00 CET 120 minutes have counted.
    const input = { startedAt: at('2026-01-12T14:00:00Z') };
    expect(clock({ ...input, now: at('2026-01-12T16:00:00Z') }).state).toBe('running');
    expect(clock({ ...input, now: at('2026-01-12T17:00:00Z') })).toMatchObject({
      dueAt: at('2026-01-12T16:00:00Z'),
      elapsedSeconds: 7200,
      remainingSeconds: 0,
      state: 'breached',
    });
  });

  it('stays breached when a pause starts after the due time', () => {
    // Due 11:00 CET; waiting since 11:10 CET, now 11:30 CET: 130 minutes counted.
    const result = clock({ pauses: [pause('2026-01-12T10:10:00Z', null)], now: at('2026-01-12T10:30:00Z') });
    expect(result).toMatchObject({ dueAt: at('2026-01-12T10:00:00Z'), remainingSeconds: -600, state: 'breached' });
  });

  it('counts pauses on a 24x7 calendar in elapsed time', () => {
    // 60 minutes from 23:00Z with waiting 23:10-23:25Z: due 00:15Z; at 23:40Z 10 + 15 minutes counted;
    // warning after 45 counted: 10 before the pause + 35 from 23:25Z = 00:00Z.
    const result = clock({
      targetMinutes: 60,
      calendar: { kind: '24x7' },
      startedAt: at('2026-03-28T23:00:00Z'),
      pauses: [pause('2026-03-28T23:10:00Z', '2026-03-28T23:25:00Z')],
      now: at('2026-03-28T23:40:00Z'),
    });
    expect(result).toEqual({
      dueAt: at('2026-03-29T00:15:00Z'),
      warningAt: at('2026-03-29T00:00:00Z'),
      elapsedSeconds: 1500,
      remainingSeconds: 2100,
      state: 'running',
      stoppedAt: null,
      warning: false,
    });
  });
});
