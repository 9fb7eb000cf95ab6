import { TestBed } from '@angular/core/testing';
import type { InAppNotification } from '@ladder/contracts';
import { of, throwError } from 'rxjs';
import { ApiError } from '../http/api-error';
import { Notifier } from '../notify/notifier';
import { EVENT_SOURCE_FACTORY } from './notification-stream';
import { NotificationsApi } from './notifications.api';
import { NotificationsStore, STREAM_REOPEN_MS } from './notifications.store';

/** Enough of EventSource to drive the store: listeners by event name, readyState, close. */
class FakeEventSource {
  readyState = 0;
  closed = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  emit(type: string, data?: string): void {
    if (type === 'open') this.readyState = 1;
    const event = data === undefined ? new Event(type) : new MessageEvent(type, { data });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function note(id: string, readAt: string | null = null): InAppNotification {
  return {
    id,
    escalationId: 'e1',
    subject: `subject ${id}`,
    body: '',
    link: '/escalations/e1',
    createdAt: '2026-11-26T12:00:00.000Z',
    readAt,
  };
}

describe('NotificationsStore', () => {
  let sources: FakeEventSource[];
  const api = { list: jest.fn(), markRead: jest.fn(), markAllRead: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  function setUp(): NotificationsStore {
    sources = [];
    Object.values(api).forEach((fn) => fn.mockReset());
    notifier.error.mockReset();
    api.list.mockReturnValue(of({ items: [note('a'), note('b', '2026-11-26T11:00:00.000Z')], unread: 1 }));
    TestBed.configureTestingModule({
      providers: [
        { provide: NotificationsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
        {
          provide: EVENT_SOURCE_FACTORY,
          useValue: (url: string) => {
            const source = new FakeEventSource(url);
            sources.push(source);
            return source;
          },
        },
      ],
    });
    return TestBed.inject(NotificationsStore);
  }

  const flush = () => new Promise((resolve) => setTimeout(resolve));

  it('loads the list and opens the stream once', async () => {
    const store = setUp();
    store.connect();
    store.connect();
    await flush();
    expect(sources.map((s) => s.url)).toEqual(['/api/notifications/stream']);
    expect(api.list).toHaveBeenCalledWith(20);
    expect(store.items().map((n) => n.id)).toEqual(['a', 'b']);
    expect(store.unread()).toBe(1);
  });

  it('puts a pushed notification on top, counts it unread and announces it', async () => {
    const store = setUp();
    store.connect();
    await flush();
    sources[0]?.emit('notification', JSON.stringify(note('c')));
    expect(store.items().map((n) => n.id)).toEqual(['c', 'a', 'b']);
    expect(store.unread()).toBe(2);
    expect(store.lastArrival()?.id).toBe('c');
  });

  it('does not count a notification twice, nor a garbled message at all', async () => {
    const store = setUp();
    store.connect();
    await flush();
    sources[0]?.emit('notification', JSON.stringify(note('a')));
    sources[0]?.emit('notification', 'not json');
    expect(store.items().map((n) => n.id)).toEqual(['a', 'b']);
    expect(store.unread()).toBe(1);
  });

  it('reloads the list each time the stream (re)opens', async () => {
    const store = setUp();
    store.connect();
    await flush();
    sources[0]?.emit('open');
    await flush();
    expect(store.live()).toBe(true);
    sources[0]?.emit('error');
    expect(store.live()).toBe(false);
    api.list.mockReturnValue(of({ items: [note('d'), note('a')], unread: 2 }));
    sources[0]?.emit('open');
    await flush();
    expect(api.list).toHaveBeenCalledTimes(3);
    expect(store.items().map((n) => n.id)).toEqual(['d', 'a']);
    expect(store.unread()).toBe(2);
  });

  it('opens a new stream later when the browser gives up on one', () => {
    jest.useFakeTimers();
    try {
      const store = setUp();
      store.connect();
      const first = sources[0];
      first?.close();
      first?.emit('error');
      jest.advanceTimersByTime(STREAM_REOPEN_MS - 1);
      expect(sources).toHaveLength(1);
      jest.advanceTimersByTime(1);
      expect(sources).toHaveLength(2);
      store.disconnect();
      expect(sources[1]?.closed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('marks one read, then all', async () => {
    const store = setUp();
    api.markRead.mockReturnValue(of({}));
    api.markAllRead.mockReturnValue(of({}));
    store.connect();
    await flush();
    sources[0]?.emit('notification', JSON.stringify(note('c')));
    const c = store.items()[0];
    if (!c) throw new Error('no notification');
    await store.markRead(c);
    expect(api.markRead).toHaveBeenCalledWith('c');
    expect(store.unread()).toBe(1);
    expect(store.items()[0]?.readAt).not.toBeNull();
    await store.markAllRead();
    expect(store.unread()).toBe(0);
    expect(store.items().every((n) => n.readAt !== null)).toBe(true);
  });

  it('does not post a read mark for a notification already read', async () => {
    const store = setUp();
    await store.markRead(note('b', '2026-11-26T11:00:00.000Z'));
    expect(api.markRead).not.toHaveBeenCalled();
  });

  it('shows a failure and leaves the count as it was', async () => {
    const store = setUp();
    store.connect();
    await flush();
    const error = new ApiError(500, 'unexpected', 'boom');
    api.markAllRead.mockReturnValue(throwError(() => error));
    await store.markAllRead();
    expect(notifier.error).toHaveBeenCalledWith(error);
    expect(store.unread()).toBe(1);
  });

  it('forgets everything on disconnect', async () => {
    const store = setUp();
    store.connect();
    await flush();
    store.disconnect();
    expect(sources[0]?.closed).toBe(true);
    expect(store.items()).toEqual([]);
    expect(store.unread()).toBe(0);
  });
});
