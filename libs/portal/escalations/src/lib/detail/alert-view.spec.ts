import type { EscalationAlert } from '@ladder/contracts';
import {
  alertAnnotations,
  alertName,
  alertResolvedSummary,
  alertTime,
  firedText,
  proposesResolution,
} from './alert-view';

const alert: EscalationAlert = {
  integrationId: '0b6c3f4e-8d2a-4c1b-9e7f-5a4d3c2b1a09',
  integrationName: 'Prometheus prod',
  dedupKey: 'fp-81c2',
  status: 'resolved',
  labels: { alertname: 'HighErrorRate', severity: 'critical' },
  annotations: {},
  links: [],
  fireCount: 3,
  firstFiredAt: '2026-11-27T09:12:00.000Z',
  lastFiredAt: '2026-11-27T10:05:00.000Z',
  resolvedAt: '2026-11-27T10:40:00.000Z',
  proposeResolution: true,
};

describe('alertAnnotations', () => {
  it('takes summary and description out and lists the others by name', () => {
    expect(
      alertAnnotations({
        runbook_url: 'https://runbooks.test/errors',
        summary: 'Error rate above 5 %',
        description: 'checkout returns 502 on 7 % of requests',
        dashboard: 'Checkout overview',
      }),
    ).toEqual({
      summary: 'Error rate above 5 %',
      description: 'checkout returns 502 on 7 % of requests',
      others: [
        { name: 'dashboard', value: 'Checkout overview' },
        { name: 'runbook_url', value: 'https://runbooks.test/errors' },
      ],
    });
  });

  it('has no summary or description when they are absent or empty', () => {
    expect(alertAnnotations({ summary: '' })).toEqual({ summary: null, description: null, others: [] });
  });
});

describe('alertName', () => {
  it('is the alertname label, else the dedup key', () => {
    expect(alertName(alert)).toBe('HighErrorRate');
    expect(alertName({ labels: { service: 'checkout' }, dedupKey: 'checkout-5xx' })).toBe('checkout-5xx');
  });
});

describe('firedText', () => {
  it('counts the firings', () => {
    expect(firedText(1)).toBe('Fired once');
    expect(firedText(2)).toBe('Fired 2 times');
  });
});

describe('proposesResolution', () => {
  it('holds while the escalation can be resolved and monitoring proposes it', () => {
    expect(proposesResolution(alert, 'open')).toBe(true);
    expect(proposesResolution(alert, 'acknowledged')).toBe(true);
    expect(proposesResolution(alert, 'waiting')).toBe(true);
    expect(proposesResolution(alert, 'reopened')).toBe(true);
    expect(proposesResolution(alert, 'resolved')).toBe(false);
    expect(proposesResolution(alert, 'closed')).toBe(false);
    expect(proposesResolution({ proposeResolution: false }, 'open')).toBe(false);
  });
});

describe('alertResolvedSummary', () => {
  it('names the alert, when it resolved and who reported it', () => {
    expect(alertTime(alert.firstFiredAt, 'UTC')).toBe('Nov 27, 09:12');
    expect(alertResolvedSummary(alert, 'UTC')).toBe(
      'Alert HighErrorRate resolved at Nov 27, 10:40 (reported by Prometheus prod)',
    );
    expect(alertResolvedSummary(alert, '+0100')).toBe(
      'Alert HighErrorRate resolved at Nov 27, 11:40 (reported by Prometheus prod)',
    );
  });

  it('leaves the time out when none was reported', () => {
    expect(alertResolvedSummary({ ...alert, labels: {}, resolvedAt: null }, 'UTC')).toBe(
      'Alert fp-81c2 resolved (reported by Prometheus prod)',
    );
  });
});
