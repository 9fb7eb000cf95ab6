import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CriticalService,
  CriticalServiceInput,
  Risk,
  RiskInput,
  UpdateCriticalService,
  UpdateRisk,
} from '@ladder/contracts';
import type { Observable } from 'rxjs';

const id = (value: string) => encodeURIComponent(value);

/** HTTP only: the critical-service and risk registers. */
@Injectable({ providedIn: 'root' })
export class RegistersApi {
  private readonly http = inject(HttpClient);

  services(): Observable<CriticalService[]> {
    return this.http.get<CriticalService[]>('/api/registers/services');
  }

  createService(body: CriticalServiceInput): Observable<CriticalService> {
    return this.http.post<CriticalService>('/api/registers/services', body);
  }

  updateService(serviceId: string, body: UpdateCriticalService): Observable<CriticalService> {
    return this.http.put<CriticalService>(`/api/registers/services/${id(serviceId)}`, body);
  }

  deleteService(serviceId: string, rowVersion: number): Observable<void> {
    return this.http.delete<void>(`/api/registers/services/${id(serviceId)}`, { params: { rowVersion } });
  }

  risks(): Observable<Risk[]> {
    return this.http.get<Risk[]>('/api/registers/risks');
  }

  createRisk(body: RiskInput): Observable<Risk> {
    return this.http.post<Risk>('/api/registers/risks', body);
  }

  updateRisk(riskId: string, body: UpdateRisk): Observable<Risk> {
    return this.http.put<Risk>(`/api/registers/risks/${id(riskId)}`, body);
  }

  deleteRisk(riskId: string, rowVersion: number): Observable<void> {
    return this.http.delete<void>(`/api/registers/risks/${id(riskId)}`, { params: { rowVersion } });
  }
}
