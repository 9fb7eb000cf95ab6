import { By } from '@angular/platform-browser';
import type { Role, TimeAtLevelReport } from '@ladder/contracts';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { defaultRange, previousPeriod } from '../filters/report-filters';
import { renderReportPage, signedInAs, toggleButton } from '../shared/report-page.fixture';
import { stats, stayRow, timeAtLevelReport } from './time-at-level.fixture';
import { TimeAtLevelPage } from './time-at-level.page';

const report = timeAtLevelReport({
  rows: [
    stayRow(
      { level: 1, levelName: 'Service Desk', groupKey: 'team-sd', groupLabel: 'Service Desk', count: 12 },
      stats(4, 8, 14, 25, 45, 20),
    ),
  ],
  stillAtLevel: [
    { level: 2, levelName: 'Team Lead', groupKey: 'team-net', groupLabel: 'Network', count: 3, oldestMinutes: 200 },
  ],
});

async function render(answer: TimeAtLevelReport, url = '/', role: Role = 'manager') {
  const api = { report: jest.fn().mockReturnValue(of(answer)) };
  const page = await renderReportPage(TimeAtLevelPage, url, api, [signedInAs(role)]);
  const cells = (selector: string) =>
    Array.from(page.el.querySelectorAll(`${selector} td`)).map((td) => td.textContent?.trim() ?? '');
  return { ...page, api, cells };
}

describe('TimeAtLevelPage', () => {
  it('asks for the report per team over the filters and draws labelled boxes, whiskers p10 to p90', async () => {
    const { el, api } = await render(report);
    expect(api.report).toHaveBeenCalledTimes(1);
    expect(api.report).toHaveBeenCalledWith('time-at-level', { ...defaultRange(new Date()), groupBy: 'team' });
    expect(el.textContent).toContain('Time at level per level and team');
    expect(el.textContent).toContain('whiskers from p10 to p90');
    const label = el.querySelector('canvas')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('Horizontal box plots of time at level (whole stay, wall clock) in minutes');
    expect(label).toContain('whiskers from p10 to p90. The figures are in the table view.');
  });

  it('shows the box figures as a table, and the escalations still at a level with links to them', async () => {
    const { fixture, el, cells } = await render(report);
    toggleButton(el, 'Table')?.click();
    fixture.detectChanges();
    expect(cells('table[aria-label^="Time at level per level and team"]')).toEqual([
      'L1 Service Desk',
      'Service Desk',
      '12',
      '4',
      '8',
      '14',
      '25',
      '45',
      '20',
    ]);
    // 200 minutes = 3h 20m.
    expect(cells('table[aria-label^="Escalations still at a level"]')).toEqual([
      'L2 Team Lead',
      'Network',
      '3',
      '3h 20m',
    ]);
    const link = el.querySelector<HTMLAnchorElement>('table[aria-label^="Escalations still at a level"] a');
    expect(link?.getAttribute('href')).toContain('basis=still-at-level');
    expect(link?.getAttribute('href')).toContain('teamId=team-net');
  });

  it('follows its URL settings and loads the compared period with the same grouping', async () => {
    const { el, api } = await render(report, '/?groupBy=severity&clock=businessHours&part=waiting&compare=previous');
    const range = defaultRange(new Date());
    expect(api.report).toHaveBeenCalledWith('time-at-level', { ...range, groupBy: 'severity' });
    expect(api.report).toHaveBeenCalledWith('time-at-level', { ...previousPeriod(range), groupBy: 'severity' });
    const pressed = Array.from(el.querySelectorAll('mat-button-toggle.mat-button-toggle-checked')).map((t) =>
      t.textContent?.trim(),
    );
    expect(pressed).toEqual(['Business hours', 'Waiting', 'Chart']);
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toContain('(waiting, business hours)');
  });

  it('writes a toggle to the URL', async () => {
    const { fixture, el, router } = await render(report);
    toggleButton(el, 'Handling')?.click();
    await fixture.whenStable();
    expect(router.url).toContain('part=handling');
  });

  it('opens the stays behind a clicked box', async () => {
    const { fixture, context } = await render(report);
    const openDrill = jest.spyOn(context, 'openDrill').mockImplementation(() => undefined);
    const chart = fixture.debugElement.query(By.directive(ChartComponent)).componentInstance as ChartComponent;
    chart.pick.emit({ datasetIndex: 0, index: 0 });
    expect(openDrill).toHaveBeenCalledWith({ target: { basis: 'stints', level: 1, teamId: 'team-sd' } });
  });

  it('gives an agent the figures without drill-down links or clicks', async () => {
    const { fixture, el, router } = await render(report, '/', 'agent');
    const navigate = jest.spyOn(router, 'navigate');
    const chart = fixture.debugElement.query(By.directive(ChartComponent)).componentInstance as ChartComponent;
    chart.pick.emit({ datasetIndex: 0, index: 0 });
    expect(navigate).not.toHaveBeenCalled();
    expect(el.querySelector('table[aria-label^="Escalations still at a level"] a')).toBeNull();
  });

  it('says so when no stay left a level and nothing waits at one', async () => {
    const { el } = await render({ ...report, rows: [], stillAtLevel: [] });
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No stay left a level in this period with these filters');
    expect(el.textContent).toContain('Nothing is waiting at any level');
  });
});
