import type { SimilarEscalation } from '@ladder/contracts';
import type { SimilarEscalationRow } from './similar-escalations.sql';

const MINUTE_MS = 60_000;

export function toSimilarEscalation(row: SimilarEscalationRow): SimilarEscalation {
  return {
    id: row.id,
    number: Number(row.number),
    title: row.title,
    category: row.category,
    affectedService: row.affected_service,
    severity: row.severity,
    resolvedAt: row.resolved_at.toISOString(),
    resolutionSummary: row.resolution_summary,
    resolvedAtLevel: row.level,
    timeToResolveMinutes: Math.round((row.resolved_at.getTime() - row.created_at.getTime()) / MINUTE_MS),
    score: row.score,
    why: { matchingWords: row.matching_words, sameCategory: row.same_category, sameService: row.same_service },
  };
}
