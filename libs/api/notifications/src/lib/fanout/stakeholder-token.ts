import { createHash, createHmac, type KeyObject } from 'node:crypto';

/**
 * The token in a secret link of an email (status page, survey): the base64url HMAC-SHA256 of the link's key, so it
 * can be derived again at send time and is unguessable without the session secret. Only its hash is stored.
 */
export function linkToken(secret: KeyObject, key: string): string {
  return createHmac('sha256', secret).update(key).digest('base64url');
}

/**
 * The token in a stakeholder's status link: derived, so every email to them carries the same link. Only its hash is
 * stored (stakeholder_link.token_hash).
 */
export function stakeholderToken(secret: KeyObject, escalationId: string, email: string): string {
  return linkToken(secret, `status:${escalationId}:${email}`);
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
