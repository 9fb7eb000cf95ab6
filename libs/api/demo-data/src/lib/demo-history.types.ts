import type {
  EventType,
  Impact,
  ProcedureDefinition,
  Severity,
  Source,
  Stakeholder,
  Status,
  Urgency,
} from '@ladder/contracts';

/** The organisation the history is written for, read from the database before generating. */
export interface DemoOrganisation {
  procedureVersionId: string;
  definition: ProcedureDefinition;
  teams: readonly DemoTeam[];
}

export interface DemoTeam {
  id: string;
  name: string;
  /** Agents of the team, the only people who act on an escalation while it is with the team. */
  agentIds: readonly string[];
}

/** One row of `escalation_event`; times are epoch milliseconds. */
export interface DemoEvent {
  type: EventType;
  at: number;
  actorId: string | null;
  fromStatus: Status | null;
  toStatus: Status | null;
  fromLevel: number | null;
  toLevel: number | null;
  teamId: string | null;
  assigneeId: string | null;
  body: string | null;
  visibility: 'internal' | 'public';
  channel: Source;
}

/** What an escalation is at creation; everything that changes afterwards follows from its events. */
export interface DemoEscalationFacts {
  id: string;
  title: string;
  description: string;
  category: string;
  affectedService: string;
  impact: Impact;
  urgency: Urgency;
  severity: Severity;
  source: Source;
  stakeholders: Stakeholder[];
  createdBy: string | null;
  createdAt: number;
  responseDueAt: number;
  resolutionDueAt: number;
}

export type StintExit = 'escalated' | 'de-escalated' | 'resolved';

/** One row of `level_stint`. */
export interface DemoStint {
  level: number;
  teamId: string;
  assigneeId: string | null;
  enteredAt: number;
  firstResponseAt: number | null;
  pausedSince: number | null;
  pausedSeconds: number;
  leftAt: number | null;
  exit: StintExit | null;
}

/** The changing columns of the `escalation` row. */
export interface DemoEscalationState {
  status: Status;
  level: number;
  teamId: string;
  assigneeId: string | null;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  resolutionSummary: string | null;
  updatedAt: number;
  version: number;
}

export interface DemoHistory {
  facts: DemoEscalationFacts;
  events: DemoEvent[];
  state: DemoEscalationState;
  stints: DemoStint[];
}
