import type { ArrivalSpikeList, LoadReport } from '@ladder/contracts';
import { MatSelect } from '@angular/material/select';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { ChartComponent } from '@ladder/portal/ui/charts';
import { of, throwError, type Observable } from 'rxjs';
import { defaultRange, previousPeriod } from '../filters/report-filters';
import { renderReportPage, toggleButton } from '../shared/report-page.fixture';
import { SPIKES } from './arrival-spikes.fixture';
import { LOAD, LOAD_WEEK_BEFORE } from './load.fixture';
import { LoadPage } from './load.page';
import { browserTimeZone } from './time-zones';

async function render(
  url: string,
  answer: (params: Record<string, string>) => LoadReport,
  spikes: () => Observable<ArrivalSpikeList> = () => of(SPIKES),
) {
  const api = {
    report: jest.fn((name: string, params: Record<string, string>) =>
      name === 'arrival-spikes' ? spikes() : of(answer(params)),
    ),
  };
  const loadCalls = () => api.report.mock.calls.filter(([name]) => name === 'load');
  return { ...(await renderReportPage(LoadPage, url, api)), api, loadCalls };
}

/** The API's answer for either week, in the zone it was asked for. */
const weekOrWeekBefore = (params: Record<string, string>): LoadReport => ({
  ...(params['from'] === LOAD.from ? LOAD : LOAD_WEEK_BEFORE),
  timeZone: params['timeZone'] ?? 'UTC',
});

const headings = (el: HTMLElement) => Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim());

function showTable(el: HTMLElement, heading: string): void {
  const card = Array.from(el.querySelectorAll('ladder-report-card')).find(
    (c) => c.querySelector('h2')?.textContent?.trim() === heading,
  );
  if (card) toggleButton(card, 'Table')?.click();
}

const cellsOf = (el: HTMLElement, caption: string) =>
  Array.from(el.querySelectorAll(`table[aria-label="${caption}"] tr`)).map((tr) =>
    Array.from(tr.querySelectorAll('th, td')).map((cell) => cell.textContent?.trim()),
  );

