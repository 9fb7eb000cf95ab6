import type { DemoEvent } from './demo-history.types';
import { projectHistory } from './history.projection';

const T = Date.parse('2026-03-02T09:00:00Z');
const MIN = 60_000;
const DESK = 'desk-team';
const LEADS = 'leads-team';

function event(type: DemoEvent['type'], minute: number, changes: Partial<DemoEvent> = {}): DemoEvent {
  return {
    type,
    at: T + minute * MIN,
    actorId: 'alex',
    fromStatus: null,
    toStatus: null,
    fromLevel: null,
    toLevel: null,
    teamId: null,
    assigneeId: null,
    body: null,
    visibility: 'internal',
    channel: 'portal',
    ...changes,
  };
}

describe('projectHistory', () => {
  // Created at L1, acknowledged after 10 min, escalated at 30, sent back at 60, waits 20 min, resolved at 120.
  const events = [
    event('created', 0, { toStatus: 'open', toLevel: 1, teamId: DESK }),
    event('assign', 5, { assigneeId: 'alex', fromStatus: 'open', toStatus: 'open' }),
    event('acknowledge', 10, { fromStatus: 'open', toStatus: 'acknowledged' }),
    event('comment', 20, { body: 'looked at it' }),
    event('escalate', 30, { fromStatus: 'acknowledged', toStatus: 'open', fromLevel: 1, toLevel: 2, teamId: LEADS }),
    event('acknowledge', 40, { actorId: 'sam', fromStatus: 'open', toStatus: 'acknowledged' }),
    event('de-escalate', 60, {
      actorId: 'sam',
      fromStatus: 'acknowledged',
      toStatus: 'open',
      fromLevel: 2,
      toLevel: 1,
      teamId: DESK,
    }),
    event('acknowledge', 70, { fromStatus: 'open', toStatus: 'acknowledged' }),
    event('wait', 80, { fromStatus: 'acknowledged', toStatus: 'waiting' }),
    event('resume', 100, { fromStatus: 'waiting', toStatus: 'acknowledged' }),
    event('resolve', 120, { fromStatus: 'acknowledged', toStatus: 'resolved', body: 'fixed' }),
  ];

  it('derives the escalation row from the events', () => {
    expect(projectHistory(events).state).toEqual({
      status: 'resolved',
      level: 1,
      teamId: DESK,
      assigneeId: null,
      acknowledgedAt: T + 10 * MIN,
      resolvedAt: T + 120 * MIN,
      closedAt: null,
      resolutionSummary: 'fixed',
      updatedAt: T + 120 * MIN,
      version: 11,
    });
  });

  it('opens a stint per level visited and closes it on the level change or resolve', () => {
    expect(projectHistory(events).stints).toEqual([
      {
        level: 1,
        teamId: DESK,
        assigneeId: 'alex',
        enteredAt: T,
        firstResponseAt: T + 10 * MIN,
        pausedSince: null,
        pausedSeconds: 0,
        leftAt: T + 30 * MIN,
        exit: 'escalated',
      },
      {
        level: 2,
        teamId: LEADS,
        assigneeId: null,
        enteredAt: T + 30 * MIN,
        firstResponseAt: T + 40 * MIN,
        pausedSince: null,
        pausedSeconds: 0,
        leftAt: T + 60 * MIN,
        exit: 'de-escalated',
      },
      {
        level: 1,
        teamId: DESK,
        assigneeId: null,
        enteredAt: T + 60 * MIN,
        firstResponseAt: T + 70 * MIN,
        pausedSince: null,
        pausedSeconds: 1200,
        leftAt: T + 120 * MIN,
        exit: 'resolved',
      },
    ]);
  });

  it('opens a new stint at the same level on reopen, and counts a wait that ends in resolve', () => {
    const reopened = [
      ...events,
      event('reopen', 200, { fromStatus: 'resolved', toStatus: 'reopened' }),
      event('acknowledge', 210, { fromStatus: 'reopened', toStatus: 'acknowledged' }),
      event('wait', 220, { fromStatus: 'acknowledged', toStatus: 'waiting' }),
      event('resolve', 250, { fromStatus: 'waiting', toStatus: 'resolved', body: 'really fixed' }),
    ];
    const { state, stints } = projectHistory(reopened);
    expect(stints[3]).toEqual({
      level: 1,
      teamId: DESK,
      assigneeId: null,
      enteredAt: T + 200 * MIN,
      firstResponseAt: T + 210 * MIN,
      pausedSince: null,
      pausedSeconds: 1800,
      leftAt: T + 250 * MIN,
      exit: 'resolved',
    });
    expect(state).toMatchObject({
      status: 'resolved',
      resolvedAt: T + 250 * MIN,
      resolutionSummary: 'really fixed',
      version: 15,
    });
  });

  it('keeps the last stint open while the escalation is worked', () => {
    const { state, stints } = projectHistory(events.slice(0, 9));
    expect(state.status).toBe('waiting');
    expect(stints[2]).toMatchObject({ leftAt: null, exit: null, pausedSince: T + 80 * MIN, pausedSeconds: 0 });
  });

  it('assigns a resolved escalation without touching its finished stint, as escalation_act does', () => {
    const assigned = [
      ...events,
      event('assign', 130, { assigneeId: 'sam', fromStatus: 'resolved', toStatus: 'resolved' }),
    ];
    const { state, stints } = projectHistory(assigned);
    expect(state.assigneeId).toBe('sam');
    expect(stints[2]?.assigneeId).toBeNull();
  });

  it('rejects a history that does not start with its creation', () => {
    expect(() => projectHistory(events.slice(1))).toThrow('starts with a created event');
  });
});
