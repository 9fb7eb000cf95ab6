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

/** HS256 session tokens, signed and verified with the KeyObject imported once in AppConfig. */
@Injectable()
export class SessionTokenService {
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
    try {
      const payload = verify(token, this.config.sessionSecret, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      return typeof payload === 'object' && typeof payload.jti === 'string' ? (payload as SessionClaims) : undefined;
    } catch {
      return undefined;
    }
  }
}
