import { firstReportRequest, reportRequestKey } from './report-page-requests';

const NOW = new Date('2026-11-26T10:00:00Z');
const RANGE = { from: '2026-08-28', to: '2026-11-25' };

describe('firstReportRequest', () => {
  it("sends a page's own settings from the URL with the filters, unknown query parameters left out", () => {
    expect(
      firstReportRequest('time-at-level', { ...RANGE, severity: 'S1,S2', groupBy: 'category', clock: 'x' }, NOW),
    ).toEqual({ name: 'time-at-level', params: { ...RANGE, severity: 'S1,S2', groupBy: 'category' } });
    expect(firstReportRequest('bottlenecks', { ...RANGE, limit: '50' }, NOW)).toEqual({
      name: 'bottlenecks',
      params: { ...RANGE, limit: '50' },
    });
    expect(firstReportRequest('sla-breaches', { ...RANGE, bucket: 'month' }, NOW)).toEqual({
      name: 'sla-breaches',
      params: { ...RANGE, bucket: 'month' },
    });
    expect(firstReportRequest('load', { ...RANGE, timeZone: 'Asia/Tokyo' }, NOW)).toEqual({
      name: 'load',
      params: { ...RANGE, timeZone: 'Asia/Tokyo' },
    });
  });

  it("uses each setting's default when the URL's value is absent or not allowed", () => {
    expect(firstReportRequest('time-at-level', { groupBy: 'colour' }, NOW)?.params['groupBy']).toBe('team');
    expect(firstReportRequest('bottlenecks', { limit: '7' }, NOW)?.params['limit']).toBe('10');
    expect(firstReportRequest('sla-breaches', {}, NOW)?.params['bucket']).toBe('week');
    expect(firstReportRequest('load', { timeZone: 'Mars/Olympus' }, NOW)?.params['timeZone']).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it('asks the filters alone for the pages without settings, the last 30 days by default', () => {
    expect(firstReportRequest('flow', { teamId: 'a,b' }, NOW)).toEqual({
      name: 'flow',
      params: { from: '2026-10-28', to: '2026-11-26', teamId: 'a,b' },
    });
    expect(firstReportRequest('overview', RANGE, NOW)).toEqual({ name: 'overview', params: RANGE });
    expect(firstReportRequest('time-to-resolution', RANGE, NOW)).toEqual({ name: 'survival', params: RANGE });
  });

  it('has no request for a page that draws no report of its own first, nor for an unknown one', () => {
    expect(firstReportRequest('drill-down', RANGE, NOW)).toBeNull();
    expect(firstReportRequest('surveys', RANGE, NOW)).toBeNull();
    expect(firstReportRequest('toString', RANGE, NOW)).toBeNull();
  });
});

describe('reportRequestKey', () => {
  it('is the same for the same parameters in any order, and differs by report or value', () => {
    const key = reportRequestKey({ name: 'flow', params: { from: 'a', to: 'b' } });
    expect(reportRequestKey({ name: 'flow', params: { to: 'b', from: 'a' } })).toBe(key);
    expect(reportRequestKey({ name: 'load', params: { from: 'a', to: 'b' } })).not.toBe(key);
    expect(reportRequestKey({ name: 'flow', params: { from: 'a', to: 'c' } })).not.toBe(key);
  });
});
