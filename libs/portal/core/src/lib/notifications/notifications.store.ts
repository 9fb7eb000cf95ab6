import { inject, Injectable, signal } from '@angular/core';
import type { InAppNotification } from '@ladder/contracts';
import { firstValueFrom } from 'rxjs';
import { Notifier } from '../notify/notifier';
import { NotificationsApi } from './notifications.api';
import {
  EVENT_SOURCE_FACTORY,
  NOTIFICATION_EVENT,
  NOTIFICATION_STREAM_URL,
  parseNotification,
} from './notification-stream';

/** How many notifications the bell lists. */
export const NOTIFICATION_LIST_LIMIT = 20;
/** Wait before opening a stream the browser gave up on (it retries network errors itself, not HTTP errors). */
export const STREAM_REOPEN_MS = 15_000;
/** EventSource.CLOSED, spelled out: the global is missing where there is no EventSource (tests, old browsers). */
const CLOSED = 2;

/** The signed-in user's in-app notifications, kept live by server-sent events. */
@Injectable({ providedIn: 'root' })
export class NotificationsStore {
  private readonly api = inject(NotificationsApi);
  private readonly notifier = inject(Notifier);
  private readonly openStream = inject(EVENT_SOURCE_FACTORY);
  private source: EventSource | null = null;
  private reopenTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly list = signal<readonly InAppNotification[]>([]);
  private readonly unreadCount = signal(0);
  private readonly arrival = signal<InAppNotification | null>(null);
  private readonly streaming = signal(false);

  readonly items = this.list.asReadonly();
  readonly unread = this.unreadCount.asReadonly();
  /** The last notification pushed by the server, for pages that refresh when something about them happens. */
  readonly lastArrival = this.arrival.asReadonly();
  /** Whether the stream is open right now. */
  readonly live = this.streaming.asReadonly();

  /** Loads the list and opens the stream; calling it again while connected does nothing. */
  connect(): void {
    if (this.source || this.reopenTimer) return;
    void this.reload();
    this.open();
  }

  /** Closes the stream and forgets the list (the next user to sign in has their own). */
  disconnect(): void {
    this.source?.close();
    this.source = null;
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    this.reopenTimer = null;
    this.streaming.set(false);
    this.list.set([]);
    this.unreadCount.set(0);
    this.arrival.set(null);
  }

  async reload(): Promise<void> {
    try {
      const { items, unread } = await firstValueFrom(this.api.list(NOTIFICATION_LIST_LIMIT));
      this.list.set(items);
      this.unreadCount.set(unread);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  async markRead(notification: InAppNotification): Promise<void> {
    if (notification.readAt !== null) return;
    try {
      await firstValueFrom(this.api.markRead(notification.id));
      const readAt = new Date().toISOString();
      this.list.update((items) => items.map((n) => (n.id === notification.id ? { ...n, readAt } : n)));
      this.unreadCount.update((count) => Math.max(0, count - 1));
    } catch (error) {
      this.notifier.error(error);
    }
  }

  async markAllRead(): Promise<void> {
    try {
      await firstValueFrom(this.api.markAllRead());
      const readAt = new Date().toISOString();
      this.list.update((items) => items.map((n) => (n.readAt === null ? { ...n, readAt } : n)));
      this.unreadCount.set(0);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  private open(): void {
    const source = this.openStream(NOTIFICATION_STREAM_URL);
    this.source = source;
    // Also on every reconnection: what arrived while the stream was down is only in the list.
    source.addEventListener('open', () => {
      this.streaming.set(true);
      void this.reload();
    });
    source.addEventListener(NOTIFICATION_EVENT, (event) => this.receive((event as MessageEvent<unknown>).data));
    source.addEventListener('error', () => {
      this.streaming.set(false);
      if (source.readyState === CLOSED) this.reopenLater(source);
    });
  }

  private reopenLater(closed: EventSource): void {
    if (this.source !== closed) return;
    this.source = null;
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = null;
      this.open();
    }, STREAM_REOPEN_MS);
  }

  private receive(data: unknown): void {
    const notification = parseNotification(data);
    if (!notification) return;
    this.arrival.set(notification);
    if (this.list().some((n) => n.id === notification.id)) return;
    this.list.update((items) => [notification, ...items].slice(0, NOTIFICATION_LIST_LIMIT));
    if (notification.readAt === null) this.unreadCount.update((count) => count + 1);
  }
}
