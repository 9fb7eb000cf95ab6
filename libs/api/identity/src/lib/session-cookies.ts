import { Injectable } from '@nestjs/common';
import type { LoginResult } from '@ladder/contracts';
import { AppConfig } from '@ladder/api/common';
import type { Response } from 'express';

export const SESSION_COOKIE = 'ladder_session';
export const CSRF_COOKIE = 'ladder_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The session cookie (HttpOnly) and its readable CSRF companion, which the portal echoes in X-CSRF-Token. */
@Injectable()
export class SessionCookies {
  constructor(private readonly config: AppConfig) {}

  set(response: Response, session: LoginResult): void {
    const options = { sameSite: 'lax', secure: this.secure, path: '/', expires: new Date(session.expiresAt) } as const;
    response.cookie(SESSION_COOKIE, session.token, { ...options, httpOnly: true });
    response.cookie(CSRF_COOKIE, session.csrfToken, options);
  }

  clear(response: Response): void {
    response.clearCookie(SESSION_COOKIE, { path: '/', secure: this.secure, sameSite: 'lax', httpOnly: true });
    response.clearCookie(CSRF_COOKIE, { path: '/', secure: this.secure, sameSite: 'lax' });
  }

  private get secure(): boolean {
    return this.config.nodeEnv === 'production';
  }
}
