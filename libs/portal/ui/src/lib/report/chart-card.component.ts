import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import type { ChartType } from 'chart.js';
import { ChartComponent, type ChartPick } from '../chart/chart.component';
import type { ChartView } from './chart-view';
import { EMPTY_REPORT_HINT, EMPTY_REPORT_TEXT, ReportCardComponent, type ReportStatus } from './report-card.component';

/**
 * A report card with its chart: the view's data, options and label on the canvas, its table as the card's table view
 * and CSV. Content given to the card (a colour key, say) is shown under the chart.
 */
@Component({
  selector: 'ladder-chart-card',
  imports: [ReportCardComponent, ChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ladder-report-card
      [heading]="heading()"
      [subtitle]="subtitle()"
      [status]="status()"
      [table]="view()?.table ?? null"
      [fileName]="fileName()"
      [emptyText]="emptyText()"
      [emptyHint]="emptyHint()"
      [tableInDocument]="tableInDocument()"
    >
      @if (view(); as chart) {
        <ladder-chart
          [type]="type()"
          [data]="chart.data"
          [options]="chart.options"
          [label]="chart.label"
          [legend]="chart.legend"
          [style.--ladder-chart-height.px]="chart.height"
          (pick)="pick.emit($event)"
        />
      }
      <ng-content />
    </ladder-report-card>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ChartCardComponent {
  readonly heading = input.required<string>();
  readonly subtitle = input('');
  readonly status = input.required<ReportStatus>();
  /** What to draw; null while there is nothing (loading, or no report). */
  readonly view = input.required<ChartView | null>();
  readonly type = input.required<ChartType>();
  /** File name of the downloads, without extension. */
  readonly fileName = input.required<string>();
  readonly emptyText = input(EMPTY_REPORT_TEXT);
  readonly emptyHint = input(EMPTY_REPORT_HINT);
  readonly tableInDocument = input(true);
  /** The chart element clicked, to open what is behind it. */
  readonly pick = output<ChartPick>();
}
