import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { InAppNotification } from '@ladder/contracts';
import { NotificationsStore, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { EscalationPage, POLL_MS } from './escalation.page';
import { EscalationStore } from './escalation.store';

function arrival(escalationId: string | null): InAppNotification {
  return {
    id: crypto.randomUUID(),
    escalationId,
    subject: 'Escalated to L2',
    body: '',
    link: null,
    createdAt: '2026-11-26T12:00:00.000Z',
    readAt: null,
  };
}

describe('EscalationPage live updates', () => {
  const store = {
    escalation: signal(null),
    timeline: signal([]),
    sla: signal(null),
    loading: signal(false),
    busy: signal(false),
    load: jest.fn().mockResolvedValue(undefined),
    refresh: jest.fn().mockResolvedValue(undefined),
  };
  const lastArrival = signal<InAppNotification | null>(null);

  function render() {
    store.load.mockClear();
    store.refresh.mockClear();
    lastArrival.set(null);
    TestBed.configureTestingModule({
      providers: [
        { provide: NotificationsStore, useValue: { lastArrival } },
        {
          provide: ReferenceStore,
          useValue: { procedure: signal(null), level: () => undefined, ensureLoaded: () => Promise.resolve() },
        },
        { provide: SessionStore, useValue: { me: signal(null) } },
      ],
    });
    TestBed.overrideComponent(EscalationPage, { set: { providers: [{ provide: EscalationStore, useValue: store }] } });
    const fixture = TestBed.createComponent(EscalationPage);
    fixture.componentRef.setInput('id', 'e1');
    fixture.detectChanges();
    return fixture;
  }

  it('loads the escalation of the route', () => {
    render();
    expect(store.load).toHaveBeenCalledWith('e1');
  });

  it('refreshes when a notification about this escalation arrives, not about another', () => {
    const fixture = render();
    lastArrival.set(arrival('e2'));
    fixture.detectChanges();
    expect(store.refresh).not.toHaveBeenCalled();
    lastArrival.set(arrival('e1'));
    fixture.detectChanges();
    expect(store.refresh).toHaveBeenCalledTimes(1);
  });

  it('polls every 30 s until the page is left', () => {
    jest.useFakeTimers();
    try {
      const fixture = render();
      jest.advanceTimersByTime(POLL_MS - 1);
      expect(store.refresh).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(store.refresh).toHaveBeenCalledTimes(1);
      fixture.destroy();
      jest.advanceTimersByTime(POLL_MS * 3);
      expect(store.refresh).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
