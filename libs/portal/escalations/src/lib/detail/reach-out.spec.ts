import { describeReachOut } from './reach-out';

describe('describeReachOut', () => {
  it('says nothing for a contact Ladder never notifies', () => {
    expect(describeReachOut(undefined)).toBeNull();
  });

  it('names every condition that must hold', () => {
    expect(describeReachOut({})).toBe('Ladder notifies them automatically.');
    expect(describeReachOut({ severities: ['S1'] })).toBe('Ladder notifies them automatically for S1.');
    expect(describeReachOut({ severities: ['S1', 'S2'], afterUnacknowledgedMinutes: 90 })).toBe(
      'Ladder notifies them automatically for S1, S2, after 1h 30m unacknowledged.',
    );
  });
});
