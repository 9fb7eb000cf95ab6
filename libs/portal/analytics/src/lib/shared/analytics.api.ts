import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ArrivalSpikeList,
  BottlenecksReport,
  DrillDownPage,
  FlowReport,
  LoadReport,
  OverviewReport,
  SlaBreachesReport,
  SurveyReport,
  SurvivalReport,
  TimeAtLevelReport,
  TriageAcceptance,
} from '@ladder/contracts';
import { from, of, ReplaySubject, share, switchMap, type Observable } from 'rxjs';
import { ASKED_AHEAD_FRESH_MS, takeReportAskedAhead } from './early-report';
import { reportRequestKey, type ReportRequest } from './report-page-requests';

/** Each report's path under /api/analytics and the contract it answers with. */
export interface ReportTypes {
  overview: OverviewReport;
  'time-at-level': TimeAtLevelReport;
  bottlenecks: BottlenecksReport;
  'sla-breaches': SlaBreachesReport;
  flow: FlowReport;
  load: LoadReport;
  survival: SurvivalReport;
  surveys: SurveyReport;
  'drill-down': DrillDownPage;
  /** Not a report of the filters: every escalation opened with triage suggestions on screen, so far. */
  'triage-acceptance': TriageAcceptance;
  /** Recorded spikes whose hour ended in `from`..`to` only: the other filters do not apply. */
  'arrival-spikes': ArrivalSpikeList;
}
export type ReportName = keyof ReportTypes;

/** HTTP, and the one report asked for ahead of its page. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);
  private prefetched: { key: string; sentAt: number; answer: Observable<unknown> } | null = null;

  report<K extends ReportName>(name: K, params: Record<string, string>): Observable<ReportTypes[K]> {
    const prefetched = this.takePrefetched(reportRequestKey({ name, params }));
    return prefetched ? (prefetched as Observable<ReportTypes[K]>) : this.get(name, params);
  }

  /**
   * Sends a report's request now, for a page about to be drawn, unless the page's address already sent it before
   * Angular started (`askReportOfAddress`), whose answer is then used. The next `report` call with the same name and
   * parameters gets this answer (or its error) instead of asking again, if it comes within 30 s. The page's other
   * reports are asked as usual meanwhile; a newer prefetch replaces an untaken one.
   */
  prefetch(request: ReportRequest): void {
    const { name, params } = request;
    const askedAhead = takeReportAskedAhead(request);
    const sent = askedAhead
      ? from(askedAhead).pipe(switchMap((body) => (body === null ? this.get(name, params) : of(body))))
      : this.get(name, params);
    // Kept after an error too (shareReplay would ask again), so the page gets what this request got.
    const answer = sent.pipe(
      share({
        connector: () => new ReplaySubject(1),
        resetOnError: false,
        resetOnComplete: false,
        resetOnRefCountZero: false,
      }),
    );
    // The error reaches the page that takes the answer; nobody else should hear of it.
    answer.subscribe({ error: () => undefined });
    this.prefetched = { key: reportRequestKey(request), sentAt: Date.now(), answer };
  }

  /** The prefetched answer to this request, once, while fresh; a stale one is dropped whatever was asked. */
  private takePrefetched(key: string): Observable<unknown> | null {
    const prefetched = this.prefetched;
    if (!prefetched) return null;
    const stale = Date.now() - prefetched.sentAt > ASKED_AHEAD_FRESH_MS;
    if (!stale && prefetched.key !== key) return null;
    this.prefetched = null;
    return stale ? null : prefetched.answer;
  }

  private get<K extends ReportName>(name: K, params: Record<string, string>): Observable<ReportTypes[K]> {
    return this.http.get<ReportTypes[K]>(`/api/analytics/${name}`, { params });
  }
}
