import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../payloads/incoming-alert';

/** A new integration secret: 32 random bytes, URL-safe. */
export const newSecret = (): string => `lad_${randomBytes(32).toString('base64url')}`;

/** What the integration table indexes a secret by, so a bearer secret finds its integration without a scan. */
export const secretHash = (secret: string): string => sha256(secret);

/** Whether `signature` (hex, optionally `sha256=`-prefixed) is the HMAC-SHA256 of `signed` under `secret`. */
export function signatureMatches(secret: string, signed: Buffer, signature: string): boolean {
  const expected = createHmac('sha256', secret).update(signed).digest();
  const given = Buffer.from(signature.replace(/^sha256=/, '').trim(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
