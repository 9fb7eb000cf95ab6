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
import type { Observable } from 'rxjs';

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

/** HTTP only. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  report<K extends ReportName>(name: K, params: Record<string, string>): Observable<ReportTypes[K]> {
    return this.http.get<ReportTypes[K]>(`/api/analytics/${name}`, { params });
  }
}
