import { of } from 'rxjs';
import { bottlenecksReport } from '../bottlenecks/bottlenecks.fixture';
import { flowReport } from '../flow/flow.fixture';
import { LOAD } from '../load/load.fixture';
import { OVERVIEW } from '../overview/overview.fixture';
import type { ReportName, ReportTypes } from '../shared/analytics.api';
import { ProcedureVersionsStore } from '../shared/procedure-versions.store';
import { referenceData, renderReportPage } from '../shared/report-page.fixture';
import { breachesReport } from '../sla-breaches/sla-breaches.fixture';
import { SURVEY_REPORT } from '../surveys/surveys.fixture';
import { timeAtLevelReport } from '../time-at-level/time-at-level.fixture';
import { SURVIVAL } from '../time-to-resolution/survival.fixture';
import { ReviewPackPage } from './review-pack.page';

const ANSWERS: { [K in ReportName]?: ReportTypes[K] } = {
  overview: OVERVIEW,
  'time-at-level': timeAtLevelReport({}),
  bottlenecks: bottlenecksReport({}),
  'sla-breaches': breachesReport,
  flow: flowReport,
  load: LOAD,
  survival: SURVIVAL,
  surveys: SURVEY_REPORT,
};

async function render(url: string) {
  const api = { report: jest.fn((name: ReportName) => of(ANSWERS[name])) };
  const { el } = await renderReportPage(ReviewPackPage, url, api, [
    referenceData({ teams: [{ id: 'team-network', name: 'Network' }] }),
    { provide: ProcedureVersionsStore, useValue: { options: () => [] } },
  ]);
  return { el, api };
}

describe('ReviewPackPage', () => {
  it('asks every report for the period and filters of the URL, and shows each with its charts and tables', async () => {
    const { el, api } = await render('/?from=2026-10-01&to=2026-10-31&teamId=team-network');
    const asked = api.report.mock.calls.map(([name, params]) => [name, params]);
    const filters = { from: '2026-10-01', to: '2026-10-31', teamId: 'team-network' };
    expect(asked).toEqual(
      expect.arrayContaining(
        ['overview', 'time-at-level', 'bottlenecks', 'sla-breaches', 'flow', 'load', 'survival', 'surveys'].map(
          (name) => [name, expect.objectContaining(filters)],
        ),
      ),
    );
    expect(el.querySelector('h1')?.textContent).toBe('Process review pack');
    expect(el.querySelector('.period')?.textContent).toBe('2026-10-01 to 2026-10-31');
    expect(el.textContent).toContain('Team Network');
    const reports = Array.from(el.querySelectorAll('h2.report-title')).map((h) => h.textContent);
    expect(reports).toEqual([
      'Overview',
      'Time at level',
      'Bottlenecks',
      'SLA breaches',
      'Flow',
      'Load',
      'Time to resolution',
      'Voice of the stakeholder',
    ]);
    expect(api.report).toHaveBeenCalledWith('surveys', { ...filters, groupBy: 'team', hoursAtLevel: '4' });
    // A document shows each chart with its table, without the Chart/Table switch.
    expect(el.querySelectorAll('canvas').length).toBeGreaterThan(0);
    expect(el.querySelectorAll('ladder-data-table').length).toBeGreaterThanOrEqual(
      el.querySelectorAll('canvas').length,
    );
    expect(el.querySelector('mat-button-toggle-group')).toBeNull();
  });

  it('asks the comparison period too when one is chosen', async () => {
    const { api } = await render('/?from=2026-10-01&to=2026-10-31&compare=previous');
    expect(api.report).toHaveBeenCalledWith('flow', expect.objectContaining({ from: '2026-08-31', to: '2026-09-30' }));
  });
});
