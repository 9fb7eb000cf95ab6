import type { FlowFigures } from '@ladder/contracts';
import type { OpenedFiguresRow } from './flow.sql';

/** The figures of an `openedFigures` row; no row (no escalation) gives zeros, and nulls for rates and means. */
export function toFlowFigures(row: OpenedFiguresRow | undefined): FlowFigures {
  const resolved = row?.resolved ?? 0;
  return {
    escalations: row?.escalations ?? 0,
    resolved,
    firstLevelResolutionRate: resolved ? (row?.never_escalated_resolved ?? 0) / resolved : null,
    mttaMinutes: row?.mtta_minutes ?? null,
    mttrMinutes: row?.mttr_minutes ?? null,
  };
}
