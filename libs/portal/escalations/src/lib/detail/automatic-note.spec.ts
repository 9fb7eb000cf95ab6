import { automaticNote } from './automatic-note';

describe('automaticNote', () => {
  it('says nothing for what a person did', () => {
    expect(automaticNote({ reason: null, channel: 'portal', details: null })).toBeNull();
  });

  it('names the deadline and the clock of a timer', () => {
    expect(
      automaticNote({
        reason: 'timer',
        channel: 'system',
        details: { clock: 'levelBudget', dueAt: '2026-11-26T12:00:00Z' },
      }),
    ).toBe('By Ladder: a deadline passed · Time at this level clock');
  });

  it('names the rule that fired, by name or else by id', () => {
    expect(
      automaticNote({
        reason: 'rule',
        channel: 'system',
        details: { ruleId: 's1-to-l2', ruleName: 'S1 straight to L2' },
      }),
    ).toBe('By Ladder: rule “S1 straight to L2”');
    expect(automaticNote({ reason: 'rule', channel: 'system', details: { ruleId: 's1-to-l2' } })).toBe(
      'By Ladder: rule “s1-to-l2”',
    );
    expect(automaticNote({ reason: 'rule', channel: 'system', details: null })).toBe('By Ladder: a trigger rule');
  });

  it('ignores a clock it does not know', () => {
    expect(automaticNote({ reason: null, channel: 'system', details: { clock: 'lunch' } })).toBe('By Ladder');
  });
});
