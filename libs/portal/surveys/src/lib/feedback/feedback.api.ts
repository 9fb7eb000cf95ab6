import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Feedback, FeedbackList, ReviewFeedback, SubmitFeedback } from '@ladder/contracts';
import type { Observable } from 'rxjs';
import type { FeedbackFilter } from './feedback-filter';

/** HTTP only: staff suggestions about the process, and their review. */
@Injectable({ providedIn: 'root' })
export class FeedbackApi {
  private readonly http = inject(HttpClient);

  submit(body: SubmitFeedback): Observable<unknown> {
    return this.http.post<unknown>('/api/feedback', body);
  }

  list(filter: FeedbackFilter): Observable<FeedbackList> {
    const params: Record<string, string | number> = { page: filter.page };
    if (filter.status) params['status'] = filter.status;
    if (filter.topic) params['topic'] = filter.topic;
    return this.http.get<FeedbackList>('/api/feedback', { params });
  }

  review(id: string, body: ReviewFeedback): Observable<Feedback> {
    return this.http.patch<Feedback>(`/api/feedback/${encodeURIComponent(id)}`, body);
  }
}
