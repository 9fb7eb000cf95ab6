import type { OverviewReport } from '@ladder/contracts';
import { of } from 'rxjs';
import { defaultRange } from '../filters/report-filters';
import { renderReportPage } from '../shared/report-page.fixture';
import { figures, OVERVIEW, OVERVIEW_YEAR_EARLIER } from './overview.fixture';
import { OverviewPage } from './overview.page';

async function render(url: string, answer: (params: Record<string, string>) => OverviewReport) {
  const api = { report: jest.fn((_name: string, params: Record<string, string>) => of(answer(params))) };
  const { el } = await renderReportPage(OverviewPage, url, api);
  return { el, api };
}

const tiles = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('li')).map((li) =>
    Array.from(li.querySelectorAll('h3, p, a')).map((node) => node.textContent?.replace(/\s+/g, ' ').trim()),
  );

const NOVEMBER = '/?from=2026-11-01&to=2026-11-30';
const novemberOrYearEarlier = (params: Record<string, string>) =>
  params['from'] === OVERVIEW.from ? OVERVIEW : OVERVIEW_YEAR_EARLIER;

describe('OverviewPage', () => {
  it('asks for the overview of the filters and shows each tile against the period before', async () => {
    const { el, api } = await render('/', () => OVERVIEW);
    expect(api.report).toHaveBeenCalledTimes(1);
    expect(api.report).toHaveBeenCalledWith('overview', defaultRange(new Date()));
    expect(el.querySelector('h2')?.textContent).toBe('This period against the one before');
    expect(el.textContent).toContain('2026-11-01 to 2026-11-30 against 2026-10-02 to 2026-10-31, the period before');
    expect(tiles(el)).toEqual([
      ['Escalations', '120', 'Before: 100', '↑ +20 (+20%)', 'Open the flow report'],
      ['First-level resolution', '62.5%', 'Before: 60%', '↑ +2.5 points · better', 'Open the flow report'],
      ['Mean time to acknowledge', '30m', 'Before: 30m', '→ No change · unchanged', 'Open the flow report'],
      ['Mean time to resolve', '4h 6m', 'Before: 5h', '↓ −54m (−18%) · better', 'Open the flow report'],
      ['Response or resolution breached', '10%', 'Before: 15%', '↓ −5 points · better', 'Open the SLA breaches report'],
      ['CSAT (rated 4 or 5)', '77.5%', 'Before: 80%', '↓ −2.5 points · worse', 'Open the survey report'],
    ]);
  });

  it('links each tile to its report with the filters kept', async () => {
    const { el } = await render(`${NOVEMBER}&severity=S1`, () => OVERVIEW);
    const links = Array.from(el.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links[0]).toBe('/reports/flow?from=2026-11-01&to=2026-11-30&severity=S1');
    expect(links[4]).toBe('/reports/sla-breaches?from=2026-11-01&to=2026-11-30&severity=S1');
    expect(links[5]).toBe('/reports/surveys?from=2026-11-01&to=2026-11-30&severity=S1');
  });

  it('compares with the same period a year earlier when that is the comparison asked for', async () => {
    const { el, api } = await render(`${NOVEMBER}&compare=year`, novemberOrYearEarlier);
    expect(api.report).toHaveBeenCalledTimes(2);
    expect(api.report).toHaveBeenCalledWith('overview', { from: '2026-11-01', to: '2026-11-30' });
    expect(api.report).toHaveBeenCalledWith('overview', { from: '2025-11-01', to: '2025-11-30' });
    expect(el.querySelector('h2')?.textContent).toBe('This period against a year earlier');
    expect(tiles(el)[0]).toEqual(['Escalations', '120', 'A year earlier: 150', '↓ −30 (−20%)', 'Open the flow report']);
  });

  it('asks once when the comparison is the period before, which the overview already holds', async () => {
    const { api } = await render(`${NOVEMBER}&compare=previous`, () => OVERVIEW);
    expect(api.report).toHaveBeenCalledTimes(1);
  });

  it('says so when neither period has an escalation', async () => {
    const { el } = await render('/', () => ({ ...OVERVIEW, current: figures({}), previous: figures({}) }));
    expect(el.querySelector('li')).toBeNull();
    expect(el.textContent).toContain('No escalation was opened in either period with these filters.');
  });
});
