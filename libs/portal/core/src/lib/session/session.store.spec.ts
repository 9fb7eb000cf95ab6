import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Me } from '@ladder/contracts';
import { apiInterceptor } from '../http/api.interceptor';
import { Notifier } from '../notify/notifier';
import { roleGuard } from './auth.guard';
import { SessionStore } from './session.store';

const agent: Me = {
  id: '4a8e8c1e-3f59-4a4e-9d7a-0f0f3a3b2c1d',
  name: 'Alex Rivera',
  email: 'l1.agent@ladder.demo',
  role: 'agent',
  teamId: null,
  levels: [1],
};

describe('SessionStore', () => {
  let store: SessionStore;
  let http: HttpTestingController;
  const notifier = { error: jest.fn(), info: jest.fn() };

  beforeEach(() => {
    notifier.error.mockReset();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Notifier, useValue: notifier },
      ],
    });
    store = TestBed.inject(SessionStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const answerNobodySignedIn = () =>
    http
      .expectOne('/api/me')
      .flush(
        { code: 'unauthenticated', message: 'Sign in', correlationId: 'c1' },
        { status: 401, statusText: 'Unauthorized' },
      );

  it('treats a 401 from /api/me as nobody signed in, without an error message', async () => {
    const loading = store.loaded();
    answerNobodySignedIn();
    await loading;
    expect(store.signedIn()).toBe(false);
    expect(notifier.error).not.toHaveBeenCalled();
  });

  it('asks the API once however many wait for the session', async () => {
    const waiting = [store.loaded(), store.loaded()];
    http.expectOne('/api/me').flush(agent);
    await Promise.all(waiting);
    await store.loaded();
    expect(store.role()).toBe('agent');
  });

  it('signs in, exposes the role, and lets the role guard decide', async () => {
    const starting = store.loaded();
    answerNobodySignedIn();
    await starting;
    const signingIn = store.login({ email: agent.email, password: 'ladder-demo' });
    const request = http.expectOne('/api/auth/login');
    expect(request.request.withCredentials).toBe(true);
    request.flush({ user: agent, token: 't', csrfToken: 'x', expiresAt: '2026-11-27T00:00:00.000Z' });
    await signingIn;
    expect(store.role()).toBe('agent');

    const router = TestBed.inject(Router);
    const run = (guard: ReturnType<typeof roleGuard>) =>
      TestBed.runInInjectionContext(() => guard({} as never, { url: '/procedure' } as never));
    await expect(run(roleGuard('agent', 'manager'))).resolves.toBe(true);
    expect(router.serializeUrl((await run(roleGuard('process_owner'))) as never)).toBe('/');
  });
});
