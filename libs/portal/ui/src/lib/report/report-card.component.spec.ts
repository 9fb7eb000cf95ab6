import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DataTable } from '../table/data-table';
import { ReportCardComponent, type ReportStatus } from './report-card.component';
import * as download from './download';

const table: DataTable = {
  caption: 'Hours over budget',
  columns: [
    { key: 'team', label: 'Team' },
    { key: 'hours', label: 'Hours', numeric: true },
  ],
  rows: [
    {
      cells: { team: 'Network', hours: 12.5 },
      links: { hours: { path: '/reports/drill-down', queryParams: { basis: 'over-budget' } } },
    },
  ],
};

@Component({
  imports: [ReportCardComponent],
  template: `
    <ladder-report-card heading="Hours over budget" fileName="bottlenecks" [status]="status()" [table]="table">
      <canvas aria-label="chart"></canvas>
    </ladder-report-card>
  `,
})
class HostComponent {
  readonly status = signal<ReportStatus>('ready');
  readonly table = table;
}

function render(status: ReportStatus) {
  TestBed.configureTestingModule({ providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(HostComponent);
  fixture.componentInstance.status.set(status);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  return { fixture, el, button };
}

describe('ReportCardComponent', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows the chart, then the same figures as a table with drill-down links', () => {
    const { fixture, el, button } = render('ready');
    expect(el.querySelector('h2')?.textContent).toBe('Hours over budget');
    expect(el.querySelector('.chart')?.hasAttribute('hidden')).toBe(false);
    button('Table').click();
    fixture.detectChanges();
    expect(el.querySelector('.chart')?.hasAttribute('hidden')).toBe(true);
    const cells = Array.from(el.querySelectorAll('td')).map((td) => td.textContent?.trim());
    expect(cells).toEqual(['Network', '12.5']);
    expect(el.querySelector('td a')?.getAttribute('href')).toBe('/reports/drill-down?basis=over-budget');
  });

  it('downloads the table as CSV and the canvas as PNG under the file name', () => {
    const csv = jest.spyOn(download, 'downloadCsv').mockImplementation(() => undefined);
    const png = jest.spyOn(download, 'downloadCanvasPng').mockImplementation(() => undefined);
    const { el, button } = render('ready');
    button('Download CSV').click();
    button('Download PNG').click();
    expect(csv).toHaveBeenCalledWith('bottlenecks.csv', 'Team,Hours\r\nNetwork,12.5\r\n');
    expect(png).toHaveBeenCalledWith('bottlenecks.png', el.querySelector('canvas'));
  });

  it('says what is happening while loading, when empty and on an error, without tools', () => {
    expect(render('loading').el.textContent).toContain('Loading Hours over budget…');
    TestBed.resetTestingModule();
    const empty = render('empty');
    expect(empty.el.textContent).toContain('Nothing in this period with these filters.');
    expect(empty.button('Download CSV')).toBeUndefined();
    TestBed.resetTestingModule();
    expect(render('error').el.textContent).toContain('This report could not be loaded');
  });
});
