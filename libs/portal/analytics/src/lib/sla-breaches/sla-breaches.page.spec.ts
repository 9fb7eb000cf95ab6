import { By } from '@angular/platform-browser';
import type { SlaBreachesReport } from '@ladder/contracts';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { renderReportPage, toggleButton } from '../shared/report-page.fixture';
import { SlaBreachesPage } from './sla-breaches.page';
import { breachesReport, emptyBreachesReport, previousBreachesReport } from './sla-breaches.fixture';

const RANGE = 'from=2026-11-04&to=2026-11-17';

async function render(query: string, answer: SlaBreachesReport = breachesReport) {
  // The comparison (previous 14 days) starts on 21 October; everything else is this period.
  const api = {
    report: jest.fn((_name: string, params: Record<string, string>) =>
      of(params['from'] === '2026-10-21' ? previousBreachesReport : answer),
    ),
  };
  const page = await renderReportPage(SlaBreachesPage, `/?${query}`, api);
  const settle = async () => {
    page.fixture.detectChanges();
    await page.fixture.whenStable();
    page.fixture.detectChanges();
  };
  return { ...page, api, settle };
}

const texts = (el: HTMLElement, selector: string) =>
  Array.from(el.querySelectorAll(selector)).map((node) => node.textContent?.trim());
const totalsRows = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('table[aria-label="Escalations that breached each kind of target"] tr'))
    .slice(1)
    .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()));

describe('SlaBreachesPage', () => {
  it('asks for weekly breaches over the filters and shows resolution breaches by default', async () => {
    const { el, api } = await render(`${RANGE}&teamId=00000000-0000-4000-8000-00000000000a`);
    expect(api.report.mock.calls).toEqual([
      [
        'sla-breaches',
        { from: '2026-11-04', to: '2026-11-17', teamId: '00000000-0000-4000-8000-00000000000a', bucket: 'week' },
      ],
    ]);
    expect(texts(el, 'h2')).toEqual([
      'Resolution breaches over time, by severity',
      'Breaches by kind of target',
      'Where breached escalations spent their time',
    ]);
    expect(toggleButton(el, 'Resolution')?.getAttribute('aria-checked')).toBe('true');
    const labels = Array.from(el.querySelectorAll('canvas')).map((c) => c.getAttribute('aria-label'));
    expect(labels[0]).toContain('breached the resolution target per week of opening and severity');
    expect(labels[1]).toContain('the hours that escalations that breached their resolution target spent');
    // Of 20 opened: response 5 (25 %), resolution 4 (20 %), level budget 4 (20 %), update cadence 3 (15 %).
    expect(totalsRows(el)).toEqual([
      ['Response', '5', '25'],
      ['Resolution', '4', '20'],
      ['Level budget', '4', '20'],
      ['Update cadence', '3', '15'],
    ]);
    const link = el.querySelector<HTMLAnchorElement>('table a');
    expect(link?.getAttribute('href')).toBe(
      '/reports/drill-down?from=2026-11-04&to=2026-11-17&teamId=00000000-0000-4000-8000-00000000000a&basis=breaches&kind=response',
    );
  });

  it('opens the breaches of the severity and week of a clicked bar segment', async () => {
    const { fixture, context } = await render(RANGE);
    const openDrill = jest.spyOn(context, 'openDrill').mockImplementation(() => undefined);
    const bars = fixture.debugElement.query(By.directive(ChartComponent)).componentInstance as ChartComponent;
    // Dataset 1 is S3 (S1 first); the week of 2 November counts from the range's first day, the 4th.
    bars.pick.emit({ datasetIndex: 1, index: 0 });
    expect(openDrill).toHaveBeenCalledWith({
      target: { basis: 'breaches', kind: 'resolution', severity: 'S3' },
      range: { from: '2026-11-04', to: '2026-11-08' },
    });
  });

  it('compares with the previous period: totals side by side, the same settings for both', async () => {
    const { el, api } = await render(`${RANGE}&compare=previous&kind=level-budget&bucket=month`);
    expect(api.report.mock.calls).toEqual([
      ['sla-breaches', { from: '2026-11-04', to: '2026-11-17', bucket: 'month' }],
      ['sla-breaches', { from: '2026-10-21', to: '2026-11-03', bucket: 'month' }],
    ]);
    expect(texts(el, 'h2')[0]).toBe('Level budget breaches over time, by severity');
    // Resolution: 4 (20 %) against 3 of 13 (23.1 %): +1, -3.1 points.
    expect(totalsRows(el)[1]).toEqual(['Resolution', '4', '20', '3', '23.1', '1', '-3.1']);
  });

  it('keeps the breach kind and bucket in the URL, asking again only when the bucket changes', async () => {
    const { el, api, router, settle } = await render(RANGE);
    toggleButton(el, 'Response')?.click();
    await settle();
    expect(router.url).toBe(`/?${RANGE}&kind=response`);
    expect(texts(el, 'h2')[0]).toBe('Response breaches over time, by severity');
    expect(api.report).toHaveBeenCalledTimes(1);
    toggleButton(el, 'Month')?.click();
    await settle();
    expect(api.report).toHaveBeenLastCalledWith('sla-breaches', {
      from: '2026-11-04',
      to: '2026-11-17',
      bucket: 'month',
    });
  });

  it('says so when no escalation was opened', async () => {
    const { el } = await render(RANGE, emptyBreachesReport);
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No escalations were opened in this period with these filters.');
    expect(el.textContent).toContain('No escalation breached its resolution target in this period.');
  });
});
