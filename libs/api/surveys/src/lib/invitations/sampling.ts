import { createHash } from 'node:crypto';
import type { Severity } from '@ladder/contracts';

/** The share of resolutions surveyed: the category's if set, else the severity's, else all. */
export function sampleRate(
  settings: { sampleBySeverity: Partial<Record<Severity, number>>; sampleByCategory: Record<string, number> },
  severity: Severity,
  category: string,
): number {
  return settings.sampleByCategory[category] ?? settings.sampleBySeverity[severity] ?? 1;
}

/**
 * Whether this resolution is in the sample. Decided from a hash of the escalation and its resolve event rather than
 * at random, so a retried batch decides the same, while each resolution of one escalation gets its own draw.
 */
export function inSample(rate: number, escalationId: string, resolveEventId: string): boolean {
  const digest = createHash('sha256').update(`${escalationId}:${resolveEventId}`).digest();
  // The first 32 bits as a number in [0, 1).
  return digest.readUInt32BE(0) / 2 ** 32 < rate;
}
