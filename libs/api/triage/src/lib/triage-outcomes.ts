import type { ShownTriageSuggestion, TriageTarget } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';

/**
 * Records, in the caller's transaction, each suggestion the agent was shown while opening the escalation, with the
 * value it was opened with and whether that is the suggested one.
 */
export async function recordTriageOutcomes(
  m: EntityManager,
  escalationId: string,
  shown: readonly ShownTriageSuggestion[] | undefined,
  chosen: Record<TriageTarget, string>,
  at: Date,
): Promise<void> {
  if (!shown || shown.length === 0) return;
  const rows = shown.map((suggestion) => ({ ...suggestion, chosen: chosen[suggestion.target] }));
  await m.query(
    `INSERT INTO triage_suggestion_outcome
       (escalation_id, target, suggested_value, confidence, chosen_value, accepted, created_at)
     SELECT $1, s.target, s.value, s.confidence, s.chosen, s.value = s.chosen, $2
       FROM jsonb_to_recordset($3::jsonb) AS s(target text, value text, confidence double precision, chosen text)`,
    [escalationId, at, JSON.stringify(rows)],
  );
}
