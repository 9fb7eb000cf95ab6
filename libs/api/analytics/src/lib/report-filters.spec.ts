import { DomainException } from '@ladder/api/common';
import { ReportQuerySchema } from '@ladder/contracts';
import { dayRange, parseFilters } from './report-filters';

const parseReportQuery = (raw: unknown) => parseFilters(ReportQuerySchema, raw);

function refusal(raw: unknown): DomainException {
  try {
    parseReportQuery(raw);
  } catch (error) {
    if (error instanceof DomainException) return error;
  }
  throw new Error('expected a DomainException');
}

describe('parseReportQuery', () => {
  it('accepts a range of whole days, a single day included', () => {
    expect(parseReportQuery({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(parseReportQuery({ from: '2026-11-26', to: '2026-11-26' })).toEqual({
      from: '2026-11-26',
      to: '2026-11-26',
    });
  });

  it('names the bad filter: an impossible date, a missing one, from after to', () => {
    expect(refusal({ from: '2026-02-30', to: '2026-03-01' })).toMatchObject({
      code: 'invalid_filter',
      details: { filter: 'from' },
    });
    expect(refusal({ from: '2026-02-01' })).toMatchObject({ code: 'invalid_filter', details: { filter: 'to' } });
    const reversed = refusal({ from: '2026-03-02', to: '2026-03-01' });
    expect(reversed).toMatchObject({ code: 'invalid_filter', details: { filter: 'from' } });
    expect(reversed.message).toBe('invalid filter "from": `from` must not be after `to`');
  });
});

describe('dayRange', () => {
  it('runs from the start of `from` to the start of the day after `to`, in UTC', () => {
    const range = dayRange({ from: '2026-11-01', to: '2026-11-30' });
    expect(range.start.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
