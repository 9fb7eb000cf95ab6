import { DomainException } from '@ladder/api/common';
import { tokenHash } from '@ladder/api/notifications';
import type { InvitationState, Severity, Status, SurveyTemplateDefinition } from '@ladder/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export interface TokenInvitation {
  id: string;
  status: InvitationState;
  email: string;
  name: string | null;
  expires_at: Date | null;
  answered_at: Date | null;
  template_id: string;
  definition: SurveyTemplateDefinition;
  escalation_id: string;
  number: string;
  title: string;
  escalation_status: Status;
  severity: Severity;
  team_id: string;
  resolved_at: Date | null;
  resolution_summary: string | null;
}

/**
 * The invitation behind a survey link, or 404. A scheduled invitation counts as unknown: its token has not been
 * emailed yet. `lock` holds the row until the caller's transaction ends.
 */
export async function invitationByToken(
  db: DataSource | EntityManager,
  token: string,
  lock = false,
): Promise<TokenInvitation> {
  const [row] = await db.query<TokenInvitation[]>(
    `SELECT i.id, i.status, i.email, i.name, i.expires_at, i.answered_at, i.template_id, t.definition,
            e.id AS escalation_id, e.number, e.title, e.status AS escalation_status, e.severity, e.team_id,
            e.resolved_at, e.resolution_summary
       FROM survey_invitation i
       JOIN escalation e ON e.id = i.escalation_id
       JOIN survey_template t ON t.id = i.template_id
      WHERE i.token_hash = $1 AND i.status <> 'scheduled'
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [tokenHash(token)],
  );
  if (!row) {
    throw new DomainException('not_found', 'This survey link is not valid. Please check that it was copied whole.');
  }
  return row;
}

/** The state a stakeholder meets: a sent invitation past its expiry is expired, even before the dispatcher says so. */
export function stateAt(invitation: Pick<TokenInvitation, 'status' | 'expires_at'>, now: Date): InvitationState {
  const { status, expires_at } = invitation;
  return status === 'sent' && expires_at !== null && expires_at <= now ? 'expired' : status;
}

const CLOSED_MESSAGE: Record<Exclude<InvitationState, 'sent' | 'scheduled'>, string> = {
  answered: 'This survey has already been answered. Thank you!',
  expired: 'This survey has expired and can no longer be answered.',
  withdrawn: 'This survey was withdrawn because the issue was reopened; a new one follows its resolution.',
  'opted-out': 'You opted out of our surveys, so this one can no longer be answered.',
};

/** Throws 409 survey_closed, saying why, unless the invitation can still be answered. */
export function assertOpen(invitation: TokenInvitation, now: Date): void {
  const state = stateAt(invitation, now);
  if (state === 'sent' || state === 'scheduled') return;
  throw new DomainException('survey_closed', CLOSED_MESSAGE[state], { state });
}
