import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { ActiveElement, ChartData, ChartEvent, ChartOptions, ChartType, Chart } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { LADDER_CHART_PLUGINS } from './chart-theme';

/** The data point a click landed on. */
export interface ChartPick {
  datasetIndex: number;
  index: number;
}

/**
 * Any chart of the theme on a labelled canvas. A click on a bar, box, cell, flow or point emits `pick`, so a page can
 * open the escalations behind it; the pointer shows where that is possible.
 */
@Component({
  selector: 'ladder-chart',
  imports: [BaseChartDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <canvas
      baseChart
      [type]="type()"
      [data]="data()"
      [options]="clickableOptions()"
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
      height: var(--ladder-chart-height, 360px);
    }
  `,
})
export class ChartComponent {
  readonly type = input.required<ChartType>();
  readonly data = input.required<ChartData>();
  readonly options = input<ChartOptions>({});
  /** Accessible description of what the chart shows. */
  readonly label = input.required<string>();
  /** Shows or hides the legend whatever the options say; unset, the options decide. */
  readonly legend = input<boolean | undefined>(undefined);
  readonly pick = output<ChartPick>();

  protected readonly plugins = LADDER_CHART_PLUGINS;
  // The legend goes into the options, not ng2-charts' own input: a change of that input alone redraws the options
  // without the data that came with it (a comparison switched on drew its legend but not its boxes).
  protected readonly clickableOptions = computed<ChartOptions>(() => ({
    ...this.withLegend(this.options(), this.legend()),
    onClick: (event: ChartEvent, _active: ActiveElement[], chart: Chart) => {
      const hit = this.hitAt(event, chart);
      if (hit) this.pick.emit({ datasetIndex: hit.datasetIndex, index: hit.index });
    },
    onHover: (event: ChartEvent, _active: ActiveElement[], chart: Chart) => {
      chart.canvas.style.cursor = this.hitAt(event, chart) ? 'pointer' : 'default';
    },
  }));

  private withLegend(options: ChartOptions, display: boolean | undefined): ChartOptions {
    if (display === undefined) return options;
    return { ...options, plugins: { ...options.plugins, legend: { ...options.plugins?.legend, display } } };
  }

  // The element under the pointer itself, not every element of the tooltip's index.
  private hitAt(event: ChartEvent, chart: Chart): ActiveElement | undefined {
    if (!event.native) return undefined;
    return chart.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, false)[0];
  }
}
