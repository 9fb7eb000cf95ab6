import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Me } from '@ladder/contracts';
import { AppConfig, Clock } from '@ladder/api/common';
import { sign, verify } from 'jsonwebtoken';
import type { SessionClaims } from './session-claims';

export interface IssuedSession {
  token: string;
  claims: SessionClaims;
}

/** Verified tokens remembered at most; past it the memory starts over (a session then verifies once more). */
const VERIFIED_LIMIT = 10_000;

/**
 * HS256 session tokens, signed and verified with the KeyObject imported once in AppConfig. A token is verified once
 * and its claims remembered: every request carries one, and the HMAC and parsing were a visible part of a request's
 * cost. A remembered token still expires on time; revocation is the guard's check, made on every request.
 */
@Injectable()
export class SessionTokenService {
  private readonly verified = new Map<string, SessionClaims>();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  issue(user: Me): IssuedSession {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const claims: SessionClaims = {
      sub: user.id,
      role: user.role,
      levels: user.levels,
      teamId: user.teamId,
      name: user.name,
      email: user.email,
      jti: randomUUID(),
      csrf: randomBytes(24).toString('base64url'),
      exp: now + this.config.sessionTtlMinutes * 60,
    };
    const token = sign({ ...claims, iat: now }, this.config.sessionSecret, { algorithm: 'HS256' });
    return { token, claims };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verify(token: string): SessionClaims | undefined {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const known = this.verified.get(token);
    if (known) return now < known.exp ? known : undefined;
    const claims = this.verifySignature(token, now);
    if (claims) {
      if (this.verified.size >= VERIFIED_LIMIT) this.verified.clear();
      this.verified.set(token, Object.freeze(claims));
    }
    return claims;
  }

  private verifySignature(token: string, now: number): SessionClaims | undefined {
    try {
      const payload = verify(token, this.config.sessionSecret, { algorithms: ['HS256'], clockTimestamp: now });
      return typeof payload === 'object' && typeof payload.jti === 'string' ? (payload as SessionClaims) : undefined;
    } catch {
      return undefined;
    }
  }
}
