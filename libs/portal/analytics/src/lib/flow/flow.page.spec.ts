import { By } from '@angular/platform-browser';
import type { FlowReport } from '@ladder/contracts';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of } from 'rxjs';
import { renderReportPage } from '../shared/report-page.fixture';
import { emptyFlowReport, flowReport, previousFlowReport } from './flow.fixture';
import { FlowPage } from './flow.page';

const RANGE = 'from=2026-11-01&to=2026-11-30';

async function render(query: string, answer: FlowReport = flowReport) {
  // The comparison (previous 30 days) starts on 2 October; everything else is this period.
  const api = {
    report: jest.fn((_name: string, params: Record<string, string>) =>
      of(params['from'] === '2026-10-02' ? previousFlowReport : answer),
    ),
  };
  return { ...(await renderReportPage(FlowPage, `/?${query}`, api)), api };
}

const rows = (el: HTMLElement, caption: string) =>
  Array.from(el.querySelectorAll(`table[aria-label="${caption}"] tr`))
    .slice(1)
    .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()));

describe('FlowPage', () => {
  it('asks for the flow over the filters and shows figures, the sankey and the moves back down', async () => {
    const { el, api } = await render(`${RANGE}&severity=S1,S2`);
    expect(api.report.mock.calls).toEqual([['flow', { from: '2026-11-01', to: '2026-11-30', severity: 'S1,S2' }]]);
    expect(Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim())).toEqual([
      'Headline figures',
      'Levels reached',
      'How escalations moved up the ladder',
      'Moves back down',
      'Transition matrix',
    ]);
    // 0.625 -> 62.5 %; MTTA 12.34 min -> 12.3; MTTR 725 min -> 12.1 h.
    expect(rows(el, 'Headline figures of the escalations opened in the period')).toEqual([
      ['Escalations opened', '200'],
      ['Resolved', '160'],
      ['First-level resolution rate (%)', '62.5'],
      ['Mean time to acknowledge, MTTA (minutes)', '12.3'],
      ['Mean time to resolve, MTTR (hours)', '12.1'],
    ]);
    const canvases = Array.from(el.querySelectorAll('canvas')).map((c) => c.getAttribute('aria-label'));
    expect(canvases[1]).toContain('L1 Service Desk to L2 Team Lead, 70 moves');
    expect(rows(el, 'Moves back down the ladder')).toEqual([
      ['L2 Team Lead', 'L1 Service Desk', '12', '90.3'],
      ['L3 Engineering', 'L2 Team Lead', '5', '600'],
    ]);
    expect(el.querySelector('table[aria-label="Moves back down the ladder"] a')?.getAttribute('href')).toBe(
      '/reports/drill-down?from=2026-11-01&to=2026-11-30&severity=S1,S2&basis=transitions&fromLevel=2&toLevel=1',
    );
  });

  it('opens the moves behind a clicked flow of the sankey', async () => {
    const { fixture, context } = await render(RANGE);
    const openDrill = jest.spyOn(context, 'openDrill').mockImplementation(() => undefined);
    const sankey = fixture.debugElement
      .queryAll(By.directive(ChartComponent))
      .map((chart) => chart.componentInstance as ChartComponent)
      .find((chart) => chart.type() === 'sankey');
    sankey?.pick.emit({ datasetIndex: 0, index: 2 });
    expect(openDrill).toHaveBeenCalledWith({ target: { basis: 'transitions', fromLevel: 2, toLevel: 3 } });
  });

  it('compares with the previous period: figures side by side and its moves in the matrix', async () => {
    const { el, api } = await render(`${RANGE}&compare=previous`);
    expect(api.report.mock.calls).toEqual([
      ['flow', { from: '2026-11-01', to: '2026-11-30' }],
      ['flow', { from: '2026-10-02', to: '2026-10-31' }],
    ]);
    expect(rows(el, 'Headline figures of the escalations opened in the period')[3]).toEqual([
      'Mean time to acknowledge, MTTA (minutes)',
      '12.3',
      '15',
      '-2.7',
    ]);
    // L1 row: own cell empty; L2 70 moves (45.5 min), 60 in the comparison; L3 10 (20 min), none in the comparison.
    expect(rows(el, 'Moves between levels: from each level (rows) to each other level')[0]).toEqual([
      'L1 Service Desk',
      '–',
      '–',
      '–',
      '70',
      '45.5',
      '60',
      '10',
      '20',
      '0',
    ]);
  });

  it('says so when no escalation was opened', async () => {
    const { el } = await render(RANGE, emptyFlowReport);
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No escalations were opened in this period with these filters.');
    expect(el.textContent).toContain('No escalation moved up a level in this period.');
  });
});
