import { DomainException } from '@ladder/api/common';
import type { z } from 'zod';

const DATE_FILTERS = new Set(['from', 'to']);

/** Validates a report's filters; a bad one is a 400 invalid_filter that names it. */
export function parseFilters<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const filter = String(issue?.path[0] ?? 'query');
  const reason =
    issue?.code === 'custom'
      ? issue.message
      : DATE_FILTERS.has(filter)
        ? 'expected a date YYYY-MM-DD'
        : (issue?.message ?? 'not understood');
  throw new DomainException('invalid_filter', `invalid filter "${filter}": ${reason}`, { filter });
}

const DAY_MS = 86_400_000;

/** Whole UTC days, `to` inclusive: [from 00:00, to + 1 day 00:00). */
export function dayRange(query: { from: string; to: string }): { start: Date; end: Date } {
  const start = new Date(`${query.from}T00:00:00Z`);
  const end = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS);
  return { start, end };
}
