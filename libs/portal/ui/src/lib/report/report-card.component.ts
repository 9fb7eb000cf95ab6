import { ChangeDetectionStrategy, Component, ElementRef, inject, InjectionToken, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { EmptyStateComponent } from '../layout/empty-state.component';
import { DataTableComponent } from '../table/data-table.component';
import { toCsv, type DataTable } from '../table/data-table';
import { downloadCanvasPng, downloadCsv } from './download';

export type ReportStatus = 'loading' | 'ready' | 'empty' | 'error';

/** Provided `true` where a document shows every chart and its table together (the printable review pack). */
export const REPORT_CARD_SHOWS_BOTH = new InjectionToken<boolean>('REPORT_CARD_SHOWS_BOTH', { factory: () => false });

/** What an empty card says by default, and what to do about it. */
export const EMPTY_REPORT_TEXT = 'Nothing in this period with these filters.';
export const EMPTY_REPORT_HINT = 'Pick a wider date range or fewer filters.';

let nextId = 0;

/**
 * One chart of a report with what every chart offers: a table view of the same figures, CSV and PNG downloads, and
 * loading, empty and error states that say what is happening. The chart itself is projected.
 */
@Component({
  selector: 'ladder-report-card',
  imports: [MatButtonModule, MatButtonToggleModule, MatProgressBarModule, EmptyStateComponent, DataTableComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-card.component.html',
  styleUrl: './report-card.component.scss',
})
export class ReportCardComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly heading = input.required<string>();
  readonly subtitle = input('');
  readonly status = input.required<ReportStatus>();
  /** The figures of the chart; null while there are none. */
  readonly table = input<DataTable | null>(null);
  /** File name of the downloads, without extension. */
  readonly fileName = input.required<string>();
  readonly emptyText = input(EMPTY_REPORT_TEXT);
  /** What to do about an empty card; a card whose emptiness is good news says so instead. */
  readonly emptyHint = input(EMPTY_REPORT_HINT);
  /** Show the table only (a report part that is a list, not a chart). */
  readonly tableOnly = input(false);
  /** Whether a document of every chart (the review pack) shows this chart's table too; off for tables too long for paper. */
  readonly tableInDocument = input(true);

  protected readonly showsBoth = inject(REPORT_CARD_SHOWS_BOTH);
  protected readonly headingId = `ladder-report-card-${nextId++}`;
  protected readonly view = signal<'chart' | 'table'>('chart');

  protected downloadCsv(): void {
    const table = this.table();
    if (table) downloadCsv(`${this.fileName()}.csv`, toCsv(table));
  }

  protected downloadPng(): void {
    const canvas = this.host.nativeElement.querySelector('canvas');
    if (canvas) downloadCanvasPng(`${this.fileName()}.png`, canvas);
  }
}
