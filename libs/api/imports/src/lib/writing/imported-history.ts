import { randomUUID } from 'node:crypto';
import { projectHistory, type DemoHistory } from '@ladder/api/demo-data';
import type { SlaState } from '@ladder/contracts';
import { calendarFor, planEscalation } from '@ladder/domain';
import type { ImportContext } from '../checking/import-context';
import type { CheckedHistory } from '../checking/record-check';

/** A history ready to write: the rows live work would have left, and the SLA summary the scheduler keeps. */
export interface ImportedHistory extends DemoHistory {
  sourceId: string;
  nextDueAt: number | null;
  slaState: SlaState;
}

/**
 * The escalation row and stints follow from the events by the workflow's own rules (projectHistory); the due
 * times and SLA state are what the scheduler would store after planning the escalation with all its events now.
 */
export function importedHistory(checked: CheckedHistory, ctx: ImportContext): ImportedHistory {
  const { record, events, severity } = checked;
  const { state, stints } = projectHistory(events);
  const { definition } = ctx.procedure;
  const target = definition.severities.find((s) => s.severity === severity);
  if (!target) throw new Error(`procedure version ${ctx.procedure.version} has no target for ${severity}`);
  const calendar = calendarFor(target, ctx.teamsById.get(state.teamId)?.calendarId ?? null, ctx.calendars);
  const plan = planEscalation({
    escalation: {
      severity,
      category: record.category,
      affectedService: record.affectedService,
      level: state.level,
      status: state.status,
    },
    events: events.map((e) => ({ type: e.type, at: new Date(e.at), visibility: e.visibility })),
    definition,
    target,
    calendar: calendar.definition,
    now: new Date(ctx.now),
  });
  return {
    sourceId: record.sourceId,
    facts: {
      id: randomUUID(),
      title: record.title,
      description: record.description,
      category: record.category,
      affectedService: record.affectedService,
      impact: record.impact,
      urgency: record.urgency,
      severity,
      source: record.channel,
      stakeholders: record.stakeholders,
      createdBy: checked.createdBy,
      createdAt: events[0]?.at ?? Date.parse(record.createdAt),
      responseDueAt: plan.clocks.response.dueAt.getTime(),
      resolutionDueAt: plan.clocks.resolution.dueAt.getTime(),
    },
    events,
    state,
    stints,
    nextDueAt: plan.nextDueAt?.getTime() ?? null,
    slaState: plan.state,
  };
}
