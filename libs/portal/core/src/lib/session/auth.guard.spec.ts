import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, type UrlTree } from '@angular/router';
import { signedOutGuard } from './auth.guard';
import { SessionStore } from './session.store';

function runSignedOutGuard(signedIn: boolean) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), { provide: SessionStore, useValue: { signedIn: signal(signedIn) } }],
  });
  return TestBed.runInInjectionContext(() => signedOutGuard({} as never, { url: '/sign-in' } as never));
}

describe('signedOutGuard', () => {
  it('shows the sign-in page to someone not signed in', () => {
    expect(runSignedOutGuard(false)).toBe(true);
  });

  it('sends a signed-in user to / (which redirects to their home page)', () => {
    const result = runSignedOutGuard(true);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/');
  });
});
