import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { provideLadderCharts } from '@ladder/portal/ui';
import { of } from 'rxjs';
import { AnalyticsApi } from '../shared/analytics.api';
import { DashboardPage } from './dashboard.page';
import { defaultRange } from './date-range';
import { timeAtLevelRow } from './time-at-level.fixture';

const report: TimeAtLevelReport = {
  from: '2026-11-01',
  to: '2026-11-26',
  groupBy: 'team',
  rows: [
    timeAtLevelRow({
      level: 1,
      levelName: 'Service Desk',
      groupLabel: 'Service Desk',
      count: 12,
      stats: { meanMinutes: 20, p50Minutes: 14, p90Minutes: 45 },
    }),
  ],
  stillAtLevel: [],
};

async function render(answer: TimeAtLevelReport) {
  const api = { timeAtLevel: jest.fn().mockReturnValue(of(answer)) };
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideLadderCharts(),
      { provide: AnalyticsApi, useValue: api },
      { provide: Notifier, useValue: { error: jest.fn(), info: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(DashboardPage);
  fixture.detectChanges();
  await fixture.whenStable();
  fixture.detectChanges();
  return { el: fixture.nativeElement as HTMLElement, api };
}

describe('DashboardPage', () => {
  it('asks for the last 30 days and shows the figures beside a labelled chart', async () => {
    const { el, api } = await render(report);
    expect(api.timeAtLevel).toHaveBeenCalledTimes(1);
    expect(api.timeAtLevel).toHaveBeenCalledWith(defaultRange(new Date()));
    const canvas = el.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toContain('in minutes, per level and team');
    const cells = Array.from(el.querySelectorAll('table[aria-label="Time at level per level and team"] td')).map((td) =>
      td.textContent?.trim(),
    );
    expect(cells).toEqual(['L1 Service Desk', 'Service Desk', '12', '20m', '14m', '45m']);
    expect(el.textContent).toContain('Nothing is waiting at any level');
  });

  it('says so when no stint finished in the range', async () => {
    const { el } = await render({ ...report, rows: [] });
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No finished stints in this period');
  });
});
