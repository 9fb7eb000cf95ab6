import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ChartData } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { barChartOptions, renderedMarker } from './chart-theme';

@Component({
  selector: 'ladder-bar-chart',
  imports: [BaseChartDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <canvas
      baseChart
      type="bar"
      [data]="data()"
      [options]="options()"
      [plugins]="plugins"
      role="img"
      [attr.aria-label]="label()"
    >
      {{ label() }}
    </canvas>
  `,
  styles: `
    :host {
      display: block;
      position: relative;
      height: 360px;
    }
  `,
})
export class BarChartComponent {
  readonly data = input.required<ChartData<'bar'>>();
  /** Accessible description of what the chart shows. */
  readonly label = input.required<string>();
  readonly valueTitle = input('');
  readonly animate = input(true);
  protected readonly options = computed(() => barChartOptions(this.valueTitle(), this.animate()));
  protected readonly plugins = [renderedMarker];
}
