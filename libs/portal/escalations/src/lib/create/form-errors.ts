import type { FieldErrors } from '@ladder/portal/core';
import type { z } from 'zod';

/** Words a user understands instead of zod's developer-facing defaults. */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'Required' : `At least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `At most ${issue.maximum} characters` : `At most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'Enter a valid email address' : 'Invalid format';
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates with the contract's schema; errors keyed by field path ("stakeholders.0.email"). */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(value, { error: friendlyMessage });
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}
