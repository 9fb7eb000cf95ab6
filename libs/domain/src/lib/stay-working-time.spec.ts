import type { Calendar } from '@ladder/contracts';
import { stayWorkingTime } from './stay-working-time';

const officeHours: Calendar = {
  kind: 'business-hours',
  timeZone: 'UTC',
  hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
  holidays: [],
};

const at = (iso: string) => new Date(iso);
const span = (from: string, to: string) => [Date.parse(from), Date.parse(to)] as const;

describe('stayWorkingTime', () => {
  it('counts every second on a 24x7 calendar, the wait until the first response apart', () => {
    const stay = {
      enteredAt: at('2026-11-02T08:00Z'),
      leftAt: at('2026-11-02T09:40Z'),
      firstResponseAt: at('2026-11-02T08:20Z'),
    };
    expect(stayWorkingTime({ kind: '24x7' }, stay, [])).toEqual({ seconds: 6000, waitingSeconds: 1200 });
  });

  it('counts working hours only, across a night, with a pause cut out', () => {
    // Monday 16:00 to Tuesday 10:30: 1 h on Monday + 1.5 h on Tuesday = 2.5 h; paused Tuesday 09:00-09:30: 2 h.
    // First response Tuesday 09:45: Monday's hour + Tuesday 09:30-09:45 = 1 h 15 min.
    const stay = {
      enteredAt: at('2026-11-02T16:00Z'),
      leftAt: at('2026-11-03T10:30Z'),
      firstResponseAt: at('2026-11-03T09:45Z'),
    };
    expect(stayWorkingTime(officeHours, stay, [span('2026-11-03T09:00Z', '2026-11-03T09:30Z')])).toEqual({
      seconds: 7200,
      waitingSeconds: 4500,
    });
  });

  it('takes the whole stay as waiting when nobody responded', () => {
    const stay = { enteredAt: at('2026-11-02T10:00Z'), leftAt: at('2026-11-02T10:10Z'), firstResponseAt: null };
    expect(stayWorkingTime(officeHours, stay, [])).toEqual({ seconds: 600, waitingSeconds: 600 });
  });

  it('ends the count at the stay when a pause runs past it, still going on', () => {
    const stay = { enteredAt: at('2026-11-02T10:00Z'), leftAt: at('2026-11-02T11:00Z'), firstResponseAt: null };
    const running = [Date.parse('2026-11-02T10:30Z'), Number.MAX_SAFE_INTEGER] as const;
    expect(stayWorkingTime(officeHours, stay, [running])).toEqual({ seconds: 1800, waitingSeconds: 1800 });
  });
});
