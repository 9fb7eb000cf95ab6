import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ActionItem,
  CreateActionItem,
  CreateProcessReview,
  FindingInput,
  ProcedureVersionDetail,
  ProcedureVersionSummary,
  ProcessReview,
  ProcessReviewSummary,
  UpdateActionItem,
} from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: process reviews, their findings and action items, and the draft revision a review leads to. */
@Injectable({ providedIn: 'root' })
export class ReviewsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<ProcessReviewSummary[]> {
    return this.http.get<ProcessReviewSummary[]>('/api/reviews');
  }

  get(id: string): Observable<ProcessReview> {
    return this.http.get<ProcessReview>(`/api/reviews/${encodeURIComponent(id)}`);
  }

  create(body: CreateProcessReview): Observable<ProcessReview> {
    return this.http.post<ProcessReview>('/api/reviews', body);
  }

  close(id: string): Observable<ProcessReview> {
    return this.http.post<ProcessReview>(`/api/reviews/${encodeURIComponent(id)}/close`, {});
  }

  addFinding(id: string, body: FindingInput): Observable<ProcessReview> {
    return this.http.post<ProcessReview>(`/api/reviews/${encodeURIComponent(id)}/findings`, body);
  }

  removeFinding(id: string, findingId: string): Observable<ProcessReview> {
    return this.http.delete<ProcessReview>(
      `/api/reviews/${encodeURIComponent(id)}/findings/${encodeURIComponent(findingId)}`,
    );
  }

  addActionItem(id: string, body: CreateActionItem): Observable<ProcessReview> {
    return this.http.post<ProcessReview>(`/api/reviews/${encodeURIComponent(id)}/action-items`, body);
  }

  updateActionItem(item: ActionItem, body: UpdateActionItem): Observable<ActionItem> {
    return this.http.patch<ActionItem>(
      `/api/reviews/${encodeURIComponent(item.reviewId)}/action-items/${encodeURIComponent(item.id)}`,
      body,
    );
  }

  actionItems(overdue: boolean): Observable<ActionItem[]> {
    return this.http.get<ActionItem[]>('/api/reviews/action-items', {
      params: new HttpParams().set('overdue', String(overdue)),
    });
  }

  startDraft(id: string): Observable<ProcedureVersionDetail> {
    return this.http.post<ProcedureVersionDetail>(`/api/reviews/${encodeURIComponent(id)}/draft`, {});
  }

  /** Published and retired versions, newest first: what a review may cover. */
  procedureVersions(): Observable<ProcedureVersionSummary[]> {
    return this.http.get<ProcedureVersionSummary[]>('/api/procedures');
  }
}
