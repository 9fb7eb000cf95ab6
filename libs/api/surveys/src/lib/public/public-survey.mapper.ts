import type { PublicSurvey } from '@ladder/contracts';
import { stateAt, type TokenInvitation } from './invitation-by-token';

/** What the survey page shows for an invitation; only an open one carries the escalation and the questions. */
export function toPublicSurvey(
  invitation: TokenInvitation,
  updates: readonly { at: Date; body: string }[],
  now: Date,
): PublicSurvey {
  const state = stateAt(invitation, now);
  switch (state) {
    case 'answered':
      return { state, answeredAt: (invitation.answered_at ?? now).toISOString() };
    case 'expired':
      return { state, expiredAt: (invitation.expires_at ?? now).toISOString() };
    case 'withdrawn':
    case 'opted-out':
      return { state };
    case 'scheduled':
    case 'sent':
      return {
        state: 'open',
        respondentName: invitation.name,
        expiresAt: (invitation.expires_at ?? now).toISOString(),
        escalation: {
          number: Number(invitation.number),
          title: invitation.title,
          status: invitation.escalation_status,
          resolvedAt: invitation.resolved_at?.toISOString() ?? null,
          resolutionSummary: invitation.resolution_summary,
          updates: updates.map((u) => ({ at: u.at.toISOString(), body: u.body })),
        },
        questions: invitation.definition.questions,
      };
  }
}
