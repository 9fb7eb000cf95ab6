import { TestBed } from '@angular/core/testing';
import { convertToParamMap, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { AnalyticsApi } from './analytics.api';
import { settingFrom } from './page-settings';
import { prefetchReport } from './report-prefetch';

describe('prefetchReport', () => {
  const prefetch = jest.fn();

  beforeEach(() => {
    prefetch.mockReset();
    TestBed.configureTestingModule({ providers: [{ provide: AnalyticsApi, useValue: { prefetch } }] });
  });

  const resolve = (resolver: ReturnType<typeof prefetchReport>, query: Record<string, string>) =>
    TestBed.runInInjectionContext(() =>
      resolver({ queryParamMap: convertToParamMap(query) } as ActivatedRouteSnapshot, {} as RouterStateSnapshot),
    );

  it("asks for the report with the URL's filters and the page's own settings, and lets the page draw at once", () => {
    const resolver = prefetchReport('time-at-level', (query) => ({
      groupBy: settingFrom(query, 'groupBy', ['team', 'category'], 'team'),
    }));
    const answer = resolve(resolver, {
      from: '2026-08-28',
      to: '2026-11-25',
      severity: 'S1,S2',
      groupBy: 'category',
      clock: 'businessHours',
    });

    expect(answer).toBe(true);
    expect(prefetch).toHaveBeenCalledWith('time-at-level', {
      from: '2026-08-28',
      to: '2026-11-25',
      severity: 'S1,S2',
      groupBy: 'category',
    });
  });

  it('asks with the filters alone for a page without settings', () => {
    resolve(prefetchReport('flow'), { from: '2026-10-01', to: '2026-10-31', teamId: 'a,b' });
    expect(prefetch).toHaveBeenCalledWith('flow', { from: '2026-10-01', to: '2026-10-31', teamId: 'a,b' });
  });
});
