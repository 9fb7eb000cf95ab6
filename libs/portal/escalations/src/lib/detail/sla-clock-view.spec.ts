import type { EscalationSla, SlaClock } from '@ladder/contracts';
import { clockView, clockViews, serverNow } from './sla-clock-view';

/** A response clock of 15 minutes started at 12:00, warning at 75 % (12:11:15). */
const running: SlaClock = {
  kind: 'response',
  targetMinutes: 15,
  startedAt: '2026-11-26T12:00:00.000Z',
  dueAt: '2026-11-26T12:15:00.000Z',
  warningAt: '2026-11-26T12:11:15.000Z',
  elapsedSeconds: 0,
  remainingSeconds: 900,
  state: 'running',
  warning: false,
  stoppedAt: null,
};
const at = (time: string) => Date.parse(`2026-11-26T${time}Z`);

describe('clockView', () => {
  it('counts a running clock down to its due time, to the second', () => {
    expect(clockView(running, at('12:02:55.000'))).toEqual({
      kind: 'response',
      label: 'Response',
      tone: 'ok',
      status: 'On track',
      countdown: '12:05 left',
      dueAt: '2026-11-26T12:15:00.000Z',
    });
    // 12:05 and a half left shows as 12:06 until the full second has passed.
    expect(clockView(running, at('12:02:54.500')).countdown).toBe('12:06 left');
  });

  it('turns amber from the warning instant', () => {
    expect(clockView(running, at('12:11:14.999')).tone).toBe('ok');
    expect(clockView(running, at('12:11:15.000'))).toMatchObject({
      tone: 'warning',
      status: 'Warning',
      countdown: '3:45 left',
    });
  });

  it('trusts the API when it already says warning', () => {
    expect(clockView({ ...running, warning: true }, at('12:00:00.000')).tone).toBe('warning');
  });

  it('turns red at the due time and counts the overrun up', () => {
    expect(clockView(running, at('12:15:00.000'))).toMatchObject({
      tone: 'breached',
      status: 'Breached',
      countdown: 'overdue 0:00',
    });
    expect(clockView({ ...running, state: 'breached' }, at('13:17:09.400')).countdown).toBe('overdue 1:02:09');
  });

  it('shows a stopped breach by the overrun the API measured', () => {
    const stopped: SlaClock = {
      ...running,
      state: 'breached',
      remainingSeconds: -310,
      stoppedAt: '2026-11-26T12:20:10.000Z',
    };
    expect(clockView(stopped, at('18:00:00.000'))).toMatchObject({ tone: 'breached', countdown: 'overdue 5:10' });
  });

  it('greys a paused clock and keeps its remaining time still', () => {
    const paused: SlaClock = { ...running, state: 'paused', remainingSeconds: 425 };
    expect(clockView(paused, at('12:30:00.000'))).toMatchObject({
      tone: 'inactive',
      status: 'Paused',
      countdown: '7:05 left',
    });
    expect(clockView({ ...paused, remainingSeconds: -65 }, at('12:30:00.000')).countdown).toBe('overdue 1:05');
  });

  it('greys a met clock without a countdown', () => {
    const met: SlaClock = { ...running, state: 'met', stoppedAt: '2026-11-26T12:04:00.000Z' };
    expect(clockView(met, at('12:30:00.000'))).toMatchObject({ tone: 'inactive', status: 'Met', countdown: null });
  });
});

describe('clockViews', () => {
  const sla: EscalationSla = {
    escalationId: '5c1e0d3a-7d0f-4c39-a7a4-9f0b5b4b6e22',
    at: '2026-11-26T12:02:00.000Z',
    calendar: { id: '0b9f7a52-5d7e-4a8e-9d62-1f1d1c0b2a11', name: '24x7', kind: '24x7' },
    warningRatio: 0.75,
    state: 'ok',
    nextDueAt: '2026-11-26T12:15:00.000Z',
    clocks: [
      { ...running, kind: 'updateCadence', dueAt: '2026-11-26T12:30:00.000Z', warningAt: '2026-11-26T12:22:30.000Z' },
      running,
    ],
  };

  it('reads the clocks at the server time, whatever the browser clock says', () => {
    // The browser runs 1 hour fast; 65 s passed since it received the SLA read at 12:02:00.
    const receivedAt = at('13:02:00.000');
    expect(serverNow({ sla, receivedAt }, at('13:03:05.000'))).toBe(at('12:03:05.000'));
    expect(clockViews({ sla, receivedAt }, at('13:03:05.000')).map((v) => [v.label, v.countdown])).toEqual([
      ['Response', '11:55 left'],
      ['Stakeholder update', '26:55 left'],
    ]);
  });
});
