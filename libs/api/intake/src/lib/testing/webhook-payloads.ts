/**
 * Webhook bodies as the monitoring systems send them, shaped after their documentation: Alertmanager's webhook
 * (version 4) and Grafana's webhook contact point. Only tests use them.
 */

export const ALERTMANAGER_FIRING = {
  version: '4',
  groupKey: '{}/{team="payments"}:{alertname="PaymentsApiErrors"}',
  truncatedAlerts: 0,
  status: 'firing',
  receiver: 'ladder',
  groupLabels: { alertname: 'PaymentsApiErrors' },
  commonLabels: { alertname: 'PaymentsApiErrors', service: 'ERP', severity: 'critical', team: 'payments' },
  commonAnnotations: { summary: 'ERP payments API answers 5xx to 12% of requests' },
  externalURL: 'http://alertmanager.example:9093',
  alerts: [
    {
      status: 'firing',
      labels: {
        alertname: 'PaymentsApiErrors',
        service: 'ERP',
        severity: 'critical',
        team: 'payments',
        instance: 'erp-api-2:8080',
      },
      annotations: {
        summary: 'ERP payments API answers 5xx to 12% of requests',
        description: 'The 5-minute error ratio of /payments has been above 5% for 10 minutes.',
        runbook_url: 'https://runbooks.example/erp/payments-errors',
      },
      startsAt: '2026-11-26T11:50:00.000Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example:9090/graph?g0.expr=payments_error_ratio+%3E+0.05',
      fingerprint: '6a1c2e0f9b3d4c5e',
    },
  ],
};

/** The same alert, later resolved. */
export const ALERTMANAGER_RESOLVED = {
  ...ALERTMANAGER_FIRING,
  status: 'resolved',
  alerts: [{ ...ALERTMANAGER_FIRING.alerts[0], status: 'resolved', endsAt: '2026-11-26T12:20:00.000Z' }],
};

export const GRAFANA_FIRING = {
  receiver: 'ladder-webhook',
  status: 'firing',
  orgId: 1,
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'VPN tunnel down', grafana_folder: 'Network', service: 'VPN', site: 'Lisbon' },
      annotations: { summary: 'VPN tunnel to Lisbon is down' },
      startsAt: '2026-11-26T11:55:00Z',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'https://grafana.example/alerting/grafana/dk3f2a/view',
      fingerprint: 'b7d0a64c2f1e9d83',
      silenceURL: 'https://grafana.example/alerting/silence/new?matcher=alertname%3DVPN+tunnel+down',
      dashboardURL: 'https://grafana.example/d/vpn-overview',
      panelURL: 'https://grafana.example/d/vpn-overview?viewPanel=4',
      values: { B: 0, C: 1 },
      valueString: "[ var='B' labels={site=Lisbon} value=0 ]",
    },
  ],
  groupLabels: { alertname: 'VPN tunnel down' },
  commonLabels: { alertname: 'VPN tunnel down', service: 'VPN', site: 'Lisbon' },
  commonAnnotations: { summary: 'VPN tunnel to Lisbon is down' },
  externalURL: 'https://grafana.example/',
  version: '1',
  groupKey: '{}:{alertname="VPN tunnel down"}',
  truncatedAlerts: 0,
  title: '[FIRING:1] VPN tunnel down (Network)',
  state: 'alerting',
  message: '**Firing**\n\nValue: B=0\nLabels:\n - alertname = VPN tunnel down\n',
};

/** A firing Alertmanager body for one alert of a storm or a repeat: `startsAt` tells the firings apart. */
export function alertmanagerFiring(fingerprint: string, service: string, startsAt: string) {
  const [alert] = ALERTMANAGER_FIRING.alerts;
  return {
    ...ALERTMANAGER_FIRING,
    alerts: [{ ...alert, fingerprint, startsAt, labels: { ...alert?.labels, service } }],
  };
}
