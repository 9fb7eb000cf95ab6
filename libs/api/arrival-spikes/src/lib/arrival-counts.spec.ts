import { readArrivalCounts, weeklyWindows } from './arrival-counts';

const HOUR_MS = 60 * 60 * 1000;

describe('weeklyWindows', () => {
  it('takes the hour up to now and the same hour 1 and 2 weeks (of 168 hours) back', () => {
    expect(weeklyWindows(new Date('2026-11-26T10:30:00.000Z'), HOUR_MS, 2)).toEqual([
      { start: new Date('2026-11-26T09:30:00.000Z'), end: new Date('2026-11-26T10:30:00.000Z') },
      { start: new Date('2026-11-19T09:30:00.000Z'), end: new Date('2026-11-19T10:30:00.000Z') },
      { start: new Date('2026-11-12T09:30:00.000Z'), end: new Date('2026-11-12T10:30:00.000Z') },
    ]);
  });
});

describe('readArrivalCounts', () => {
  const windows = weeklyWindows(new Date('2026-11-26T10:30:00.000Z'), HOUR_MS, 3);
  const row = (dimension: string, value: string, week: number, arrivals: number, first: string) => ({
    dimension,
    value,
    week,
    arrivals,
    first_arrival: new Date(first),
  });

  it('sends each window as its bounds, and keeps as history only the weeks that began after the first escalation', async () => {
    const calls: unknown[][] = [];
    const counts = await readArrivalCounts(<T>(_sql: string, parameters: unknown[]) => {
      calls.push(parameters);
      // The first escalation opened exactly as week 2's hour began: weeks 1 and 2 are history, week 3 is not.
      const first = '2026-11-12T09:30:00.000Z';
      return Promise.resolve([
        row('category', 'database', 0, 7, first),
        row('category', 'database', 2, 3, first),
        row('category', 'database', 3, 9, first),
        row('affectedService', 'Database', 0, 7, first),
        row('category', 'network', 1, 4, first),
      ] as T);
    }, windows);
    expect(calls).toEqual([windows.flatMap((w) => [w.start, w.end])]);
    expect(counts).toEqual([
      { dimension: 'category', value: 'database', counts: { observed: 7, baseline: [0, 3] } },
      { dimension: 'affectedService', value: 'Database', counts: { observed: 7, baseline: [0, 0] } },
    ]);
  });

  it('finds nothing when nothing arrived', async () => {
    expect(await readArrivalCounts(<T>() => Promise.resolve([] as T), windows)).toEqual([]);
  });
});
