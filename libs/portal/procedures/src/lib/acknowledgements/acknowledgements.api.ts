import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcknowledgementRemindResult,
  MyProcedureAcknowledgement,
  ProcedureAcknowledgementReport,
} from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: acknowledging procedure versions, the per-team report and reminders. */
@Injectable({ providedIn: 'root' })
export class AcknowledgementsApi {
  private readonly http = inject(HttpClient);

  acknowledge(versionId: string): Observable<MyProcedureAcknowledgement> {
    return this.http.post<MyProcedureAcknowledgement>(`/api/procedures/${versionId}/acknowledge`, {});
  }

  mine(versionId: string): Observable<MyProcedureAcknowledgement> {
    return this.http.get<MyProcedureAcknowledgement>(`/api/procedures/${versionId}/acknowledgement`);
  }

  report(versionId: string): Observable<ProcedureAcknowledgementReport> {
    return this.http.get<ProcedureAcknowledgementReport>(`/api/procedures/${versionId}/acknowledgements`);
  }

  remind(versionId: string): Observable<AcknowledgementRemindResult> {
    return this.http.post<AcknowledgementRemindResult>(`/api/procedures/${versionId}/acknowledgements/remind`, {});
  }
}
