import { actParams, refusalDetails } from './action-params';

describe('actParams', () => {
  it('passes the version and reason of an escalate with its target', () => {
    expect(actParams('escalate', { version: 3, reason: 'needs L3', toLevel: 3, teamId: 'team-x' })).toEqual({
      version: 3,
      text: 'needs L3',
      visibility: 'internal',
      assigneeId: null,
      toLevel: 3,
      teamId: 'team-x',
    });
  });

  it('makes stakeholder updates public and comments internal, neither versioned', () => {
    expect(actParams('stakeholder-update', { body: 'we are on it' })).toMatchObject({
      version: null,
      text: 'we are on it',
      visibility: 'public',
    });
    expect(actParams('comment', { body: 'note' })).toMatchObject({
      version: null,
      text: 'note',
      visibility: 'internal',
    });
  });

  it('carries the resolve summary as the event text and the assignee of an assign', () => {
    expect(actParams('resolve', { version: 2, summary: 'fixed' }).text).toBe('fixed');
    expect(actParams('assign', { version: 2, assigneeId: 'user-1' })).toMatchObject({
      assigneeId: 'user-1',
      text: null,
    });
  });
});

describe('refusalDetails', () => {
  it('reports the current status and version, or nothing for an unknown escalation', () => {
    expect(refusalDetails('waiting', 4)).toEqual({ status: 'waiting', version: 4 });
    expect(refusalDetails(null, null)).toBeUndefined();
  });
});
