import { rollupParams } from './stint-daily-query';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const monthsOf = (from: string, toExclusive: string) =>
  (rollupParams([at(from), at(toExclusive), null, null, null, null, null, null]).slice(8) as Date[]).map((d) =>
    d.toISOString().slice(0, 10),
  );

describe('rollupParams', () => {
  it('gives the whole months inside the range, to read from the monthly rollup', () => {
    expect(monthsOf('2026-08-28', '2026-11-26')).toEqual(['2026-09-01', '2026-11-01']);
    expect(monthsOf('2026-11-01', '2026-12-01')).toEqual(['2026-11-01', '2026-12-01']);
    expect(monthsOf('2026-10-31', '2026-12-02')).toEqual(['2026-11-01', '2026-12-01']);
  });

  it('gives an empty month range when no month fits whole', () => {
    expect(monthsOf('2026-11-02', '2026-11-30')).toEqual(['2026-12-01', '2026-12-01']);
    expect(monthsOf('2026-11-01', '2026-11-03')).toEqual(['2026-11-01', '2026-11-01']);
  });
});
