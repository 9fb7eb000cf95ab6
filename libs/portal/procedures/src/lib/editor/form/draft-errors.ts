import { UpdateProcedureDraftSchema, type UpdateProcedureDraft } from '@ladder/contracts';
import type { z } from 'zod';
import type { DraftCandidate } from './procedure-form';

/** Field path as the request body names it ("definition.levels.0.budgetMinutes.S2") -> the first message about it. */
export type PathErrors = Readonly<Record<string, string>>;

export type DraftCheck =
  { ok: true; draft: Omit<UpdateProcedureDraft, 'rowVersion'> } | { ok: false; errors: PathErrors };

const DraftSchema = UpdateProcedureDraftSchema.omit({ rowVersion: true });

/** Words a process owner understands instead of zod's developer-facing defaults; the contract's own messages pass. */
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'Required' : undefined;
      if (issue.origin === 'array') return Number(issue.minimum) === 1 ? 'Choose or add at least one' : undefined;
      if (issue.origin === 'number')
        return issue.inclusive ? `At least ${issue.minimum}` : `More than ${issue.minimum}`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'number') return issue.inclusive ? `At most ${issue.maximum}` : `Less than ${issue.maximum}`;
      return issue.origin === 'string' ? `At most ${issue.maximum} characters` : undefined;
    case 'invalid_type':
      return issue.expected === 'number'
        ? 'Enter a number'
        : issue.expected === 'int'
          ? 'Enter a whole number'
          : undefined;
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
}

/** The contract's checks on what the form describes, keyed by field path. */
export function checkDraft(candidate: DraftCandidate): DraftCheck {
  const result = DraftSchema.safeParse(candidate, { error: friendlyMessage });
  if (result.success) return { ok: true, draft: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}
