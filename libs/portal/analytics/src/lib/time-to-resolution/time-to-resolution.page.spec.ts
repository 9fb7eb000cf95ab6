import { By } from '@angular/platform-browser';
import type { SurvivalReport } from '@ladder/contracts';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { defaultRange } from '../filters/report-filters';
import { renderReportPage } from '../shared/report-page.fixture';
import { SURVIVAL, SURVIVAL_MONTH_BEFORE } from './survival.fixture';
import { TimeToResolutionPage } from './time-to-resolution.page';

async function render(url: string, answer: (params: Record<string, string>) => SurvivalReport) {
  const api = { report: jest.fn((_name: string, params: Record<string, string>) => of(answer(params))) };
  return { ...(await renderReportPage(TimeToResolutionPage, url, api)), api };
}

const rowsOf = (el: HTMLElement, caption: string) =>
  Array.from(el.querySelectorAll(`table[aria-label="${caption}"] tr`)).map((tr) =>
    Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()),
  );

const NOVEMBER = '/?from=2026-11-01&to=2026-11-30';
const monthOrMonthBefore = (params: Record<string, string>) =>
  params['from'] === SURVIVAL.from ? SURVIVAL : SURVIVAL_MONTH_BEFORE;

describe('TimeToResolutionPage', () => {
  it('asks for the survival report of the filters and shows the curves and the times per severity', async () => {
    const { el, api } = await render('/', () => SURVIVAL);
    expect(api.report).toHaveBeenCalledTimes(1);
    expect(api.report).toHaveBeenCalledWith('survival', defaultRange(new Date()));
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toContain(
      'Step chart of the share of escalations still unresolved by hours since opening, per severity',
    );
    expect(
      rowsOf(el, `Time to resolution per severity, escalations opened ${SURVIVAL.from} to ${SURVIVAL.to}`),
    ).toEqual([
      ['Severity', 'Escalations', 'Resolved', 'Still open (censored)', 'Median (hours)', 'p90 (hours)'],
      ['S1', '4', '3', '1', '1.5', '4'],
      ['S3', '3', '1', '2', '–', '–'],
    ]);
    expect(el.textContent).toContain('Escalations still open are censored');
  });

  it('with a comparison period, asks for it too and sets its times under the period’s', async () => {
    const { el, api } = await render(`${NOVEMBER}&compare=previous`, monthOrMonthBefore);
    expect(api.report).toHaveBeenCalledTimes(2);
    expect(api.report).toHaveBeenCalledWith('survival', { from: '2026-11-01', to: '2026-11-30' });
    expect(api.report).toHaveBeenCalledWith('survival', { from: '2026-10-02', to: '2026-10-31' });
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toContain('with 2026-10-02 to 2026-10-31 dashed');
    expect(rowsOf(el, 'Time to resolution per severity, escalations opened 2026-11-01 to 2026-11-30').slice(1)).toEqual(
      [
        ['This period', 'S1', '4', '3', '1', '1.5', '4'],
        ['This period', 'S3', '3', '1', '2', '–', '–'],
        ['Comparison', 'S1', '2', '2', '0', '1', '3'],
      ],
    );
  });

  it("opens the escalations of a clicked curve's severity in that curve's period", async () => {
    const { fixture, router } = await render(`${NOVEMBER}&compare=previous`, monthOrMonthBefore);
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const chart = fixture.debugElement.query(By.directive(ChartComponent)).componentInstance as ChartComponent;
    // Dataset 2 is the comparison's S1 curve.
    chart.pick.emit({ datasetIndex: 2, index: 1 });
    expect(navigate).toHaveBeenCalledWith(['/reports/drill-down'], {
      queryParams: { from: '2026-10-02', to: '2026-10-31', basis: 'opened', severity: 'S1' },
    });
  });

  it('says so when no escalation was opened', async () => {
    const { el } = await render('/', () => ({ ...SURVIVAL, series: [] }));
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.querySelector('table')).toBeNull();
    expect(el.textContent).toContain('No escalation was opened in this period with these filters.');
  });
});
