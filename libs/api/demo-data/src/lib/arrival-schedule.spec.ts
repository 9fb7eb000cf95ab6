import { ArrivalSchedule } from './arrival-schedule';

const MONDAY = Date.parse('2026-11-23T00:00:00Z');
const HOUR = 3_600_000;

describe('ArrivalSchedule', () => {
  it('places arrivals at quantiles of the hour-of-week rate', () => {
    // Monday 00:00-02:00 weighs 0.15 x 1.1 = 0.165 then 0.12 x 1.1 = 0.132 (total 0.297). The second of two
    // arrivals sits at half of it, 0.1485, which is 0.9 of the way through the first hour: 00:54.
    const schedule = new ArrivalSchedule(MONDAY, MONDAY + 2 * HOUR, 2);
    expect(schedule.at(0, 0)).toBe(MONDAY);
    expect(schedule.at(1, 0)).toBe(MONDAY + 0.9 * HOUR);
  });

  it('puts more arrivals into a weekday morning than into a Sunday night, in time order', () => {
    const schedule = new ArrivalSchedule(MONDAY - 7 * 24 * HOUR, MONDAY, 10_000);
    const times = Array.from({ length: 10_000 }, (_, i) => schedule.at(i, 0.5));
    const hourOf = (hours: number) =>
      times.filter((t) => t >= MONDAY - hours * HOUR && t < MONDAY - (hours - 1) * HOUR).length;
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Friday 10:00 (62 h before Monday) against Sunday 03:00 (21 h before).
    expect(hourOf(62)).toBeGreaterThan(5 * hourOf(21));
  });
});
