import { HttpClient, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { IMPORT_CONTENT_TYPES, type ImportFormat, type ImportRun, type ImportRunList } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: history imports. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);

  /** The file as the request body; the events report how much of it is sent, then the answer. */
  upload(file: File, format: ImportFormat, system: string): Observable<HttpEvent<ImportRun>> {
    return this.http.post<ImportRun>('/api/imports', file, {
      params: { system, fileName: file.name },
      headers: { 'Content-Type': IMPORT_CONTENT_TYPES[format] },
      reportProgress: true,
      observe: 'events',
    });
  }

  run(id: string): Observable<ImportRun> {
    return this.http.get<ImportRun>(`/api/imports/${encodeURIComponent(id)}`);
  }

  runs(): Observable<ImportRunList> {
    return this.http.get<ImportRunList>('/api/imports');
  }
}
