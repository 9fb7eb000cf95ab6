import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@ladder/contracts';
import { DomainException, PUBLIC_KEY, ROLES_KEY } from '@ladder/api/common';
import { RevocationService } from './revocation.service';
import { meOf, type SessionRequest } from './session-claims';
import { CSRF_HEADER, SESSION_COOKIE } from './session-cookies';
import { SessionTokenService } from './session-token.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The global guard: public routes pass; others need a valid, unrevoked session (bearer or cookie), the CSRF
 * header when the cookie authenticates an unsafe method, and one of the route's roles. No database round trip.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: SessionTokenService,
    private readonly revocations: RevocationService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const claims = this.tokens.verify(bearer ?? cookie ?? '');
    if (!claims || this.revocations.isRevoked(claims.jti))
      throw new DomainException('unauthenticated', 'Sign in first');
    if (!bearer && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== claims.csrf) {
      throw new DomainException('csrf_rejected', 'Missing or wrong X-CSRF-Token header');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(claims.role)) throw new DomainException('forbidden', 'Your role may not do this');
    request.session = claims;
    request.user = meOf(claims);
    return true;
  }
}
