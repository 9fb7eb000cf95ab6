import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionClaims, SessionRequest } from './session-claims';

/** The verified session claims, as the auth guard put them on the request. */
export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): SessionClaims => {
  const session = context.switchToHttp().getRequest<SessionRequest>().session;
  if (!session) throw new Error('CurrentSession used on a route without an authenticated session');
  return session;
});
