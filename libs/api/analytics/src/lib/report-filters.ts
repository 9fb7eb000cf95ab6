import { DomainException } from '@ladder/api/common';
import type { ReportQuery } from '@ladder/contracts';
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
 * The filters as SQL parameters $1..$8, in this order: range start, range end, severities, teams, categories,
 * services, levels, procedure versions (a null list keeps all). Reports append their own parameters after $8.
 */
export function filterParams(query: ReportQuery): unknown[] {
  const { start, end } = dayRange(query);
  return [
    start,
    end,
    query.severity ?? null,
    query.teamId ?? null,
    query.category ?? null,
    query.affectedService ?? null,
    query.level ?? null,
    query.procedureVersionId ?? null,
  ];
}

/** What the filters ask of the escalation `e` itself, whatever the report counts. */
export const ESCALATION_FILTERS = `($3::text[] IS NULL OR e.severity = ANY ($3::text[]))
  AND ($5::text[] IS NULL OR e.category = ANY ($5::text[]))
  AND ($6::text[] IS NULL OR e.affected_service = ANY ($6::text[]))
  AND ($8::uuid[] IS NULL OR e.procedure_version_id = ANY ($8::uuid[]))`;

/** The filters as reports on escalations read them of `e`: the team it is with now, and one of the levels reached. */
export const ESCALATION_REACHED_FILTERS = `${ESCALATION_FILTERS}
  AND ($4::uuid[] IS NULL OR e.team_id = ANY ($4::uuid[]))
  AND ($7::int[] IS NULL OR e.level = ANY ($7::int[])
       OR EXISTS (SELECT 1 FROM level_stint r WHERE r.escalation_id = e.id AND r.level = ANY ($7::int[])))`;

/** Escalations `e` opened in the range, with the team they are with now, that reached one of the levels. */
export const OPENED_WHERE = `e.created_at >= $1 AND e.created_at < $2 AND ${ESCALATION_REACHED_FILTERS}`;

/** Stints `s` of escalations `e` (joined by the caller) at the teams and levels; the range is the caller's. */
export const STINT_WHERE = `${ESCALATION_FILTERS}
  AND ($4::uuid[] IS NULL OR s.team_id = ANY ($4::uuid[]))
  AND ($7::int[] IS NULL OR s.level = ANY ($7::int[]))`;

/**
 * STINT_WHERE for stints `s` read without joining their escalation: it is looked up only when the filters ask
 * something of it, so that with none a count of stints reads an index of level_stint alone. One level is an
 * equality, which lets an index on (level, ...) keep the order of its next column (`= ANY` does not).
 */
export const STINT_ALONE_WHERE = `(($3::text[] IS NULL AND $5::text[] IS NULL AND $6::text[] IS NULL AND $8::uuid[] IS NULL)
       OR EXISTS (SELECT 1 FROM escalation e WHERE e.id = s.escalation_id AND ${ESCALATION_FILTERS}))
  AND ($4::uuid[] IS NULL OR s.team_id = ANY ($4::uuid[]))
  AND ($7::int[] IS NULL OR CASE cardinality($7::int[]) WHEN 1 THEN s.level = ($7::int[])[1]
                                                        ELSE s.level = ANY ($7::int[]) END)`;

/** Stints that left their level in the range. */
export const STINT_LEFT_WHERE = `s.left_at >= $1 AND s.left_at < $2 AND ${STINT_WHERE}`;

/** Stints not finished: what is open is now, so the range only has to be well typed ($1 <= $2 always holds). */
export const STINT_OPEN_WHERE = `s.left_at IS NULL AND $1::timestamptz <= $2::timestamptz AND ${STINT_WHERE}`;

/**
 * Filters naming what does not exist are a 400 naming the filter, not an empty report: a team, a procedure
 * version, or a level no procedure version has.
 */
export async function checkFilters(dataSource: DataSource, query: ReportQuery): Promise<void> {
  const [known]: { teams: string[]; versions: string[]; levels: number[] }[] = await dataSource.query(
    `SELECT (SELECT coalesce(array_agg(id::text), '{}') FROM team WHERE id = ANY ($1::uuid[])) AS teams,
            (SELECT coalesce(array_agg(id::text), '{}') FROM procedure_version WHERE id = ANY ($2::uuid[])) AS versions,
            (SELECT coalesce(array_agg(DISTINCT (l ->> 'level')::int), '{}')
               FROM procedure_version pv, jsonb_array_elements(pv.definition -> 'levels') l) AS levels`,
    [query.teamId ?? [], query.procedureVersionId ?? []],
  );
  const missing = <T>(given: readonly T[] | undefined, found: readonly T[]) =>
    (given ?? []).filter((value) => !found.includes(value));
  const refuse = (filter: string, what: string, values: readonly unknown[]) => {
    if (!values.length) return;
    throw new DomainException('invalid_filter', `invalid filter "${filter}": no ${what} ${values.join(', ')}`, {
      filter,
    });
  };
  refuse('teamId', 'team', missing(query.teamId, known?.teams ?? []));
  refuse('level', 'level', missing(query.level, known?.levels ?? []));
  refuse('procedureVersionId', 'procedure version', missing(query.procedureVersionId, known?.versions ?? []));
}

/** A finished stint `s`'s wall-clock seconds at its level, pauses excluded. */
export const STINT_WALL_SECONDS = `(date_part('epoch', s.left_at - s.entered_at) - s.paused_seconds)`;

/**
 * A finished stint `s`'s seconds on its escalation's SLA calendar, the time level budgets are counted in; until the
 * refresher has counted it (within a minute of leaving), its wall-clock time.
 */
export const STINT_BUSINESS_SECONDS = `coalesce(s.business_seconds, ${STINT_WALL_SECONDS})`;
