import type { Action, Status } from '@ladder/contracts';
import { allowedActions } from '@ladder/domain';

/**
 * What the user may choose from the action bar; "assign-me" is assign with the caller as assignee. Stakeholder
 * updates are written in the composer beside the update clock instead.
 */
export type ActionChoice = Exclude<Action, 'stakeholder-update'> | 'assign-me';

/** The status machine's allowed actions, minus level changes off either end of the ladder. */
export function visibleActions(status: Status, level: number, topLevel: number, assignedToMe: boolean): ActionChoice[] {
  return allowedActions(status).flatMap((action): ActionChoice[] => {
    if (action === 'escalate' && level >= topLevel) return [];
    if (action === 'de-escalate' && level <= 1) return [];
    if (action === 'assign') return assignedToMe ? ['assign'] : ['assign-me', 'assign'];
    if (action === 'stakeholder-update') return [];
    return [action];
  });
}

export const ACTION_LABEL: Readonly<Record<ActionChoice, string>> = {
  acknowledge: 'Acknowledge',
  'assign-me': 'Assign to me',
  assign: 'Assign…',
  comment: 'Comment',
  escalate: 'Escalate',
  'de-escalate': 'De-escalate',
  wait: 'Wait',
  resume: 'Resume',
  resolve: 'Resolve',
  reopen: 'Reopen',
  close: 'Close',
};
