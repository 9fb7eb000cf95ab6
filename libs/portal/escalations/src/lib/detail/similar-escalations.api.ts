import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SimilarEscalation } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: resolved escalations like one escalation. */
@Injectable({ providedIn: 'root' })
export class SimilarEscalationsApi {
  private readonly http = inject(HttpClient);

  similar(id: string, limit: number): Observable<SimilarEscalation[]> {
    return this.http.get<SimilarEscalation[]>(`/api/escalations/${encodeURIComponent(id)}/similar`, {
      params: { limit },
    });
  }
}
