import type { OverviewReport, TriageAcceptance } from '@ladder/contracts';
import { of, throwError } from 'rxjs';
import { defaultRange } from '../filters/report-filters';
import { renderReportPage } from '../shared/report-page.fixture';
import { figures, OVERVIEW, OVERVIEW_YEAR_EARLIER } from './overview.fixture';
import { OverviewPage } from './overview.page';
import { ACCEPTANCE } from './triage-acceptance.fixture';

async function render(
  url: string,
  answer: (params: Record<string, string>) => OverviewReport,
  acceptance = () => of<TriageAcceptance>(ACCEPTANCE),
) {
  const api = {
    report: jest.fn((name: string, params: Record<string, string>) =>
      name === 'triage-acceptance' ? acceptance() : of(answer(params)),
    ),
  };
  const { el } = await renderReportPage(OverviewPage, url, api);
  const overviewCalls = () => api.report.mock.calls.filter(([name]) => name === 'overview');
  return { el, api, overviewCalls };
}

const tiles = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('.tile')).map((li) =>
    Array.from(li.querySelectorAll('h3, p, a')).map((node) => node.textContent?.replace(/\s+/g, ' ').trim()),
  );

const NOVEMBER = '/?from=2026-11-01&to=2026-11-30';
const novemberOrYearEarlier = (params: Record<string, string>) =>
  params['from'] === OVERVIEW.from ? OVERVIEW : OVERVIEW_YEAR_EARLIER;

describe('OverviewPage', () => {
  it('asks for the overview of the filters and shows each tile against the period before', async () => {
    const { el, api, overviewCalls } = await render('/', () => OVERVIEW);
    expect(overviewCalls()).toHaveLength(1);
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
    const { el, api, overviewCalls } = await render(`${NOVEMBER}&compare=year`, novemberOrYearEarlier);
    expect(overviewCalls()).toHaveLength(2);
    expect(api.report).toHaveBeenCalledWith('overview', { from: '2026-11-01', to: '2026-11-30' });
    expect(api.report).toHaveBeenCalledWith('overview', { from: '2025-11-01', to: '2025-11-30' });
    expect(el.querySelector('h2')?.textContent).toBe('This period against a year earlier');
    expect(tiles(el)[0]).toEqual(['Escalations', '120', 'A year earlier: 150', '↓ −30 (−20%)', 'Open the flow report']);
  });

  it('asks once when the comparison is the period before, which the overview already holds', async () => {
    const { overviewCalls } = await render(`${NOVEMBER}&compare=previous`, () => OVERVIEW);
    expect(overviewCalls()).toHaveLength(1);
  });

  it('says so when neither period has an escalation', async () => {
    const { el } = await render('/', () => ({ ...OVERVIEW, current: figures({}), previous: figures({}) }));
    expect(el.querySelector('.tile')).toBeNull();
    expect(el.textContent).toContain('No escalation was opened in either period with these filters.');
  });

  it('shows how often agents took the triage suggestions, whatever the filters', async () => {
    const { el, api } = await render(`${NOVEMBER}&severity=S1`, () => OVERVIEW);
    expect(api.report).toHaveBeenCalledWith('triage-acceptance', {});
    const card = el.querySelector('[data-testid="triage-acceptance"]');
    expect(card?.querySelector('h2')?.textContent).toBe('Triage suggestions taken');
    expect(card?.querySelector('header p')?.textContent).toContain('the filters above do not apply');
    const rows = Array.from(card?.querySelectorAll('tr') ?? [])
      .map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim()))
      .filter((cells) => cells.length > 0);
    expect(rows).toEqual([
      ['Category', '40', '30', '75', 'Agents opened 30 of 40 escalations (75%) with the suggested category.'],
      [
        'Affected service',
        '3',
        '2',
        '66.7',
        'Agents opened 2 of 3 escalations (66.7%) with the suggested affected service.',
      ],
      ['Resolving team', '1', '0', '0', 'Agents opened 0 of 1 escalation (0%) with the suggested resolving team.'],
      ['Severity', '0', '0', '–', 'No severity has been suggested yet.'],
    ]);
  });

  it('says so when no suggestion has been shown yet', async () => {
    const none: TriageAcceptance = {
      targets: ACCEPTANCE.targets.map((row) => ({ ...row, shown: 0, accepted: 0, acceptanceRate: null })),
    };
    const { el } = await render(
      '/',
      () => OVERVIEW,
      () => of(none),
    );
    expect(el.querySelector('[data-testid="triage-acceptance"]')?.textContent).toContain(
      'No escalation has been opened with triage suggestions on screen yet',
    );
  });

  it('says so when the acceptance could not be read, and still shows the tiles', async () => {
    const { el } = await render(
      '/',
      () => OVERVIEW,
      () => throwError(() => new Error('offline')),
    );
    expect(el.querySelector('[data-testid="triage-acceptance"]')?.textContent).toContain(
      'This report could not be loaded',
    );
    expect(tiles(el)).toHaveLength(6);
  });
});