describe('LoadPage', () => {
  it("asks for the filters' load with hours in the browser's zone, and draws the heatmap, teams and days", async () => {
    const { el, api, loadCalls } = await render('/', () => LOAD);
    expect(loadCalls()).toHaveLength(1);
    expect(api.report).toHaveBeenCalledWith('load', { ...defaultRange(new Date()), timeZone: browserTimeZone() });
    expect(headings(el)).toEqual(['Arrivals by hour of week', 'Team capacity', 'Arrivals per day', 'Arrival spikes']);
    const labels = Array.from(el.querySelectorAll('canvas')).map((canvas) => canvas.getAttribute('aria-label'));
    expect(labels[0]).toContain('The busiest hour is Monday 09:00–10:00 (Europe/Berlin) with 4 escalations opened.');
    expect(el.querySelector('ladder-heat-scale')?.textContent).toContain(
      'from the lightest shade for 1 to the darkest for 4',
    );
  });

  it('shows the figures of the team capacity in its table view, the open ones linked to the queue', async () => {
    const { el, fixture } = await render('/', () => LOAD);
    showTable(el, 'Team capacity');
    fixture.detectChanges();
    expect(cellsOf(el, 'Open escalations and staffed agents per team, now')).toEqual([
      ['Team', 'Open escalations', 'Staffed agents', 'Open per agent'],
      ['L1 · Service Desk', '9', '4', '2.25'],
      ['L2 · Network Operations and Infrastructure Engineering', '5', '3', '1.67'],
      ['L3 · Security', '1', '0', '–'],
    ]);
    const link = el.querySelector<HTMLAnchorElement>('table a');
    expect(link?.getAttribute('href')).toBe('/escalations?team=team-1&status=open,acknowledged,waiting,reopened');
  });

  it('counts hours in the zone the URL names and draws the comparison period on the same colour scale', async () => {
    const { el, api, loadCalls } = await render(
      '/?from=2026-11-02&to=2026-11-08&timeZone=Asia/Tokyo&compare=previous',
      weekOrWeekBefore,
    );
    const range = { from: '2026-11-02', to: '2026-11-08' };
    expect(loadCalls()).toHaveLength(2);
    expect(api.report).toHaveBeenCalledWith('load', { ...range, timeZone: 'Asia/Tokyo' });
    expect(api.report).toHaveBeenCalledWith('load', { ...previousPeriod(range), timeZone: 'Asia/Tokyo' });
    expect(headings(el)).toEqual([
      'Arrivals by hour of week, this period',
      'Arrivals by hour of week, comparison period',
      'Team capacity',
      'Arrivals per day',
      'Arrival spikes',
    ]);
    // The week before's busiest hour (8) tops both scales.
    const scales = Array.from(el.querySelectorAll('ladder-heat-scale')).map((s) => s.textContent);
    expect(scales.every((text) => text?.includes('to the darkest for 8'))).toBe(true);
    expect(el.querySelector('mat-select')?.textContent).toContain('Asia/Tokyo');
  });

  it('writes a chosen zone to the URL and asks again with hours in it', async () => {
    const { fixture, api, router } = await render('/?from=2026-11-02&to=2026-11-08', weekOrWeekBefore);
    const select = fixture.debugElement.query(By.directive(MatSelect)).componentInstance as MatSelect;
    select.selectionChange.emit({ source: select, value: 'America/New_York' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect(router.url).toBe('/?from=2026-11-02&to=2026-11-08&timeZone=America%2FNew_York');
    expect(api.report).toHaveBeenLastCalledWith('load', {
      from: '2026-11-02',
      to: '2026-11-08',
      timeZone: 'America/New_York',
    });
  });

  it("opens the escalations of a clicked hour, in the clicked heatmap's period and zone", async () => {
    const { fixture, router } = await render(
      '/?from=2026-11-02&to=2026-11-08&timeZone=Asia/Tokyo&compare=previous',
      weekOrWeekBefore,
    );
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    const charts = fixture.debugElement.queryAll(By.directive(ChartComponent));
    // The second chart is the comparison heatmap; cell 38 is Tuesday 14:00 (24 + 14).
    (charts[1]?.componentInstance as ChartComponent).pick.emit({ datasetIndex: 0, index: 38 });
    expect(navigate).toHaveBeenCalledWith(['/reports/drill-down'], {
      queryParams: {
        from: '2026-10-26',
        to: '2026-11-01',
        basis: 'opened',
        weekday: 'tue',
        hour: '14',
        timeZone: 'Asia/Tokyo',
      },
    });
  });

  it('says so when nothing was opened', async () => {
    const quiet: LoadReport = {
      ...LOAD,
      byHourOfWeek: LOAD.byHourOfWeek.map((cell) => ({ ...cell, count: 0 })),
      byDay: LOAD.byDay.map((day) => ({ ...day, count: 0 })),
      teams: [],
    };
    const { el } = await render('/', () => quiet);
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('No escalation was opened in this period with these filters.');
    expect(el.textContent).toContain('No team matches these filters.');
  });

  it('lists the spikes of the period alone, their hours in the zone the URL names', async () => {
    const { el, api } = await render(
      '/?from=2026-11-02&to=2026-11-08&timeZone=Asia/Tokyo&severity=critical',
      weekOrWeekBefore,
    );
    expect(api.report).toHaveBeenCalledWith('arrival-spikes', { from: '2026-11-02', to: '2026-11-08' });
    const card = el.querySelector('[data-testid="arrival-spikes"]');
    expect(card?.textContent).toContain('at least 5 escalations of one category or affected service');
    expect(
      cellsOf(el, 'Hours when one category or affected service had far more escalations opened than usual'),
    ).toEqual([
      [
        'When (Asia/Tokyo)',
        'Counted by',
        'Name',
        'Opened',
        'Usual at this hour',
        'Weeks of history',
        'Times the usual',
      ],
      ['Wed, 4 Nov 2026, 22:05–23:05', 'Affected service', 'Payments API', '12', '2.3', '8', '5.3'],
      ['Mon, 2 Nov 2026, 17:00–18:00', 'Category', 'Network', '5', '0', '4', '–'],
    ]);
    // The queue filters by no category or service.
    expect(card?.querySelector('a')).toBeNull();
  });

  it('says in words when no spike was recorded in the period, and when the spikes could not be loaded', async () => {
    const quiet = await render(
      '/',
      () => LOAD,
      () => of({ items: [] }),
    );
    expect(quiet.el.querySelector('[data-testid="arrival-spikes"]')?.textContent).toContain(
      'No arrival spikes in this period: no category or affected service came in far above its usual hour.',
    );
    TestBed.resetTestingModule();
    const failed = await render(
      '/',
      () => LOAD,
      () => throwError(() => new Error('offline')),
    );
    expect(failed.el.querySelector('[data-testid="arrival-spikes"]')?.textContent).toContain(
      'This report could not be loaded',
    );
    expect(headings(failed.el)).toContain('Team capacity');
  });
});
