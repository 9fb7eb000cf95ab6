import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { PublicSurvey, SubmitFeedback, SurveyAnswers } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the token-addressed survey a stakeholder answers without an account. */
@Injectable({ providedIn: 'root' })
export class PublicSurveyApi {
  private readonly http = inject(HttpClient);

  get(token: string): Observable<PublicSurvey> {
    return this.http.get<PublicSurvey>(this.url(token));
  }

  respond(token: string, answers: SurveyAnswers): Observable<unknown> {
    return this.http.post<unknown>(`${this.url(token)}/responses`, { answers });
  }

  optOut(token: string): Observable<PublicSurvey> {
    return this.http.post<PublicSurvey>(`${this.url(token)}/opt-out`, {});
  }

  suggest(token: string, feedback: SubmitFeedback): Observable<unknown> {
    return this.http.post<unknown>(`${this.url(token)}/feedback`, feedback);
  }

  private url(token: string): string {
    return `/api/surveys/public/${encodeURIComponent(token)}`;
  }
}
