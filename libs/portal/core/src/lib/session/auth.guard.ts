import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@ladder/contracts';
import { SessionStore } from './session.store';

export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.loaded();
  return session.signedIn() || router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Lets only the given roles through; others land on their home page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    await session.loaded();
    return session.hasRole(roles) || router.createUrlTree(['/']);
  };
}

/** Keeps a signed-in user off the sign-in page: '/' sends them on to their home page. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.loaded();
  return !session.signedIn() || router.createUrlTree(['/']);
};

/** The signed-in user's role once the session is known, for a route's redirect. Call in an injection context. */
export function sessionRole(): Promise<Role | null> {
  const session = inject(SessionStore);
  return session.loaded().then(() => session.role());
}
