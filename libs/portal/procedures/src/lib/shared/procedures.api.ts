import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateProcedureDraft,
  ProcedureDiff,
  ProcedureReplayResult,
  ProcedureStatus,
  ProcedureVersion,
  ProcedureVersionDetail,
  ProcedureVersionSummary,
  UpdateProcedureDraft,
} from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** The lifecycle steps that take no body beyond the version's id. */
export type ProcedureStep = 'submit' | 'approve' | 'discard' | 'retire';

/** HTTP only: procedure versions, their lifecycle and review comments, the diff of two and the what-if replay. */
@Injectable({ providedIn: 'root' })
export class ProceduresApi {
  private readonly http = inject(HttpClient);

  /** Newest first; published and retired ones when no statuses are given. */
  list(statuses?: readonly ProcedureStatus[]): Observable<ProcedureVersionSummary[]> {
    const params = statuses ? new HttpParams().set('status', statuses.join(',')) : undefined;
    return this.http.get<ProcedureVersionSummary[]>('/api/procedures', { params });
  }

  /** The newest published version: the one new escalations follow. */
  current(): Observable<ProcedureVersion> {
    return this.http.get<ProcedureVersion>('/api/procedures/current');
  }

  get(id: string): Observable<ProcedureVersionDetail> {
    return this.http.get<ProcedureVersionDetail>(`/api/procedures/${id}`);
  }

  createDraft(body: CreateProcedureDraft): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>('/api/procedures/drafts', body);
  }

  update(id: string, body: UpdateProcedureDraft): Observable<ProcedureVersionDetail> {
    return this.http.put<ProcedureVersionDetail>(`/api/procedures/${id}`, body);
  }

  step(id: string, step: ProcedureStep): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`/api/procedures/${id}/${step}`, {});
  }

  requestChanges(id: string, reason: string): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`/api/procedures/${id}/request-changes`, { body: reason });
  }

  comment(id: string, body: string): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`/api/procedures/${id}/comments`, { body });
  }

  /** What changes from `otherId` to `id`. */
  diff(id: string, otherId: string): Observable<ProcedureDiff> {
    return this.http.get<ProcedureDiff>(`/api/procedures/${id}/diff/${otherId}`);
  }

  replay(id: string, days: number): Observable<ProcedureReplayResult> {
    return this.http.post<ProcedureReplayResult>(`/api/procedures/${id}/replay`, {}, { params: { days } });
  }
}
