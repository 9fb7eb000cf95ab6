import { DomainException } from '@ladder/api/common';
import type { OpenedRangeQuery } from '@ladder/contracts';
import type { DataSource } from 'typeorm';
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

/**
 * The population of the reports on escalations opened in a range, as SQL over escalation alias `e`, with
 * `openedParams` as $1..$6: from, to, severities, teams, categories, services (a null list keeps all).
 */
export const OPENED_WHERE = `e.created_at >= $1 AND e.created_at < $2
  AND ($3::text[] IS NULL OR e.severity = ANY ($3::text[]))
  AND ($4::uuid[] IS NULL OR e.team_id = ANY ($4::uuid[]))
  AND ($5::text[] IS NULL OR e.category = ANY ($5::text[]))
  AND ($6::text[] IS NULL OR e.affected_service = ANY ($6::text[]))`;

export function openedParams(query: OpenedRangeQuery): unknown[] {
  const { start, end } = dayRange(query);
  return [
    start,
    end,
    query.severity ?? null,
    query.teamId ?? null,
    query.category ?? null,
    query.affectedService ?? null,
  ];
}

/** A team filter naming a team that does not exist is a 400, not an empty report. */
export async function checkTeams(dataSource: DataSource, teamIds: readonly string[] | undefined): Promise<void> {
  if (!teamIds?.length) return;
  const found: { id: string }[] = await dataSource.query(`SELECT id FROM team WHERE id = ANY ($1::uuid[])`, [teamIds]);
  const unknown = teamIds.filter((id) => !found.some((team) => team.id === id));
  if (unknown.length) {
    throw new DomainException('invalid_filter', `invalid filter "teamId": no team ${unknown.join(', ')}`, {
      filter: 'teamId',
    });
  }
}
