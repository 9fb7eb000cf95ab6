import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ErrorHandler, inject, makeEnvironmentProviders, provideAppInitializer } from '@angular/core';
import { NotifyingErrorHandler } from '../notify/notifying-error-handler';
import { SessionStore } from '../session/session.store';
import { apiInterceptor } from './api.interceptor';

/** HTTP with the API's cookie + CSRF scheme, error mapping, and the session asked for at start-up. */
export function providePortalCore() {
  return makeEnvironmentProviders([
    provideHttpClient(
      withInterceptors([apiInterceptor]),
      withXsrfConfiguration({ cookieName: 'ladder_csrf', headerName: 'X-CSRF-Token' }),
    ),
    provideAppInitializer(() => {
      void inject(SessionStore).loaded();
    }),
    { provide: ErrorHandler, useClass: NotifyingErrorHandler },
  ]);
}
