/**
 * What an invitation's link token is derived from (`linkToken(secret, key)`): the outbox row stores this key, and the
 * email sender derives the token when it sends, so the token itself is never written anywhere.
 */
export function surveyLinkKey(invitationId: string): string {
  return `survey:${invitationId}`;
}
