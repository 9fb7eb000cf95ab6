import { DatePipe, Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { DrillDownItem } from '@ladder/contracts';
import { Notifier, ReferenceStore } from '@ladder/portal/core';
import {
  downloadCsv,
  EmptyStateComponent,
  escalationNumber,
  formatMinutes,
  SeverityChipComponent,
  StatusChipComponent,
  toCsv,
} from '@ladder/portal/ui';
import { firstValueFrom } from 'rxjs';
import { AnalyticsApi } from '../shared/analytics.api';
import { levelNamesFrom } from '../shared/labels';
import { loadReport } from '../shared/report-load';
import { ReportContext } from '../shared/report-context';
import { describeDrill, drillTable } from './drill-description';

/** The parameters a drill-down reads: the filters plus the cell's narrowing and the page. */
const DRILL_PARAMS = ['basis', 'fromLevel', 'toLevel', 'atLevel', 'weekday', 'hour', 'timeZone', 'kind'] as const;
/** The CSV takes every listed escalation up to this many (pages of the API's largest size). */
const CSV_LIMIT = 2000;
const CSV_PAGE = 200;

@Component({
  selector: 'ladder-drill-down-page',
  imports: [
    DatePipe,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    EmptyStateComponent,
    SeverityChipComponent,
    StatusChipComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './drill-down.page.html',
  styleUrl: './drill-down.page.scss',
})
export class DrillDownPage {
  private readonly context = inject(ReportContext);
  private readonly api = inject(AnalyticsApi);
  private readonly reference = inject(ReferenceStore);
  private readonly notifier = inject(Notifier);
  private readonly location = inject(Location);

  protected readonly columns = ['number', 'title', 'severity', 'status', 'level', 'team', 'opened', 'minutes'];
  protected readonly escalationNumber = escalationNumber;
  protected readonly formatMinutes = formatMinutes;
  protected readonly downloading = signal(false);

  private readonly request = computed(() => {
    const params = this.context.params();
    const query: Record<string, string> = { ...this.context.apiParams() };
    for (const key of [...DRILL_PARAMS, 'page', 'pageSize'] as const) {
      const value = params[key];
      if (value) query[key] = value;
    }
    return query;
  });
  protected readonly load = loadReport(this.request, (query) => this.api.report('drill-down', query));
  protected readonly page = computed(() => this.load()?.report ?? null);

  protected readonly levelName = levelNamesFrom(this.reference);

  protected readonly heading = computed(() =>
    describeDrill(this.request(), {
      level: (level) => this.levelName(Number(level)),
      team: (id) => this.reference.teams().find((t) => t.id === id)?.name ?? 'a team',
    }),
  );

  constructor() {
    void this.reference.ensureLoaded();
  }

  protected turnPage(event: PageEvent): void {
    this.context.update({ page: String(event.pageIndex + 1), pageSize: String(event.pageSize) });
  }

  protected back(): void {
    this.location.back();
  }

  /** Every escalation of the list (up to CSV_LIMIT), not just the page on screen. */
  protected async downloadCsv(): Promise<void> {
    this.downloading.set(true);
    try {
      const items: DrillDownItem[] = [];
      for (let page = 1; items.length < CSV_LIMIT; page += 1) {
        const query = { ...this.request(), page: String(page), pageSize: String(CSV_PAGE) };
        const answer = await firstValueFrom(this.api.report('drill-down', query));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) break;
      }
      const basis = this.request()['basis'] ?? 'escalations';
      downloadCsv(
        `${basis}-${this.request()['from']}-${this.request()['to']}.csv`,
        toCsv(drillTable(this.heading(), items)),
      );
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.downloading.set(false);
    }
  }
}
