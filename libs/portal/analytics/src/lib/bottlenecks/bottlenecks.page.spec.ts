import { By } from '@angular/platform-browser';
import type { BottlenecksReport } from '@ladder/contracts';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { defaultRange, sameRangeYearEarlier } from '../filters/report-filters';
import { referenceData, renderReportPage, toggleButton } from '../shared/report-page.fixture';
import { bottleneckRow, bottlenecksReport } from './bottlenecks.fixture';
import { BottlenecksPage } from './bottlenecks.page';

const LEVELS = [
  { level: 1, name: 'Service Desk' },
  { level: 2, name: 'Team Lead' },
  { level: 3, name: 'Specialist' },
];

const report = bottlenecksReport({
  ranking: [
    bottleneckRow(
      { level: 2, levelName: 'Team Lead', teamId: 'team-net', teamName: 'Network' },
      { hoursOverBudget: 30, previousHoursOverBudget: 24, changeHours: 6, changeRatio: 0.25 },
    ),
  ],
  pingPong: { escalations: 5, pairs: [{ sentBackFromLevel: 2, sentBackToLevel: 1, escalations: 5 }] },
  skippedLevels: [{ fromLevel: 1, toLevel: 3, moves: 4 }],
  stuck: [
    {
      level: 1,
      levelName: 'Service Desk',
      teamId: 'team-sd',
      teamName: 'Service Desk',
      escalations: 2,
      oldestMinutes: 1500,
      levelP90Minutes: 60,
    },
  ],
});

async function render(answer: BottlenecksReport, url = '/') {
  const api = { report: jest.fn().mockReturnValue(of(answer)) };
  const page = await renderReportPage(BottlenecksPage, url, api, [referenceData({ levels: LEVELS })]);
  const charts = () =>
    page.fixture.debugElement.queryAll(By.directive(ChartComponent)).map((d) => d.componentInstance as ChartComponent);
  return { ...page, api, charts };
}

describe('BottlenecksPage', () => {
  it('asks for the top 10 pairs over the filters and shows every part of the report', async () => {
    const { el, api } = await render(report);
    expect(api.report).toHaveBeenCalledTimes(1);
    expect(api.report).toHaveBeenCalledWith('bottlenecks', { ...defaultRange(new Date()), limit: '10' });
    const headings = Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual([
      'Hours over budget per level and team',
      'Ping-pong between levels',
      'Skipped levels',
      'Stuck escalations',
    ]);
    const labels = Array.from(el.querySelectorAll('canvas')).map((c) => c.getAttribute('aria-label') ?? '');
    expect(labels).toHaveLength(3);
    expect(labels[0]).toContain('Horizontal bar chart of hours over budget per level and team, most first');
    expect(labels[0]).toContain('2026-10-02 to 2026-10-31 (previous)');
    expect(el.textContent).toContain('5 escalations sent back to a lower level and escalated again');
    // The stuck table: 1500 min = "1d 1h", 60 min = "1h"; the count opens those escalations.
    const stuck = Array.from(el.querySelectorAll('table[aria-label^="Escalations at a level now"] td')).map((td) =>
      td.textContent?.trim(),
    );
    expect(stuck).toEqual(['L1 Service Desk', 'Service Desk', '2', '1d 1h', '1h']);
    const href = el.querySelector('table[aria-label^="Escalations at a level now"] a')?.getAttribute('href');
    expect(href).toContain('basis=stuck');
    expect(href).toContain('teamId=team-sd');
  });

  it('follows the limit in the URL and asks for the compared period too', async () => {
    const { api, charts } = await render(report, '/?limit=20&compare=year');
    const range = defaultRange(new Date());
    expect(api.report).toHaveBeenCalledWith('bottlenecks', { ...range, limit: '20' });
    expect(api.report).toHaveBeenCalledWith('bottlenecks', { ...sameRangeYearEarlier(range), limit: '100' });
    // The fixture answers both calls with the same report, whose range is not the previous period: a third bar.
    expect(
      charts()[0]
        ?.data()
        .datasets.map((d) => d.label),
    ).toEqual([
      '2026-11-01 to 2026-11-30',
      '2026-10-02 to 2026-10-31 (previous)',
      '2026-11-01 to 2026-11-30 (compared)',
    ]);
  });

  it('writes the chosen limit to the URL', async () => {
    const { fixture, el, router } = await render(report);
    toggleButton(el, '50')?.click();
    await fixture.whenStable();
    expect(router.url).toContain('limit=50');
  });

  it('opens the stays behind a bar over its period, and the escalations behind a ping-pong bar', async () => {
    const { charts, context } = await render(report);
    const openDrill = jest.spyOn(context, 'openDrill').mockImplementation(() => undefined);
    charts()[0]?.pick.emit({ datasetIndex: 1, index: 0 });
    expect(openDrill).toHaveBeenCalledWith({
      target: { basis: 'over-budget', level: 2, teamId: 'team-net' },
      range: { from: '2026-10-02', to: '2026-10-31' },
    });
    charts()[1]?.pick.emit({ datasetIndex: 0, index: 0 });
    expect(openDrill).toHaveBeenLastCalledWith({ target: { basis: 'ping-pong', fromLevel: 2, toLevel: 1 } });
    expect(charts()[1]?.data().labels).toEqual(['L2 Team Lead → L1 Service Desk']);
  });

  it('says so when nothing went over budget, bounced, skipped or got stuck', async () => {
    const { el } = await render(bottlenecksReport({}));
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No stay left a level in this period with these filters');
    expect(el.textContent).toContain('No escalation was sent back and escalated again in this period');
    expect(el.textContent).toContain('No move skipped a level in this period');
    expect(el.textContent).toContain('No escalation is stuck past its level’s p90');
  });
});
