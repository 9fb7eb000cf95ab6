import { DomainException } from '@ladder/api/common';
import { TimeAtLevelQuerySchema, type TimeAtLevelQuery } from '@ladder/contracts';

/** Validates `from`/`to`; a bad one is a 400 invalid_filter naming it. */
export function parseTimeAtLevelQuery(raw: unknown): TimeAtLevelQuery {
  const parsed = TimeAtLevelQuerySchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const filter = String(issue?.path[0] ?? 'query');
  const reason = issue?.code === 'custom' ? issue.message : 'expected a date YYYY-MM-DD';
  throw new DomainException('invalid_filter', `invalid filter "${filter}": ${reason}`, { filter });
}

const DAY_MS = 86_400_000;

/** Whole UTC days, `to` inclusive: [from 00:00, to + 1 day 00:00). */
export function dayRange(query: TimeAtLevelQuery): { start: Date; end: Date } {
  const start = new Date(`${query.from}T00:00:00Z`);
  const end = new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS);
  return { start, end };
}
