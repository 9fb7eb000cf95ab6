import { ActionSchema, StatusSchema, type Action, type Status } from '@ladder/contracts';
import { allowedActions, transition } from './status-machine';

/** Every allowed (status, action) pair and where it leads, written out by hand. */
const ALLOWED: Record<Status, Partial<Record<Action, Status>>> = {
  open: {
    assign: 'open',
    acknowledge: 'acknowledged',
    comment: 'open',
    'stakeholder-update': 'open',
    escalate: 'open',
    'de-escalate': 'open',
    resolve: 'resolved',
  },
  acknowledged: {
    assign: 'acknowledged',
    comment: 'acknowledged',
    'stakeholder-update': 'acknowledged',
    escalate: 'open',
    'de-escalate': 'open',
    wait: 'waiting',
    resolve: 'resolved',
  },
  waiting: {
    assign: 'waiting',
    comment: 'waiting',
    'stakeholder-update': 'waiting',
    resume: 'acknowledged',
    resolve: 'resolved',
  },
  reopened: {
    assign: 'reopened',
    acknowledge: 'acknowledged',
    comment: 'reopened',
    'stakeholder-update': 'reopened',
    escalate: 'open',
    'de-escalate': 'open',
    resolve: 'resolved',
  },
  resolved: {
    assign: 'resolved',
    comment: 'resolved',
    'stakeholder-update': 'resolved',
    reopen: 'reopened',
    close: 'closed',
  },
  closed: { comment: 'closed' },
};

const pairs = StatusSchema.options.flatMap((status) => ActionSchema.options.map((action) => [status, action] as const));

describe('status machine', () => {
  it.each(pairs.filter(([s, a]) => ALLOWED[s][a] !== undefined))('allows %s --%s-->', (status, action) => {
    expect(transition(status, action)).toEqual({ ok: true, to: ALLOWED[status][action] });
  });

  it.each(pairs.filter(([s, a]) => ALLOWED[s][a] === undefined))('forbids %s --%s-->', (status, action) => {
    expect(transition(status, action)).toEqual({
      ok: false,
      reason: `cannot ${action} an escalation that is ${status}`,
    });
  });

  it('lists the actions available from a status', () => {
    expect(allowedActions('waiting')).toEqual(['assign', 'comment', 'stakeholder-update', 'resume', 'resolve']);
    expect(allowedActions('closed')).toEqual(['comment']);
  });
});
