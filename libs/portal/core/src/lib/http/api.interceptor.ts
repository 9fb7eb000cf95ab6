import { type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../session/session.store';
import { toApiError } from './api-error';

/** Sends the session cookie, turns every failure into an ApiError and signs out on an expired session. */
export const apiInterceptor: HttpInterceptorFn = (request, next) => {
  const session = inject(SessionStore);
  return next(request.clone({ withCredentials: true })).pipe(
    catchError((error: unknown) => {
      const apiError = toApiError(error);
      if (apiError.code === 'unauthenticated' && !request.url.startsWith('/api/auth/') && request.url !== '/api/me') {
        session.expire();
      }
      return throwError(() => apiError);
    }),
  );
};
