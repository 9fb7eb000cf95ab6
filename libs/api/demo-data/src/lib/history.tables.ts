import type { DemoEvent, DemoHistory, DemoStint } from './demo-history.types';
import { isoTime } from './iso-time';

export type Cell = string | null;

/** A table the history is written into: columns in write order with their PostgreSQL types. */
export interface TableSpec {
  name: string;
  columns: readonly (readonly [name: string, type: string])[];
  /** A staging table of the batch's transaction, created before its rows are written and dropped at commit. */
  temporary?: boolean;
}

export interface TableRows {
  table: TableSpec;
  rows: Cell[][];
  /** Statements run in the same transaction once the rows are written (e.g. moving staged rows in). */
  then?: readonly string[];
}

// Numbers are given (in arrival order, whichever connection writes the batch); the other identity keys are generated.
export const ESCALATION_TABLE: TableSpec = {
  name: 'escalation',
  columns: [
    ['id', 'uuid'],
    ['number', 'bigint'],
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
    ['version', 'integer'],
  ],
};

export const EVENT_TABLE: TableSpec = {
  name: 'escalation_event',
  columns: [
    ['escalation_id', 'uuid'],
    ['type', 'text'],
    ['at', 'timestamptz'],
    ['actor_id', 'uuid'],
    ['from_status', 'text'],
    ['to_status', 'text'],
    ['from_level', 'integer'],
    ['to_level', 'integer'],
    ['team_id', 'uuid'],
    ['assignee_id', 'uuid'],
    ['body', 'text'],
    ['visibility', 'text'],
    ['channel', 'text'],
  ],
};

export const STINT_TABLE: TableSpec = {
  name: 'level_stint',
  columns: [
    ['escalation_id', 'uuid'],
    ['level', 'integer'],
    ['team_id', 'uuid'],
    ['assignee_id', 'uuid'],
    ['entered_at', 'timestamptz'],
    ['first_response_at', 'timestamptz'],
    ['paused_since', 'timestamptz'],
    ['paused_seconds', 'double precision'],
    ['left_at', 'timestamptz'],
    ['exit', 'text'],
  ],
};

/** The three tables' rows for a batch of histories, parents first so foreign keys hold. */
export function historyRows(
  histories: readonly DemoHistory[],
  procedureVersionId: string,
  lastNumber: number,
): TableRows[] {
  const escalations: Cell[][] = [];
  const events: Cell[][] = [];
  const stints: Cell[][] = [];
  for (const history of histories) {
    escalations.push(escalationRow(history, procedureVersionId, lastNumber + escalations.length + 1));
    const id = history.facts.id;
    for (const e of history.events) events.push(eventRow(id, e));
    for (const s of history.stints) stints.push(stintRow(id, s));
  }
  return [
    { table: ESCALATION_TABLE, rows: escalations },
    { table: EVENT_TABLE, rows: events },
    { table: STINT_TABLE, rows: stints },
  ];
}

/** One row of EVENT_TABLE. */
export function eventRow(escalationId: string, e: DemoEvent): Cell[] {
  return [
    escalationId,
    e.type,
    iso(e.at),
    e.actorId,
    e.fromStatus,
    e.toStatus,
    int(e.fromLevel),
    int(e.toLevel),
    e.teamId,
    e.assigneeId,
    e.body,
    e.visibility,
    e.channel,
  ];
}

/** One row of STINT_TABLE. */
export function stintRow(escalationId: string, s: DemoStint): Cell[] {
  return [
    escalationId,
    String(s.level),
    s.teamId,
    s.assigneeId,
    iso(s.enteredAt),
    iso(s.firstResponseAt),
    iso(s.pausedSince),
    String(s.pausedSeconds),
    iso(s.leftAt),
    s.exit,
  ];
}

function escalationRow({ facts: f, state: s }: DemoHistory, procedureVersionId: string, number: number): Cell[] {
  return [
    f.id,
    String(number),
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
    procedureVersionId,
    f.source,
    JSON.stringify(f.stakeholders),
    f.createdBy,
    iso(f.createdAt),
    iso(s.updatedAt),
    iso(s.acknowledgedAt),
    iso(s.resolvedAt),
    iso(s.closedAt),
    s.resolutionSummary,
    iso(f.responseDueAt),
    iso(f.resolutionDueAt),
    String(s.version),
  ];
}

function iso(at: number | null): Cell {
  return at === null ? null : isoTime(at);
}

function int(value: number | null): Cell {
  return value === null ? null : String(value);
}
