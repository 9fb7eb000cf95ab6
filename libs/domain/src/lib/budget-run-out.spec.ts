import type { Calendar } from '@ladder/contracts';
import { budgetRunOut } from './budget-run-out';

const weekdays: Calendar = {
  kind: 'business-hours',
  timeZone: 'UTC',
  hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
  holidays: [],
};
const ms = (iso: string) => Date.parse(iso);

describe('budgetRunOut', () => {
  it('runs out after the budget in working time on 24x7, or not when the end comes first', () => {
    const start = ms('2026-03-02T10:00Z');
    expect(budgetRunOut({ kind: '24x7' }, start, ms('2026-03-02T10:45Z'), 30, [])).toBe(ms('2026-03-02T10:30Z'));
    expect(budgetRunOut({ kind: '24x7' }, start, ms('2026-03-02T10:25Z'), 30, [])).toBeNull();
  });

  it('is not run out when the end falls exactly on the due time', () => {
    const start = ms('2026-03-02T10:00Z');
    expect(budgetRunOut({ kind: '24x7' }, start, ms('2026-03-02T10:30Z'), 30, [])).toBeNull();
  });

  it('counts working hours across a night: Monday 16:40 + 30 min runs out Tuesday 09:10', () => {
    const start = ms('2026-03-02T16:40Z');
    expect(budgetRunOut(weekdays, start, ms('2026-03-03T09:25Z'), 30, [])).toBe(ms('2026-03-03T09:10Z'));
    expect(budgetRunOut(weekdays, start, ms('2026-03-03T09:05Z'), 30, [])).toBeNull();
  });

  it('leaves pauses out, also one still going on past the end', () => {
    const start = ms('2026-03-02T16:40Z');
    // Monday 20 min, Tuesday paused 09:00-09:20, then 09:20-09:25: 25 min.
    const pause = [ms('2026-03-03T09:00Z'), ms('2026-03-03T09:20Z')] as const;
    expect(budgetRunOut(weekdays, start, ms('2026-03-03T09:25Z'), 30, [pause])).toBeNull();
    // Paused from Monday 16:50 with no end: 10 working minutes by Tuesday noon.
    const open = [ms('2026-03-02T16:50Z'), Number.MAX_SAFE_INTEGER] as const;
    expect(budgetRunOut(weekdays, start, ms('2026-03-03T12:00Z'), 30, [open])).toBeNull();
    expect(budgetRunOut(weekdays, start, ms('2026-03-03T12:00Z'), 5, [open])).toBe(ms('2026-03-02T16:45Z'));
  });
});
