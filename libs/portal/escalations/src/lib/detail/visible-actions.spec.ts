import { visibleActions } from './visible-actions';

describe('visibleActions', () => {
  it('offers acknowledge, not resolve-only actions, on a new escalation at L1', () => {
    expect(visibleActions('open', 1, 4, false)).toEqual([
      'assign-me',
      'assign',
      'acknowledge',
      'comment',
      'escalate',
      'resolve',
    ]);
  });

  it('hides escalate at the top level and offers de-escalate above L1', () => {
    expect(visibleActions('acknowledged', 4, 4, true)).toEqual(['assign', 'comment', 'de-escalate', 'wait', 'resolve']);
  });

  it('offers only reopen, close and the talk actions once resolved', () => {
    expect(visibleActions('resolved', 2, 4, true)).toEqual(['assign', 'comment', 'reopen', 'close']);
  });

  it('leaves only comment on a closed escalation', () => {
    expect(visibleActions('closed', 2, 4, false)).toEqual(['comment']);
  });
});
