import { TestBed } from '@angular/core/testing';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DrillDownPage as DrillDownAnswer } from '@ladder/contracts';
import { of } from 'rxjs';
import { referenceData, reportProviders } from '../shared/report-page.fixture';
import { DrillDownPage } from './drill-down.page';

const item = (number: number): DrillDownAnswer['items'][number] => ({
  escalationId: `00000000-0000-4000-8000-${String(number).padStart(12, '0')}`,
  number,
  title: `Escalation ${number}`,
  severity: 'S2',
  status: 'resolved',
  category: 'network',
  affectedService: 'VPN',
  level: 2,
  teamName: 'Network',
  openedAt: '2026-09-02T08:00:00.000Z',
  resolvedAt: '2026-09-02T12:00:00.000Z',
  minutes: 90,
});

// jsdom's Blob has no text().
function readText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob ?? new Blob());
  });
}

async function render(answers: DrillDownAnswer[]) {
  const api = { report: jest.fn() };
  for (const answer of answers) api.report.mockReturnValueOnce(of(answer));
  const reference = referenceData({
    levels: [{ level: 2, name: 'Team Lead' }],
    teams: [{ id: 'team-network', name: 'Network' }],
  });
  TestBed.configureTestingModule({
    providers: reportProviders(api, [reference], [{ path: 'reports/drill-down', component: DrillDownPage }]),
  });
  const harness = await RouterTestingHarness.create(
    '/reports/drill-down?basis=stints&level=2&teamId=team-network&from=2026-09-01&to=2026-09-30&compare=previous',
  );
  return { harness, api, el: harness.routeNativeElement as HTMLElement };
}

describe('DrillDownPage', () => {
  afterEach(() => jest.restoreAllMocks());

  it('asks for the cell over the filters and lists its escalations, each linking to its page', async () => {
    const { api, el } = await render([{ basis: 'stints', total: 1, page: 1, pageSize: 25, items: [item(42)] }]);
    expect(api.report).toHaveBeenCalledWith('drill-down', {
      basis: 'stints',
      level: '2',
      teamId: 'team-network',
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(el.querySelector('h2')?.textContent).toBe(
      'Stays that left their level · L2 Team Lead · Network · 2026-09-01 to 2026-09-30',
    );
    expect(el.querySelector('.total')?.textContent).toBe('1 escalation');
    const link = el.querySelector('td a');
    expect(link?.textContent).toBe('ESC-42');
    expect(link?.getAttribute('href')).toBe('/escalations/00000000-0000-4000-8000-000000000042');
    expect(el.querySelector('td.num')?.textContent?.trim()).toBe('1h 30m');
  });

  it('downloads every page of the list as one CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => (blobs.push(blob), 'blob:csv'));
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { api, el, harness } = await render([
      { basis: 'stints', total: 201, page: 1, pageSize: 25, items: [item(1)] },
      {
        basis: 'stints',
        total: 201,
        page: 1,
        pageSize: 200,
        items: Array.from({ length: 200 }, (_, i) => item(i + 1)),
      },
      { basis: 'stints', total: 201, page: 2, pageSize: 200, items: [item(201)] },
    ]);
    const button = Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.includes('Download CSV'));
    button?.click();
    await harness.fixture.whenStable();
    expect(api.report).toHaveBeenLastCalledWith('drill-down', expect.objectContaining({ page: '2', pageSize: '200' }));
    expect((click.mock.contexts[0] as HTMLAnchorElement | undefined)?.download).toBe(
      'stints-2026-09-01-2026-09-30.csv',
    );
    // A header and 201 lines, each ended by CRLF.
    const text = await readText(blobs[0]);
    expect(text.split('\r\n')).toHaveLength(203);
  });

  it('says when no escalation is behind the figure', async () => {
    const { el } = await render([{ basis: 'stints', total: 0, page: 1, pageSize: 25, items: [] }]);
    expect(el.textContent).toContain('No escalation is behind this figure');
  });
});
