import { createHash, createHmac, type KeyObject } from 'node:crypto';

/**
 * The token in a stakeholder's status link: derived, so every email to them carries the same link, and
 * unguessable without the session secret. Only its hash is stored (stakeholder_link.token_hash).
 */
export function stakeholderToken(secret: KeyObject, escalationId: string, email: string): string {
  return createHmac('sha256', secret).update(`status:${escalationId}:${email}`).digest('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
