import type { z } from 'zod';

/** Field path ("questions.0.prompt") -> the first message about it. */
export type PathErrors = Readonly<Record<string, string>>;

export type Checked<T> = { ok: true; data: T } | { ok: false; errors: PathErrors };

/** Words a process owner understands instead of zod's developer-facing defaults; custom messages pass through. */
export function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1 ? 'Required' : `At least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `Add at least ${issue.minimum}`;
      return `At least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `At most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `At most ${issue.maximum}`;
      return `At most ${issue.maximum}`;
    case 'invalid_type':
      return issue.expected === 'number' ? 'Enter a number' : undefined;
    case 'invalid_value':
      return 'Choose one of the options';
    default:
      return undefined;
  }
}

/** Checks a value with a contract schema; on failure the first friendly message per path. */
export function checkWith<S extends z.ZodType>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value, { error: friendlyMessage });
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}

/** The API's validation paths without a leading body field (e.g. `definition.`), keeping the first message per path. */
export function withoutPrefix(errors: PathErrors, prefix: string): PathErrors {
  const result: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const local = path === prefix ? '' : path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    result[local] ??= message;
  }
  return result;
}
