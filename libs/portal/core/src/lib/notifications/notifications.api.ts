import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { InAppNotificationList } from '@ladder/contracts';
import type { Observable } from 'rxjs';

/** HTTP only: the signed-in user's in-app notifications. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(limit: number): Observable<InAppNotificationList> {
    return this.http.get<InAppNotificationList>('/api/notifications', { params: { limit } });
  }

  markRead(id: string): Observable<unknown> {
    return this.http.post<unknown>(`/api/notifications/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<unknown> {
    return this.http.post<unknown>('/api/notifications/read-all', {});
  }
}
