import { DATE_PIPE_DEFAULT_OPTIONS } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { Escalation, InAppNotification } from '@ladder/contracts';
import { NotificationsStore, ReferenceStore, SessionStore } from '@ladder/portal/core';
import { TextPromptDialog } from '@ladder/portal/ui';
import { of } from 'rxjs';
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

describe('EscalationPage opened by monitoring', () => {
  const me = { id: '9e7f5a4d-3c2b-4a09-8b6c-3f4e8d2a4c1b', name: 'Ada Agent' };
  const escalation: Escalation = {
    id: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
    number: 1042,
    title: 'HighErrorRate: checkout returns 502',
    description: 'Error rate above 5 %',
    category: 'application',
    affectedService: 'Checkout',
    impact: 'high',
    urgency: 'high',
    severity: 'S2',
    status: 'acknowledged',
    level: 1,
    levelName: 'Service Desk',
    teamId: '5a4d3c2b-1a09-4c1b-9e7f-0b6c3f4e8d2a',
    teamName: 'Service Desk',
    assigneeId: me.id,
    assigneeName: me.name,
    procedureVersionId: '3c2b1a09-5a4d-4c1b-9e7f-0b6c3f4e8d2a',
    procedureVersion: 4,
    source: 'monitoring',
    stakeholders: [],
    createdAt: '2026-11-27T09:12:00.000Z',
    updatedAt: '2026-11-27T10:40:00.000Z',
    acknowledgedAt: '2026-11-27T09:20:00.000Z',
    resolvedAt: null,
    closedAt: null,
    resolutionSummary: null,
    responseDueAt: '2026-11-27T09:42:00.000Z',
    resolutionDueAt: '2026-11-27T17:12:00.000Z',
    nextDueAt: '2026-11-27T17:12:00.000Z',
    slaState: 'ok',
    version: 7,
    guidance: [],
    alert: {
      integrationId: '8d2a4c1b-9e7f-4a4d-8c2b-1a090b6c3f4e',
      integrationName: 'Prometheus prod',
      dedupKey: 'fp-81c2',
      status: 'resolved',
      labels: { alertname: 'HighErrorRate', severity: 'critical' },
      annotations: { summary: 'Error rate above 5 %' },
      links: [],
      fireCount: 2,
      firstFiredAt: '2026-11-27T09:12:00.000Z',
      lastFiredAt: '2026-11-27T10:05:00.000Z',
      resolvedAt: '2026-11-27T10:40:00.000Z',
      proposeResolution: true,
    },
  };
  const store = {
    escalation: signal<Escalation | null>(escalation),
    timeline: signal([]),
    sla: signal(null),
    loading: signal(false),
    busy: signal(false),
    load: jest.fn().mockResolvedValue(undefined),
    refresh: jest.fn().mockResolvedValue(undefined),
    act: jest.fn().mockResolvedValue('done'),
  };
  const dialog = {
    open: jest.fn().mockReturnValue({ afterClosed: () => of('Alert cleared, checkout pool restarted') }),
  };

  function render() {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: 'UTC' } },
        { provide: MatDialog, useValue: dialog },
        { provide: NotificationsStore, useValue: { lastArrival: signal(null) } },
        {
          provide: ReferenceStore,
          useValue: {
            procedure: signal({
              id: escalation.procedureVersionId,
              version: 4,
              definition: { levels: [{ level: 1 }] },
            }),
            level: () => undefined,
            ensureLoaded: () => Promise.resolve(),
          },
        },
        { provide: SessionStore, useValue: { me: signal(me) } },
      ],
    });
    TestBed.overrideComponent(EscalationPage, { set: { providers: [{ provide: EscalationStore, useValue: store }] } });
    const fixture = TestBed.createComponent(EscalationPage);
    fixture.componentRef.setInput('id', escalation.id);
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  it('shows the alert and asks the triage model about its text', () => {
    const { el, http } = render();
    expect(el.querySelector('[data-testid="alert-panel"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="alert-suggestions"]')).not.toBeNull();
    expect(http.expectOne('/api/triage/suggestions').request.body).toEqual({
      title: escalation.title,
      description: escalation.description,
    });
  });

  it('opens the resolve dialog with the summary written out, and resolves with what the agent made of it', async () => {
    const { fixture, el } = render();
    el.querySelector<HTMLButtonElement>('[data-testid="alert-resolution-proposal"] button')?.click();
    await fixture.whenStable();
    expect(dialog.open).toHaveBeenCalledWith(TextPromptDialog, {
      data: {
        title: 'Resolve',
        label: 'Resolution summary',
        submitLabel: 'Resolve',
        initial: 'Alert HighErrorRate resolved at Nov 27, 10:40 (reported by Prometheus prod)',
      },
      autoFocus: 'first-tabbable',
    });
    expect(store.act).toHaveBeenCalledWith('resolve', { summary: 'Alert cleared, checkout pool restarted' });
  });
});
