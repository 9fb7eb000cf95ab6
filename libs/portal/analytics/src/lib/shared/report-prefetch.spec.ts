import { TestBed } from '@angular/core/testing';
import { convertToParamMap, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { AnalyticsApi } from './analytics.api';
import { prefetchPageReport } from './report-prefetch';

describe('prefetchPageReport', () => {
  const prefetch = jest.fn();

  beforeEach(() => {
    prefetch.mockReset();
    TestBed.configureTestingModule({ providers: [{ provide: AnalyticsApi, useValue: { prefetch } }] });
  });

  const resolve = (path: string, query: Record<string, string>) =>
    TestBed.runInInjectionContext(() =>
      prefetchPageReport(
        { routeConfig: { path }, queryParamMap: convertToParamMap(query) } as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it("asks for the page's first report with the URL's filters and the page's own settings, and lets it draw at once", () => {
    const answer = resolve('time-at-level', {
      from: '2026-08-28',
      to: '2026-11-25',
      severity: 'S1,S2',
      groupBy: 'category',
      clock: 'businessHours',
    });

    expect(answer).toBe(true);
    expect(prefetch).toHaveBeenCalledWith({
      name: 'time-at-level',
      params: { from: '2026-08-28', to: '2026-11-25', severity: 'S1,S2', groupBy: 'category' },
    });
  });

  it('asks nothing for a page without a first report of its own', () => {
    expect(resolve('drill-down', { from: '2026-10-01', to: '2026-10-31' })).toBe(true);
    expect(prefetch).not.toHaveBeenCalled();
  });
});
