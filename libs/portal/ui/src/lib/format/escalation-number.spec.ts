import { escalationNumber } from './escalation-number';

describe('escalationNumber', () => {
  it('numbers escalations ESC-n', () => {
    expect(escalationNumber(1042)).toBe('ESC-1042');
  });
});
