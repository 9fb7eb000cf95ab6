import { TestBed } from '@angular/core/testing';
import type { Chart } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { By } from '@angular/platform-browser';
import { ChartComponent, type ChartPick } from './chart.component';
import { barChartOptions, provideLadderCharts } from './chart-theme';

function render() {
  TestBed.configureTestingModule({ providers: [provideLadderCharts()] });
  const fixture = TestBed.createComponent(ChartComponent);
  fixture.componentRef.setInput('type', 'bar');
  fixture.componentRef.setInput('data', { labels: ['L1 Service Desk'], datasets: [{ label: 'p50', data: [12] }] });
  fixture.componentRef.setInput('options', barChartOptions('Minutes', false));
  fixture.componentRef.setInput('label', 'Time at level');
  fixture.detectChanges();
  const chart = fixture.debugElement.query(By.directive(BaseChartDirective)).injector.get(BaseChartDirective)
    .chart as Chart;
  return { fixture, chart, el: fixture.nativeElement as HTMLElement };
}

describe('ChartComponent', () => {
  it('draws on a labelled canvas with the theme options', () => {
    const { el } = render();
    const canvas = el.querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Time at level');
    expect(canvas?.getAttribute('data-rendered')).toBe('true');
  });

  it('emits the element a click lands on, and nothing for a click beside every element', () => {
    const { fixture, chart } = render();
    const picks: ChartPick[] = [];
    fixture.componentInstance.pick.subscribe((p) => picks.push(p));
    const onClick = chart.options.onClick as (event: unknown, active: unknown[], chart: Chart) => void;
    const hits = jest.spyOn(chart, 'getElementsAtEventForMode');
    hits.mockReturnValueOnce([{ datasetIndex: 0, index: 0, element: {} as never }]);
    onClick({ native: new MouseEvent('click') }, [], chart);
    hits.mockReturnValueOnce([]);
    onClick({ native: new MouseEvent('click') }, [], chart);
    expect(picks).toEqual([{ datasetIndex: 0, index: 0 }]);
    expect(hits).toHaveBeenCalledWith(expect.any(MouseEvent), 'nearest', { intersect: true }, false);
  });

  it('puts a legend choice into the options, keeping the rest of them', () => {
    const { fixture, chart } = render();
    expect(chart.options.plugins?.legend?.display).toBe(true);
    fixture.componentRef.setInput('legend', false);
    fixture.detectChanges();
    expect(chart.options.plugins?.legend?.display).toBe(false);
    expect(chart.options.plugins?.legend?.position).toBe('bottom');
  });
});
