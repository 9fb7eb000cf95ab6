import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import type { Role } from '@ladder/contracts';
import { SessionStore } from './session.store';

export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return session.signedIn() || router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Lets only the given roles through; others land on their home page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    return session.hasRole(roles) || router.createUrlTree(['/']);
  };
}

/** Keeps a signed-in user off the sign-in page: '/' sends them on to their home page. */
export const signedOutGuard: CanActivateFn = () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return !session.signedIn() || router.createUrlTree(['/']);
};
