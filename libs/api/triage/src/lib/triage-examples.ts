import type { Severity } from '@ladder/contracts';

/** A resolved or closed escalation as the triage models learn from it. */
export interface TriageExample {
  title: string;
  description: string;
  category: string;
  affected_service: string;
  /** The team holding it when it was resolved: the team of the last (usually deepest) level it reached. */
  team_id: string;
  team_name: string;
  severity: Severity;
  created_at: Date;
}

/** The most recent resolved escalations the models learn from; older ones are left out to keep memory small. */
export const MAX_TRAINING_EXAMPLES = 20_000;

/** Runs one SQL statement and gives its rows: a TypeORM data source or a pg client, whichever the caller holds. */
export type RowsOf = (sql: string) => Promise<unknown[]>;

/** Resolved and closed escalations, most recently opened first (at most `MAX_TRAINING_EXAMPLES`). */
export async function readTriageExamples(rowsOf: RowsOf): Promise<TriageExample[]> {
  return (await rowsOf(
    `SELECT e.title, e.description, e.category, e.affected_service, e.team_id, t.name AS team_name, e.severity,
            e.created_at
       FROM escalation e JOIN team t ON t.id = e.team_id
      WHERE e.status IN ('resolved', 'closed')
      ORDER BY e.created_at DESC, e.id
      LIMIT ${MAX_TRAINING_EXAMPLES}`,
  )) as TriageExample[];
}
