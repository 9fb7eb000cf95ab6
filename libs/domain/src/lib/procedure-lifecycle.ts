import type { ErrorCode, Role } from '@ladder/contracts';

export const PROCEDURE_STATES = ['draft', 'in-review', 'published', 'retired', 'discarded'] as const;
export type ProcedureState = (typeof PROCEDURE_STATES)[number];

/** `supersede` is what Ladder does to the published version when a newer one is published. */
export const PROCEDURE_ACTIONS = [
  'submit',
  'request-changes',
  'approve-and-publish',
  'discard',
  'retire',
  'supersede',
] as const;
export type ProcedureAction = (typeof PROCEDURE_ACTIONS)[number];

const PROCEDURE_TRANSITIONS: Readonly<Record<ProcedureAction, { from: ProcedureState; to: ProcedureState }>> = {
  submit: { from: 'draft', to: 'in-review' },
  'request-changes': { from: 'in-review', to: 'draft' },
  'approve-and-publish': { from: 'in-review', to: 'published' },
  discard: { from: 'draft', to: 'discarded' },
  retire: { from: 'published', to: 'retired' },
  supersede: { from: 'published', to: 'retired' },
};

const VERB: Readonly<Record<ProcedureAction, string>> = {
  submit: 'submit for review',
  'request-changes': 'request changes to',
  'approve-and-publish': 'approve and publish',
  discard: 'discard',
  retire: 'retire',
  supersede: 'supersede',
};

export type ProcedureTransitionResult =
  { ok: true; to: ProcedureState } | { ok: false; code: Extract<ErrorCode, 'illegal_transition'>; message: string };

export function procedureTransition(state: ProcedureState, action: ProcedureAction): ProcedureTransitionResult {
  const rule = PROCEDURE_TRANSITIONS[action];
  if (rule.from !== state) {
    return {
      ok: false,
      code: 'illegal_transition',
      message: `cannot ${VERB[action]} a procedure version that is ${state.replace('-', ' ')}`,
    };
  }
  return { ok: true, to: rule.to };
}

/** Only a draft is edited; a version in review goes back to draft first, and a published one is immutable. */
export function mayEdit(state: ProcedureState): boolean {
  return state === 'draft';
}

const APPROVERS: readonly Role[] = ['process_owner', 'manager', 'admin'];

/** A process owner, manager or admin may approve a version, but never one they wrote themselves. */
export function mayApprove(input: { actor: { id: string; role: Role }; authorId: string }): boolean {
  return APPROVERS.includes(input.actor.role) && input.actor.id !== input.authorId;
}

/**
 * When a published version is due for review: the same day and time of day `reviewEveryMonths` calendar months later
 * (UTC), on the month's last day when it is shorter (Jan 31 + 1 month = Feb 28, or 29 in a leap year).
 */
export function reviewDueDate(publishedAt: Date, reviewEveryMonths: number): Date {
  if (!Number.isInteger(reviewEveryMonths) || reviewEveryMonths < 1) {
    throw new RangeError(`reviewEveryMonths must be a whole number of months of at least 1, got ${reviewEveryMonths}`);
  }
  const year = publishedAt.getUTCFullYear();
  const month = publishedAt.getUTCMonth() + reviewEveryMonths;
  const lastDayOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const due = new Date(publishedAt);
  due.setUTCFullYear(year, month, Math.min(publishedAt.getUTCDate(), lastDayOfMonth));
  return due;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether to remind the owner: from `leadDays` days (of 24 h) before the due date on, and still once it has passed. */
export function reviewReminderDue(now: Date, dueDate: Date, leadDays: number): boolean {
  if (!(leadDays >= 0)) throw new RangeError(`leadDays must not be negative, got ${leadDays}`);
  return now.getTime() >= dueDate.getTime() - leadDays * DAY_MS;
}
