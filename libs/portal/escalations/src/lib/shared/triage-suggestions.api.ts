import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { TriageSuggestionRequest, TriageSuggestions } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: triage suggestions for the text of an escalation, being opened or open. */
@Injectable({ providedIn: 'root' })
export class TriageSuggestionsApi {
  private readonly http = inject(HttpClient);

  suggest(body: TriageSuggestionRequest): Observable<TriageSuggestions> {
    return this.http.post<TriageSuggestions>('/api/triage/suggestions', body);
  }
}
