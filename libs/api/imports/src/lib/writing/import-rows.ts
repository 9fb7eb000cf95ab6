import {
  EVENT_TABLE,
  eventRow,
  isoTime,
  STINT_TABLE,
  stintRow,
  type Cell,
  type TableRows,
  type TableSpec,
} from '@ladder/api/demo-data';
import type { ImportContext } from '../checking/import-context';
import type { ImportedHistory } from './imported-history';

/** The escalation columns an import writes; `number` is left to the identity, so numbers never collide with live work. */
export const IMPORTED_ESCALATION_TABLE: TableSpec = {
  name: 'escalation',
  columns: [
    ['id', 'uuid'],
    ['title', 'text'],
    ['description', 'text'],
    ['category', 'text'],
    ['affected_service', 'text'],
    ['impact', 'text'],
    ['urgency', 'text'],
    ['severity', 'text'],
    ['status', 'text'],
    ['level', 'integer'],
    ['team_id', 'uuid'],
    ['assignee_id', 'uuid'],
    ['procedure_version_id', 'uuid'],
    ['source', 'text'],
    ['stakeholders', 'jsonb'],
    ['created_by', 'uuid'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
    ['acknowledged_at', 'timestamptz'],
    ['resolved_at', 'timestamptz'],
    ['closed_at', 'timestamptz'],
    ['resolution_summary', 'text'],
    ['response_due_at', 'timestamptz'],
    ['resolution_due_at', 'timestamptz'],
    ['next_due_at', 'timestamptz'],
    ['sla_state', 'text'],
    ['version', 'integer'],
    ['source_system', 'text'],
    ['source_id', 'text'],
  ],
};

/** A first look by the SLA scheduler for each escalation still open, as soon as a worker is free. */
export const DEADLINE_JOB_TABLE: TableSpec = {
  name: 'job',
  columns: [
    ['kind', 'text'],
    ['key', 'text'],
    ['escalation_id', 'uuid'],
    ['run_at', 'timestamptz'],
  ],
};

const CLOSED = new Set(['resolved', 'closed']);

/** A batch's rows, parents first so foreign keys hold. */
export function importRows(histories: readonly ImportedHistory[], ctx: ImportContext): TableRows[] {
  const escalations: Cell[][] = [];
  const events: Cell[][] = [];
  const stints: Cell[][] = [];
  const jobs: Cell[][] = [];
  const now = isoTime(ctx.now);
  for (const history of histories) {
    const id = history.facts.id;
    escalations.push(escalationRow(history, ctx));
    for (const event of history.events) events.push(eventRow(id, event));
    for (const stint of history.stints) stints.push(stintRow(id, stint));
    if (!CLOSED.has(history.state.status)) jobs.push(['deadline', `deadline:${id}`, id, now]);
  }
  return [
    { table: IMPORTED_ESCALATION_TABLE, rows: escalations },
    { table: EVENT_TABLE, rows: events },
    { table: STINT_TABLE, rows: stints },
    { table: DEADLINE_JOB_TABLE, rows: jobs },
  ];
}

function escalationRow({ facts: f, state: s, ...imported }: ImportedHistory, ctx: ImportContext): Cell[] {
  return [
    f.id,
    f.title,
    f.description,
    f.category,
    f.affectedService,
    f.impact,
    f.urgency,
    f.severity,
    s.status,
    String(s.level),
    s.teamId,
    s.assigneeId,
    ctx.procedure.id,
    f.source,
    JSON.stringify(f.stakeholders),
    f.createdBy,
    isoTime(f.createdAt),
    isoTime(s.updatedAt),
    time(s.acknowledgedAt),
    time(s.resolvedAt),
    time(s.closedAt),
    s.resolutionSummary,
    isoTime(f.responseDueAt),
    isoTime(f.resolutionDueAt),
    time(imported.nextDueAt),
    imported.slaState,
    String(s.version),
    ctx.system,
    imported.sourceId,
  ];
}

function time(at: number | null): Cell {
  return at === null ? null : isoTime(at);
}
