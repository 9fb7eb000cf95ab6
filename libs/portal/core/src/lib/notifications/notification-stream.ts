import { InjectionToken } from '@angular/core';
import type { InAppNotification } from '@ladder/contracts';

export const NOTIFICATION_STREAM_URL = '/api/notifications/stream';
/** The event name the API gives each pushed notification. */
export const NOTIFICATION_EVENT = 'notification';

/** Opens the server-sent event stream; a token so tests can hand in a fake EventSource. */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSource>('EVENT_SOURCE_FACTORY', {
  providedIn: 'root',
  // Same origin: the session cookie goes along without withCredentials.
  factory: () => (url) => new EventSource(url),
});

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * One SSE message's data; anything that is not a notification (garbled, or another shape) gives null.
 * A structural check rather than the zod schema: this lib is in the initial bundle, zod is not.
 */
export function parseNotification(data: unknown): InAppNotification | null {
  if (!isText(data)) return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const { id, escalationId, subject, body, link, createdAt, readAt } = json as Partial<
    Record<keyof InAppNotification, unknown>
  >;
  if (!isText(id) || !isText(subject) || !isText(body) || !isText(createdAt)) return null;
  if (!isTextOrNull(escalationId) || !isTextOrNull(link) || !isTextOrNull(readAt)) return null;
  return { id, escalationId, subject, body, link, createdAt, readAt };
}
