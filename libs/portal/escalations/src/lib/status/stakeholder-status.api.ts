import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { StakeholderStatus } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the public, token-addressed status of one escalation. */
@Injectable({ providedIn: 'root' })
export class StakeholderStatusApi {
  private readonly http = inject(HttpClient);

  get(token: string): Observable<StakeholderStatus> {
    return this.http.get<StakeholderStatus>(`/api/status/${encodeURIComponent(token)}`);
  }
}
