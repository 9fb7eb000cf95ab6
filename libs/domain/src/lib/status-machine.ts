import type { Action, Status } from '@ladder/contracts';

export interface TransitionRule {
  /** Statuses the action may be taken from. */
  from: readonly Status[];
  /** Status after the action; `null` keeps the current one. */
  to: Status | null;
}

const WORKING: readonly Status[] = ['open', 'acknowledged', 'reopened'];
const NOT_CLOSED: readonly Status[] = ['open', 'acknowledged', 'waiting', 'reopened', 'resolved'];

/**
 * The escalation status machine. A level change (escalate, de-escalate) puts the escalation back to
 * `open` so the receiving level acknowledges it: that is the time to first response at that level.
 */
export const TRANSITIONS: Readonly<Record<Action, TransitionRule>> = {
  assign: { from: NOT_CLOSED, to: null },
  acknowledge: { from: ['open', 'reopened'], to: 'acknowledged' },
  comment: { from: [...NOT_CLOSED, 'closed'], to: null },
  'stakeholder-update': { from: NOT_CLOSED, to: null },
  escalate: { from: WORKING, to: 'open' },
  'de-escalate': { from: WORKING, to: 'open' },
  wait: { from: ['acknowledged'], to: 'waiting' },
  resume: { from: ['waiting'], to: 'acknowledged' },
  resolve: { from: ['open', 'acknowledged', 'waiting', 'reopened'], to: 'resolved' },
  reopen: { from: ['resolved'], to: 'reopened' },
  close: { from: ['resolved'], to: 'closed' },
};

export const INITIAL_STATUS: Status = 'open';

export type TransitionResult = { ok: true; to: Status } | { ok: false; reason: string };

export function transition(current: Status, action: Action): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    return { ok: false, reason: `cannot ${action} an escalation that is ${current}` };
  }
  return { ok: true, to: rule.to ?? current };
}

/** Actions a user could take now, for showing only the buttons that will work. */
export function allowedActions(current: Status): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter((action) => TRANSITIONS[action].from.includes(current));
}
