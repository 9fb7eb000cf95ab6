import type { Action } from '@ladder/contracts';
import type { TextPromptData } from '@ladder/portal/ui';

export type TextAction = Extract<Action, 'comment' | 'wait' | 'resolve' | 'reopen'>;

/** Actions that carry one text, the body field it goes in, and how the dialog asks for it. */
export const TEXT_ACTIONS: Readonly<Record<TextAction, TextPromptData & { field: 'body' | 'reason' | 'summary' }>> = {
  comment: { field: 'body', title: 'Internal comment', label: 'Comment (agents only)', submitLabel: 'Add comment' },
  wait: {
    field: 'reason',
    title: 'Wait for the stakeholder',
    label: 'What are you waiting for?',
    submitLabel: 'Start waiting',
  },
  resolve: { field: 'summary', title: 'Resolve', label: 'Resolution summary', submitLabel: 'Resolve' },
  reopen: { field: 'reason', title: 'Reopen', label: 'Why reopen?', submitLabel: 'Reopen' },
};
