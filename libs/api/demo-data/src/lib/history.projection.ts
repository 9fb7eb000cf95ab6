import type { EventType } from '@ladder/contracts';
import type { DemoEscalationState, DemoEvent, DemoStint, StintExit } from './demo-history.types';

const LEVEL_EXITS: Partial<Record<EventType, StintExit>> = { escalate: 'escalated', 'de-escalate': 'de-escalated' };

/**
 * Folds an escalation's events into its row and its level stints, the way the workflow writes them:
 * a stint opens at creation, on every level change and on reopen, and closes on a level change or resolve.
 */
export function projectHistory(events: readonly DemoEvent[]): { state: DemoEscalationState; stints: DemoStint[] } {
  const [created] = events;
  if (created?.type !== 'created' || created.toLevel === null || created.teamId === null) {
    throw new Error('a history starts with a created event naming its level and team');
  }
  const state: DemoEscalationState = {
    status: 'open',
    level: created.toLevel,
    teamId: created.teamId,
    assigneeId: created.assigneeId,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    resolutionSummary: null,
    updatedAt: created.at,
    version: 1,
  };
  const stints: DemoStint[] = [openStint(state, created.at)];
  for (const event of events.slice(1)) apply(state, stints, event);
  return { state, stints };
}

function apply(state: DemoEscalationState, stints: DemoStint[], event: DemoEvent): void {
  const stint = stints[stints.length - 1] as DemoStint;
  const exit = LEVEL_EXITS[event.type];
  if (exit) {
    leave(stint, event.at, exit);
    state.level = event.toLevel ?? state.level;
    state.teamId = event.teamId ?? state.teamId;
    state.assigneeId = null;
    stints.push(openStint(state, event.at));
  } else if (event.type === 'assign') {
    state.assigneeId = event.assigneeId;
    // Like escalation_act(): only the stint still open takes the assignee (a resolved escalation has none).
    if (stint.leftAt === null) stint.assigneeId = event.assigneeId;
  } else if (event.type === 'acknowledge') {
    state.acknowledgedAt ??= event.at;
    stint.firstResponseAt ??= event.at;
  } else if (event.type === 'wait') {
    stint.pausedSince = event.at;
  } else if (event.type === 'resume') {
    unpause(stint, event.at);
  } else if (event.type === 'resolve') {
    leave(stint, event.at, 'resolved');
    state.resolvedAt = event.at;
    state.resolutionSummary = event.body;
  } else if (event.type === 'reopen') {
    state.resolvedAt = null;
    state.resolutionSummary = null;
    stints.push(openStint(state, event.at));
  } else if (event.type === 'close') {
    state.closedAt = event.at;
  }
  state.status = event.toStatus ?? state.status;
  state.updatedAt = event.at;
  // Like escalation_act(): every event after creation, comments included, bumps the version.
  state.version += 1;
}

function openStint(state: DemoEscalationState, at: number): DemoStint {
  return {
    level: state.level,
    teamId: state.teamId,
    assigneeId: state.assigneeId,
    enteredAt: at,
    firstResponseAt: null,
    pausedSince: null,
    pausedSeconds: 0,
    leftAt: null,
    exit: null,
  };
}

function unpause(stint: DemoStint, at: number): void {
  if (stint.pausedSince === null) return;
  stint.pausedSeconds += (at - stint.pausedSince) / 1000;
  stint.pausedSince = null;
}

function leave(stint: DemoStint, at: number, exit: StintExit): void {
  unpause(stint, at);
  stint.leftAt = at;
  stint.exit = exit;
}
