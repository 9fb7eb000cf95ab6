import { applyNotification, type OpenAlertState } from './alert-state';
import type { IncomingAlert } from './payloads/incoming-alert';

const NOW = new Date('2026-11-26T12:00:00Z');
const alert = (status: 'firing' | 'resolved'): IncomingAlert => ({
  dedupKey: 'k',
  status,
  title: 'Disk full',
  description: '',
  labels: { host: 'db-1' },
  annotations: {},
  links: [],
  occurrence: `${status}-1`,
});
const open = (status: 'firing' | 'resolved'): OpenAlertState => ({
  id: 'a',
  escalationId: 'e',
  escalationNumber: 7,
  status,
  fired: 0,
  changed: false,
  resolvedAt: status === 'resolved' ? new Date('2026-11-26T11:00:00Z') : null,
  latest: null,
});

describe('applyNotification', () => {
  it('asks to open an escalation for a firing alert with none open', () => {
    expect(applyNotification(undefined, alert('firing'), NOW)).toEqual({ outcome: 'open' });
  });

  it('counts a firing on a firing alert as a repeat, keeping its latest labels', () => {
    const state = open('firing');
    expect(applyNotification(state, alert('firing'), NOW)).toEqual({ outcome: 'repeat' });
    expect(state).toMatchObject({ fired: 1, changed: true, status: 'firing', latest: alert('firing') });
  });

  it('records a firing after a resolution as a repeat with an alert-refired event', () => {
    const state = open('resolved');
    expect(applyNotification(state, alert('firing'), NOW)).toEqual({ outcome: 'repeat', event: 'alert-refired' });
    expect(state).toMatchObject({ status: 'firing', resolvedAt: null, fired: 1 });
  });

  it('resolves a firing alert with an alert-resolved event, once', () => {
    const state = open('firing');
    expect(applyNotification(state, alert('resolved'), NOW)).toEqual({ outcome: 'resolved', event: 'alert-resolved' });
    expect(state).toMatchObject({ status: 'resolved', resolvedAt: NOW, fired: 0, changed: true });
    expect(applyNotification(state, alert('resolved'), NOW)).toEqual({ outcome: 'unchanged' });
  });

  it('changes nothing for a resolution with no open alert', () => {
    expect(applyNotification(undefined, alert('resolved'), NOW)).toEqual({ outcome: 'unchanged' });
  });
});
