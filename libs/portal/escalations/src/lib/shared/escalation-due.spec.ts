import { escalationNumber, nextDue } from './escalation-due';

const times = { responseDueAt: '2026-11-26T10:15:00Z', resolutionDueAt: '2026-11-26T14:00:00Z' };

describe('nextDue', () => {
  it('is the response target until someone acknowledges', () => {
    expect(nextDue({ ...times, status: 'open', acknowledgedAt: null })).toEqual({
      label: 'Response',
      dueAt: '2026-11-26T10:15:00Z',
      stopped: false,
    });
  });

  it('is the resolution target after acknowledgement, stopped once resolved', () => {
    expect(nextDue({ ...times, status: 'acknowledged', acknowledgedAt: '2026-11-26T10:05:00Z' }).label).toBe(
      'Resolution',
    );
    expect(nextDue({ ...times, status: 'resolved', acknowledgedAt: null })).toEqual({
      label: 'Resolution',
      dueAt: '2026-11-26T14:00:00Z',
      stopped: true,
    });
  });

  it('numbers escalations ESC-n', () => {
    expect(escalationNumber(1042)).toBe('ESC-1042');
  });
});
