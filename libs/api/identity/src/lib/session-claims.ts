import type { Me } from '@ladder/contracts';
import type { Request } from 'express';

/** What the session JWT carries: enough to answer "who is this" without reading the database. */
export interface SessionClaims {
  sub: string;
  role: Me['role'];
  levels: number[];
  teamId: string | null;
  name: string;
  email: string;
  /** Token id, the key of revoked_session. */
  jti: string;
  /** The value a cookie-authenticated request must echo in X-CSRF-Token. */
  csrf: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface SessionRequest extends Request {
  user?: Me;
  session?: SessionClaims;
}

export function meOf(claims: SessionClaims): Me {
  return {
    id: claims.sub,
    name: claims.name,
    email: claims.email,
    role: claims.role,
    teamId: claims.teamId,
    levels: claims.levels,
  };
}
