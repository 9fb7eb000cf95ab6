import { TestBed } from '@angular/core/testing';
import type { Escalation } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { EscalationStore } from './escalation.store';

const escalation = { id: 'e1', version: 3, status: 'open' } as Escalation;

describe('EscalationStore.act', () => {
  const api = { get: jest.fn(), timeline: jest.fn(), act: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  function store(): EscalationStore {
    Object.values(api).forEach((fn) => fn.mockReset());
    Object.values(notifier).forEach((fn) => fn.mockReset());
    api.get.mockReturnValue(of({ ...escalation, version: 4 }));
    api.timeline.mockReturnValue(of([]));
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
});
