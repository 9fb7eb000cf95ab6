import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CalendarRecord, Delivery, DeliveryList, DeliveryStatus, UpdateCalendar } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the outbox and the business-hours calendars. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  deliveries(status: DeliveryStatus, page: number): Observable<DeliveryList> {
    return this.http.get<DeliveryList>('/api/admin/deliveries', { params: { status, page } });
  }

  retryDelivery(id: string): Observable<Delivery> {
    return this.http.post<Delivery>(`/api/admin/deliveries/${encodeURIComponent(id)}/retry`, {});
  }

  calendars(): Observable<CalendarRecord[]> {
    return this.http.get<CalendarRecord[]>('/api/calendars');
  }

  updateCalendar(id: string, body: UpdateCalendar): Observable<CalendarRecord> {
    return this.http.put<CalendarRecord>(`/api/calendars/${encodeURIComponent(id)}`, body);
  }
}
