import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarRecord } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the working calendars a severity target may run on. */
@Injectable({ providedIn: 'root' })
export class CalendarsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CalendarRecord[]> {
    return this.http.get<CalendarRecord[]>('/api/calendars');
  }
}
