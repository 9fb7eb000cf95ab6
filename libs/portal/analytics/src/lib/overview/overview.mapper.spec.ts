import type { ReportLoad } from '../shared/report-load';
import type { OverviewReport } from '@ladder/contracts';
import { comparedPeriods, overviewStatus, overviewTiles, periodsText } from './overview.mapper';
import { figures, OVERVIEW, OVERVIEW_YEAR_EARLIER } from './overview.fixture';

const ready = (report: OverviewReport): ReportLoad<OverviewReport> => ({ status: 'ready', report });
const loading: ReportLoad<OverviewReport> = { status: 'loading', report: null };
const failed: ReportLoad<OverviewReport> = { status: 'error', report: null };

describe('overviewTiles', () => {
  it('shows each figure against the period before, with the change and whether it is an improvement', () => {
    expect(overviewTiles(OVERVIEW)).toEqual([
      {
        // 120 - 100 = +20, 20 / 100 = +20 %; more escalations is neither better nor worse (it may be better reporting)
        figure: 'escalations',
        label: 'Escalations',
        value: '120',
        previous: '100',
        change: '+20 (+20%)',
        direction: 'up',
        verdict: null,
        reportPath: '/reports/flow',
        reportName: 'flow report',
      },
      {
        // 62.5 % - 60 % = +2.5 points; higher is better
        figure: 'firstLevelResolutionRate',
        label: 'First-level resolution',
        value: '62.5%',
        previous: '60%',
        change: '+2.5 points',
        direction: 'up',
        verdict: 'better',
        reportPath: '/reports/flow',
        reportName: 'flow report',
      },
      {
        // 30.4 and 29.8 minutes both show as 30m: no change
        figure: 'mttaMinutes',
        label: 'Mean time to acknowledge',
        value: '30m',
        previous: '30m',
        change: 'No change',
        direction: 'same',
        verdict: 'same',
        reportPath: '/reports/flow',
        reportName: 'flow report',
      },
      {
        // 245.6 -> 246 min = 4h 6m against 300 = 5h: -54 min, -54 / 300 = -18 %
        figure: 'mttrMinutes',
        label: 'Mean time to resolve',
        value: '4h 6m',
        previous: '5h',
        change: '−54m (−18%)',
        direction: 'down',
        verdict: 'better',
        reportPath: '/reports/flow',
        reportName: 'flow report',
      },
      {
        // 10 % - 15 % = -5 points; lower is better
        figure: 'slaBreachRate',
        label: 'Response or resolution breached',
        value: '10%',
        previous: '15%',
        change: '−5 points',
        direction: 'down',
        verdict: 'better',
        reportPath: '/reports/sla-breaches',
        reportName: 'SLA breaches report',
      },
      {
        // 77.5 % - 80 % = -2.5 points; higher is better
        figure: 'csat',
        label: 'CSAT (rated 4 or 5)',
        value: '77.5%',
        previous: '80%',
        change: '−2.5 points',
        direction: 'down',
        verdict: 'worse',
        reportPath: '/reports/surveys',
        reportName: 'survey report',
      },
    ]);
  });

  it('shows CSAT only when either period has survey responses', () => {
    const csatTile = (current: number, previous: number) =>
      overviewTiles({
        ...OVERVIEW,
        current: { ...OVERVIEW.current, surveyResponses: current, csat: current ? 0.5 : null },
        previous: { ...OVERVIEW.previous, surveyResponses: previous, csat: previous ? 0.75 : null },
      }).find((t) => t.figure === 'csat');
    expect(csatTile(0, 0)).toBeUndefined();
    // Answered before but not now: shown, with nothing to compare.
    expect(csatTile(0, 4)).toMatchObject({ value: '–', previous: '75%', change: null, verdict: null });
    // 50 % - 75 % = -25 points
    expect(csatTile(2, 4)).toMatchObject({ value: '50%', change: '−25 points', verdict: 'worse' });
  });

  it('gives the change in escalations without calling it better or worse, whichever way it goes', () => {
    const tileWith = (previous: number) =>
      overviewTiles({ ...OVERVIEW, previous: { ...OVERVIEW.previous, escalations: previous } })[0];
    // 120 against 150: -30, -30 / 150 = -20 %; against 120: no change.
    expect(tileWith(150)).toMatchObject({ change: '−30 (−20%)', direction: 'down', verdict: null });
    expect(tileWith(120)).toMatchObject({ change: 'No change', direction: 'same', verdict: null });
  });

  it('compares nothing where a period has no figure', () => {
    const [, flr, mtta] = overviewTiles({
      ...OVERVIEW,
      previous: figures({ escalations: 3, mttaMinutes: 0 }),
    });
    expect(flr).toMatchObject({ value: '62.5%', previous: '–', change: null, direction: null, verdict: null });
    // From 0 minutes there is no relative change to give: 30 min more.
    expect(mtta).toMatchObject({ previous: 'under 1m', change: '+30m', direction: 'up', verdict: 'worse' });
  });

  it('says a single point in the singular and keeps a relative change to one decimal', () => {
    const [escalations, flr] = overviewTiles({
      ...OVERVIEW,
      current: { ...OVERVIEW.current, escalations: 2, firstLevelResolutionRate: 0.61 },
      previous: { ...OVERVIEW.previous, escalations: 3 },
    });
    // 2 - 3 = -1, -1 / 3 = -33.3 %; 61 % - 60 % = +1 point
    expect(escalations?.change).toBe('−1 (−33.3%)');
    expect(flr?.change).toBe('+1 point');
  });
});

