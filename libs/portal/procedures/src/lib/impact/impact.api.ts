import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ProcedureComparisonReport } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: whether a revision helped, two procedure versions or two periods compared. */
@Injectable({ providedIn: 'root' })
export class ImpactApi {
  private readonly http = inject(HttpClient);

  compare(params: Record<string, string>): Observable<ProcedureComparisonReport> {
    return this.http.get<ProcedureComparisonReport>('/api/analytics/procedure-comparison', { params });
  }
}
