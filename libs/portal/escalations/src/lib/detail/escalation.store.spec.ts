import { TestBed } from '@angular/core/testing';
import type { Escalation, EscalationSla } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, Subject, throwError } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { EscalationStore } from './escalation.store';

const escalation = { id: 'e1', version: 3, status: 'open' } as Escalation;
const sla = { escalationId: 'e1', at: '2026-11-26T12:00:00.000Z', clocks: [] } as unknown as EscalationSla;

describe('EscalationStore', () => {
  const api = { get: jest.fn(), timeline: jest.fn(), sla: jest.fn(), act: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  function store(): EscalationStore {
    Object.values(api).forEach((fn) => fn.mockReset());
    Object.values(notifier).forEach((fn) => fn.mockReset());
    api.get.mockReturnValue(of({ ...escalation, version: 4 }));
    api.timeline.mockReturnValue(of([]));
    api.sla.mockReturnValue(of(sla));
    TestBed.configureTestingModule({
      providers: [
        EscalationStore,
        { provide: EscalationsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    const s = TestBed.inject(EscalationStore);
    s.escalation.set(escalation);
    return s;
  }

  it('sends the version last seen and reloads after the action', async () => {
    const s = store();
    api.act.mockReturnValue(of(escalation));
    await expect(s.act('escalate', { reason: 'needs L2' })).resolves.toBe('done');
    expect(api.act).toHaveBeenCalledWith('e1', 'escalate', { reason: 'needs L2', version: 3 });
    expect(s.escalation()?.version).toBe(4);
  });

  it('on a stale version tells the user, reloads, and reports it so the input can be offered again', async () => {
    const s = store();
    api.act.mockReturnValue(throwError(() => new ApiError(409, 'stale_version', 'stale')));
    await expect(s.act('resolve', { summary: 'fixed' })).resolves.toBe('stale');
    expect(notifier.info).toHaveBeenCalledWith(
      'Someone else changed this escalation meanwhile. It has been reloaded: check it, then send again.',
    );
    expect(notifier.error).not.toHaveBeenCalled();
    expect(s.escalation()?.version).toBe(4);
  });

  it('shows any other failure', async () => {
    const s = store();
    const error = new ApiError(409, 'illegal_transition', 'cannot resolve an escalation that is closed');
    api.act.mockReturnValue(throwError(() => error));
    await expect(s.act('resolve', { summary: 'x' })).resolves.toBe('failed');
    expect(notifier.error).toHaveBeenCalledWith(error);
  });

  it('reads the SLA with the escalation, noting when it arrived', async () => {
    const s = store();
    const before = Date.now();
    await s.load('e1');
    expect(api.sla).toHaveBeenCalledWith('e1');
    expect(s.sla()?.sla).toBe(sla);
    expect(s.sla()?.receivedAt).toBeGreaterThanOrEqual(before);
  });

  it('still shows the escalation when its clocks cannot be read', async () => {
    const s = store();
    const error = new ApiError(500, 'unexpected', 'clocks broke');
    api.sla.mockReturnValue(throwError(() => error));
    await s.load('e1');
    expect(s.escalation()?.version).toBe(4);
    expect(s.sla()).toBeNull();
    expect(notifier.error).toHaveBeenCalledWith(error);
  });

  it('refreshes quietly, showing a failure once until a refresh works again', async () => {
    const s = store();
    const error = new ApiError(0, 'network_error', 'offline');
    api.get.mockReturnValue(throwError(() => error));
    await s.refresh();
    await s.refresh();
    expect(notifier.error).toHaveBeenCalledTimes(1);
    expect(s.loading()).toBe(false);
    api.get.mockReturnValue(of({ ...escalation, version: 5 }));
    await s.refresh();
    expect(s.escalation()?.version).toBe(5);
    api.get.mockReturnValue(throwError(() => error));
    await s.refresh();
    expect(notifier.error).toHaveBeenCalledTimes(2);
  });

  it('keeps the latest read when an older one finishes last', async () => {
    const s = store();
    const slow = new Subject<Escalation>();
    api.get.mockReturnValueOnce(slow).mockReturnValueOnce(of({ ...escalation, version: 6 }));
    const first = s.refresh();
    await s.load('e1');
    slow.next({ ...escalation, version: 5 });
    slow.complete();
    await first;
    expect(s.escalation()?.version).toBe(6);
  });
});
