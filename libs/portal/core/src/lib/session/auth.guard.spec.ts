import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type UrlTree } from '@angular/router';
import { authGuard, sessionRole, signedOutGuard } from './auth.guard';
import { SessionStore } from './session.store';

/** A session that becomes known only when `answer` is called, as the API's /api/me answer would arrive. */
function pendingSession() {
  const user = signal<{ role: 'manager' } | null>(null);
  let answer!: (signedIn: boolean) => void;
  const known = new Promise<void>((resolve) => {
    answer = (signedIn) => {
      user.set(signedIn ? { role: 'manager' } : null);
      resolve();
    };
  });
  const session = { signedIn: () => user() !== null, role: () => user()?.role ?? null, loaded: () => known };
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: SessionStore, useValue: session }] });
  return { answer };
}

const inContext = <T>(run: () => T) => TestBed.runInInjectionContext(run);
const serialized = (result: unknown) => TestBed.inject(Router).serializeUrl(result as UrlTree);

describe('signedOutGuard', () => {
  it('shows the sign-in page to someone not signed in', async () => {
    pendingSession().answer(false);
    await expect(inContext(() => signedOutGuard({} as never, { url: '/sign-in' } as never))).resolves.toBe(true);
  });

  it('sends a signed-in user to / (which redirects to their home page)', async () => {
    pendingSession().answer(true);
    expect(serialized(await inContext(() => signedOutGuard({} as never, { url: '/sign-in' } as never)))).toBe('/');
  });
});

describe('authGuard', () => {
  it('decides only once the session is known, then lets a signed-in user in', async () => {
    const { answer } = pendingSession();
    let decision: unknown = 'undecided';
    void inContext(() => authGuard({} as never, { url: '/reports/flow' } as never) as Promise<unknown>).then(
      (result) => (decision = result),
    );
    await Promise.resolve();
    expect(decision).toBe('undecided');
    answer(true);
    await new Promise((resolve) => setTimeout(resolve));
    expect(decision).toBe(true);
  });

  it('sends someone not signed in to the sign-in page with the address to come back to', async () => {
    pendingSession().answer(false);
    const result = await inContext(() => authGuard({} as never, { url: '/reports/flow' } as never));
    expect(serialized(result)).toBe('/sign-in?returnUrl=%2Freports%2Fflow');
  });
});

describe('sessionRole', () => {
  it('answers the role once the session is known', async () => {
    const { answer } = pendingSession();
    const role = inContext(() => sessionRole());
    answer(true);
    await expect(role).resolves.toBe('manager');
  });
});