describe('comparedPeriods', () => {
  it('takes the figures of a year earlier from that overview’s current period', () => {
    expect(comparedPeriods(OVERVIEW, OVERVIEW_YEAR_EARLIER)).toEqual({
      ...OVERVIEW,
      previousFrom: '2025-11-01',
      previousTo: '2025-11-30',
      previous: OVERVIEW_YEAR_EARLIER.current,
    });
    expect(comparedPeriods(OVERVIEW, null)).toEqual(OVERVIEW);
  });

  it('makes the tiles compare with a year earlier', () => {
    const [escalations, , mtta] = overviewTiles(comparedPeriods(OVERVIEW, OVERVIEW_YEAR_EARLIER));
    // 120 - 150 = -30, -30 / 150 = -20 %; 30 - 45 = -15 min, -15 / 45 = -33.3 %
    expect(escalations).toMatchObject({ previous: '150', change: '−30 (−20%)', direction: 'down', verdict: null });
    expect(mtta).toMatchObject({ previous: '45m', change: '−15m (−33.3%)', verdict: 'better' });
  });
});

describe('overviewStatus', () => {
  it('waits for the year-earlier answer when one is needed', () => {
    expect(overviewStatus(loading, null)).toBe('loading');
    expect(overviewStatus(ready(OVERVIEW), loading)).toBe('loading');
    expect(overviewStatus(ready(OVERVIEW), ready(OVERVIEW_YEAR_EARLIER))).toBe('ready');
    expect(overviewStatus(ready(OVERVIEW), null)).toBe('ready');
  });

  it('fails when either answer failed', () => {
    expect(overviewStatus(failed, null)).toBe('error');
    expect(overviewStatus(ready(OVERVIEW), failed)).toBe('error');
  });

  it('is empty only when neither period has an escalation', () => {
    const none = { ...OVERVIEW, current: figures({}), previous: figures({}) };
    expect(overviewStatus(ready(none), null)).toBe('empty');
    expect(overviewStatus(ready({ ...none, previous: figures({ escalations: 1 }) }), null)).toBe('ready');
    // The year-earlier period has escalations, the period before has none.
    expect(overviewStatus(ready(none), ready(OVERVIEW_YEAR_EARLIER))).toBe('ready');
  });
});

describe('periodsText', () => {
  it('names both periods and which comparison it is', () => {
    expect(periodsText(OVERVIEW, 'previous')).toBe(
      '2026-11-01 to 2026-11-30 against 2026-10-02 to 2026-10-31, the period before',
    );
    expect(periodsText(comparedPeriods(OVERVIEW, OVERVIEW_YEAR_EARLIER), 'year')).toBe(
      '2026-11-01 to 2026-11-30 against 2025-11-01 to 2025-11-30, the same period a year earlier',
    );
  });
});
