import { TestBed } from '@angular/core/testing';
import { BarChartComponent } from './bar-chart.component';
import { provideLadderCharts } from './chart-theme';

describe('BarChartComponent', () => {
  it('draws on a labelled canvas with the theme options', () => {
    TestBed.configureTestingModule({ providers: [provideLadderCharts()] });
    const fixture = TestBed.createComponent(BarChartComponent);
    fixture.componentRef.setInput('data', { labels: ['L1 Service Desk'], datasets: [{ label: 'p50', data: [12] }] });
    fixture.componentRef.setInput('label', 'Time at level');
    fixture.componentRef.setInput('valueTitle', 'Minutes');
    fixture.componentRef.setInput('animate', false);
    fixture.detectChanges();
    const canvas = (fixture.nativeElement as HTMLElement).querySelector('canvas');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(canvas?.getAttribute('aria-label')).toBe('Time at level');
    expect(canvas?.getAttribute('data-rendered')).toBe('true');
  });
});
