import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateIntegration, Integration, IntegrationWithSecret, UpdateIntegration } from '@ladder/contracts';
import type { Observable } from 'rxjs';

const path = (id: string) => `/api/admin/integrations/${encodeURIComponent(id)}`;

/** HTTP only: the integrations monitoring systems post their alerts through. */
@Injectable({ providedIn: 'root' })
export class IntegrationsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Integration[]> {
    return this.http.get<Integration[]>('/api/admin/integrations');
  }

  create(body: CreateIntegration): Observable<IntegrationWithSecret> {
    return this.http.post<IntegrationWithSecret>('/api/admin/integrations', body);
  }

  update(id: string, body: UpdateIntegration): Observable<Integration> {
    return this.http.patch<Integration>(path(id), body);
  }

  rotateSecret(id: string, version: number): Observable<IntegrationWithSecret> {
    return this.http.post<IntegrationWithSecret>(`${path(id)}/rotate-secret`, { version });
  }
}
