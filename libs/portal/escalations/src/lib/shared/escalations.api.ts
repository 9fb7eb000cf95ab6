import { HttpClient, HttpHeaders } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Action,
  CreateEscalation,
  Escalation,
  EscalationList,
  EscalationSla,
  RegisterContext,
  TimelineEvent,
} from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: one method per endpoint, no state. */
@Injectable({ providedIn: 'root' })
export class EscalationsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<EscalationList> {
    return this.http.get<EscalationList>('/api/escalations', { params });
  }

  get(id: string): Observable<Escalation> {
    return this.http.get<Escalation>(`/api/escalations/${encodeURIComponent(id)}`);
  }

  timeline(id: string): Observable<TimelineEvent[]> {
    return this.http.get<TimelineEvent[]>(`/api/escalations/${encodeURIComponent(id)}/timeline`);
  }

  sla(id: string): Observable<EscalationSla> {
    return this.http.get<EscalationSla>(`/api/escalations/${encodeURIComponent(id)}/sla`);
  }

  /** The critical-service entry, matching guidelines and open risks for a new escalation's category and service. */
  registerContext(category: string, affectedService: string): Observable<RegisterContext> {
    return this.http.get<RegisterContext>('/api/registers/context', { params: { category, affectedService } });
  }

  create(body: CreateEscalation, idempotencyKey: string): Observable<Escalation> {
    return this.http.post<Escalation>('/api/escalations', body, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  act(id: string, action: Action, body: object): Observable<Escalation> {
    return this.http.post<Escalation>(`/api/escalations/${encodeURIComponent(id)}/${action}`, body);
  }
}
