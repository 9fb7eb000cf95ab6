import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ReportQuery, TimeAtLevelReport } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only. */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);

  timeAtLevel(query: Pick<ReportQuery, 'from' | 'to'>): Observable<TimeAtLevelReport> {
    return this.http.get<TimeAtLevelReport>('/api/analytics/time-at-level', { params: { ...query } });
  }
}
