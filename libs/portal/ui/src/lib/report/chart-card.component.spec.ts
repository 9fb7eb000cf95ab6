import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { provideRouter } from '@angular/router';
import { ChartComponent, type ChartPick } from '../chart/chart.component';
import { barChartOptions, provideLadderCharts } from '../chart/chart-theme';
import { ChartCardComponent } from './chart-card.component';
import type { ChartView } from './chart-view';
import type { ReportStatus } from './report-card.component';

const view: ChartView = {
  data: { labels: ['Network'], datasets: [{ label: 'Hours', data: [12.5] }] },
  options: barChartOptions('Hours over budget', false),
  label: 'Bar chart of hours over budget per team. The figures are in the table view.',
  table: {
    caption: 'Hours over budget per team',
    columns: [
      { key: 'team', label: 'Team' },
      { key: 'hours', label: 'Hours', numeric: true },
    ],
    rows: [{ cells: { team: 'Network', hours: 12.5 } }],
  },
  height: 240,
};

@Component({
  imports: [ChartCardComponent],
  template: `
    <ladder-chart-card
      heading="Hours over budget"
      type="bar"
      fileName="hours-over-budget"
      [status]="status()"
      [view]="view()"
      (pick)="picks.push($event)"
    >
      <p class="key">Darker, more hours</p>
    </ladder-chart-card>
  `,
})
class HostComponent {
  readonly status = signal<ReportStatus>('ready');
  readonly view = signal<ChartView | null>(view);
  readonly picks: ChartPick[] = [];
}

function render(status: ReportStatus, shown: ChartView | null = view) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), provideLadderCharts()] });
  const fixture = TestBed.createComponent(HostComponent);
  fixture.componentInstance.status.set(status);
  fixture.componentInstance.view.set(shown);
  fixture.detectChanges();
  const el = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(el.querySelectorAll('button')).find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  return { fixture, el, button };
}

describe('ChartCardComponent', () => {
  it('draws the view on a labelled canvas of its height, with the given content under it', () => {
    const { el } = render('ready');
    expect(el.querySelector('h2')?.textContent).toBe('Hours over budget');
    expect(el.querySelector('canvas')?.getAttribute('aria-label')).toBe(view.label);
    expect(el.querySelector<HTMLElement>('ladder-chart')?.style.getPropertyValue('--ladder-chart-height')).toBe(
      '240px',
    );
    expect(el.querySelector('.chart .key')?.textContent).toBe('Darker, more hours');
  });

  it("shows the view's table as the card's table view", () => {
    const { fixture, el, button } = render('ready');
    button('Table').click();
    fixture.detectChanges();
    expect(el.querySelector('table')?.getAttribute('aria-label')).toBe('Hours over budget per team');
    expect(Array.from(el.querySelectorAll('td')).map((td) => td.textContent?.trim())).toEqual(['Network', '12.5']);
  });

  it('passes on the element clicked', () => {
    const { fixture } = render('ready');
    const chart = fixture.debugElement.query(By.directive(ChartComponent)).componentInstance as ChartComponent;
    chart.pick.emit({ datasetIndex: 0, index: 0 });
    expect(fixture.componentInstance.picks).toEqual([{ datasetIndex: 0, index: 0 }]);
  });

  it('says so when there is nothing to draw, with the report card’s words unless given others', () => {
    const { el } = render('empty', null);
    expect(el.querySelector('canvas')).toBeNull();
    expect(el.textContent).toContain('Nothing in this period with these filters.');
    expect(el.textContent).toContain('Pick a wider date range or fewer filters.');
  });
});
