import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { TimeAtLevelReport } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { catchError, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { AnalyticsApi } from '../shared/analytics.api';
import { type DateRange, rangeFromParams } from './date-range';
import { toTimeAtLevelChart } from './time-at-level.mapper';

interface ReportState {
  loading: boolean;
  report: TimeAtLevelReport | null;
}

/** The dashboard's state: the date range lives in the URL, the report follows it. */
@Injectable()
export class DashboardStore {
  private readonly api = inject(AnalyticsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  private readonly range$ = this.route.queryParams.pipe(
    map((params) => rangeFromParams(params, new Date())),
    distinctUntilChanged((a, b) => a.from === b.from && a.to === b.to),
  );
  readonly range = toSignal(this.range$, { requireSync: true });
  /** `?noanim` turns chart animation off (screenshots, reduced motion by choice). */
  readonly animate = toSignal(this.route.queryParams.pipe(map((params) => !('noanim' in params))), {
    requireSync: true,
  });

  private readonly state = toSignal(
    this.range$.pipe(
      switchMap((range) =>
        this.api.timeAtLevel(range).pipe(
          map((report): ReportState => ({ loading: false, report })),
          catchError((error: unknown) => {
            this.notifier.error(error);
            return of<ReportState>({ loading: false, report: null });
          }),
          startWith<ReportState>({ loading: true, report: null }),
        ),
      ),
    ),
    { initialValue: { loading: true, report: null } },
  );

  readonly loading = computed(() => this.state().loading);
  readonly report = computed(() => this.state().report);
  readonly chart = computed(() => {
    const report = this.report();
    return report && report.rows.length > 0 ? toTimeAtLevelChart(report.rows) : null;
  });

  setRange(range: DateRange): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: range, queryParamsHandling: 'merge' });
  }
}
