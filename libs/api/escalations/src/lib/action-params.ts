import type { Action, Assign, Comment, ErrorCode, Escalate, Resolve, Status, Wait } from '@ladder/contracts';

/** Any action body after validation by its own schema; each action reads only the fields it has. */
export type ActionBody = Partial<Assign & Comment & Escalate & Resolve & Wait>;

export interface ActParams {
  /** null for actions without a version (comment, stakeholder update): no optimistic check. */
  version: number | null;
  text: string | null;
  visibility: 'internal' | 'public';
  assigneeId: string | null;
  toLevel: number | null;
  teamId: string | null;
}

export function actParams(action: Action, body: ActionBody): ActParams {
  return {
    version: body.version ?? null,
    text: body.body ?? body.reason ?? body.summary ?? null,
    visibility: action === 'stakeholder-update' ? 'public' : 'internal',
    assigneeId: body.assigneeId ?? null,
    toLevel: body.toLevel ?? null,
    teamId: body.teamId ?? null,
  };
}

export type ActOutcome =
  'ok' | 'not_found' | 'stale_version' | 'illegal_transition' | 'invalid_level' | 'invalid_assignee';

/** The error code each failed outcome of `escalation_act` answers with. */
export const OUTCOME_CODE: Record<Exclude<ActOutcome, 'ok'>, ErrorCode> = {
  not_found: 'not_found',
  stale_version: 'stale_version',
  illegal_transition: 'illegal_transition',
  invalid_level: 'invalid_level',
  invalid_assignee: 'validation_failed',
};

/** What the caller needs to recover from a refused action: the escalation's current status and version. */
export function refusalDetails(
  status: Status | null,
  version: number | null,
): { status: Status; version: number } | undefined {
  return status !== null && version !== null ? { status, version } : undefined;
}
