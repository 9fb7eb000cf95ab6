import { TestBed } from '@angular/core/testing';
import type { Integration } from '@ladder/contracts';
import { ApiError, Notifier } from '@ladder/portal/core';
import { of, throwError } from 'rxjs';
import { INTEGRATION } from './integration.fixture';
import { IntegrationsApi } from './integrations.api';
import { IntegrationsStore } from './integrations.store';

const integration: Integration = { ...INTEGRATION, lastReceivedAt: null, notificationsReceived: 0, openEscalations: 0 };
const { name, kind, proposeResolution, routing } = integration;

describe('IntegrationsStore', () => {
  const api = { list: jest.fn(), create: jest.fn(), update: jest.fn(), rotateSecret: jest.fn() };
  const notifier = { error: jest.fn(), info: jest.fn() };

  async function store(): Promise<IntegrationsStore> {
    Object.values(api).forEach((fn) => fn.mockReset());
    Object.values(notifier).forEach((fn) => fn.mockReset());
    api.list.mockReturnValue(of([integration]));
    TestBed.configureTestingModule({
      providers: [
        IntegrationsStore,
        { provide: IntegrationsApi, useValue: api },
        { provide: Notifier, useValue: notifier },
      ],
    });
    const s = TestBed.inject(IntegrationsStore);
    await s.load();
    return s;
  }

  it('adds a created integration to the list without its secret, and hands the secret back once', async () => {
    const s = await store();
    const created = { ...integration, id: 'c0ffee00-0000-4000-8000-000000000001', version: 1, secret: 'abc' };
    api.create.mockReturnValue(of(created));
    await expect(s.create({ name, kind, proposeResolution, routing })).resolves.toEqual({
      saved: true,
      integration: created,
    });
    expect(s.integrations()[1]).toEqual({ ...integration, id: created.id, version: 1 });
    expect(s.integrations()[1]).not.toHaveProperty('secret');
  });

  it('sends an edit with the version last read and keeps what the API saved', async () => {
    const s = await store();
    api.update.mockReturnValue(of({ ...integration, name: 'Prod AM', version: 4 }));
    const outcome = await s.update(integration.id, { name: 'Prod AM', proposeResolution, routing });
    expect(outcome.saved).toBe(true);
    expect(api.update).toHaveBeenCalledWith(integration.id, {
      name: 'Prod AM',
      proposeResolution,
      routing,
      version: 3,
    });
    expect(s.integrations().map((i) => [i.name, i.version])).toEqual([['Prod AM', 4]]);
  });

  it('reloads on a stale version and says in words what happened', async () => {
    const s = await store();
    api.update.mockReturnValue(throwError(() => new ApiError(409, 'stale_version', 'version 3 is stale')));
    api.list.mockReturnValue(of([{ ...integration, version: 5 }]));
    await expect(s.update(integration.id, { name: 'Prod AM' })).resolves.toEqual({
      saved: false,
      problem: {
        message: 'Someone else changed Production Alertmanager meanwhile, and it has been reloaded with their changes.',
        fieldErrors: {},
        conflict: true,
      },
    });
    expect(s.integrations()[0]?.version).toBe(5);
  });

  it("returns a 400's message and field errors for the form to show", async () => {
    const s = await store();
    api.update.mockReturnValue(
      throwError(
        () =>
          new ApiError(400, 'validation_failed', 'The request is not valid', {
            'routing.defaults.category': '"kitchen" is not one of the categories',
          }),
      ),
    );
    await expect(s.update(integration.id, { routing })).resolves.toEqual({
      saved: false,
      problem: {
        message: 'The request is not valid',
        fieldErrors: { 'routing.defaults.category': '"kitchen" is not one of the categories' },
        conflict: false,
      },
    });
  });

  it('disables an integration, and tells why when that is refused', async () => {
    const s = await store();
    api.update.mockReturnValue(of({ ...integration, enabled: false, version: 4 }));
    await expect(s.setEnabled(integration, false)).resolves.toBe(true);
    expect(api.update).toHaveBeenCalledWith(integration.id, { enabled: false, version: 3 });
    expect(notifier.info).toHaveBeenCalledWith('Production Alertmanager disabled');

    api.update.mockReturnValue(throwError(() => new ApiError(403, 'forbidden', 'Only an admin can do this')));
    await expect(s.setEnabled(s.integrations()[0] as Integration, true)).resolves.toBe(false);
    expect(notifier.error).toHaveBeenCalledWith(new Error('Only an admin can do this'));
    expect(s.isBusy(integration.id)).toBe(false);
  });

  it('rotates the secret with the version last read and returns the new secret', async () => {
    const s = await store();
    api.rotateSecret.mockReturnValue(of({ ...integration, version: 4, secret: 'new-secret' }));
    await expect(s.rotateSecret(integration)).resolves.toEqual({ ...integration, version: 4, secret: 'new-secret' });
    expect(api.rotateSecret).toHaveBeenCalledWith(integration.id, 3);
    expect(s.integrations()[0]).toEqual({ ...integration, version: 4 });
  });
});
