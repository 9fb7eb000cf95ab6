import type { IntegrationWithSecret } from '@ladder/contracts';
import { intakeAddress, setupSnippets } from './intake-snippets';

const ORIGIN = 'https://ladder.example.com';

const integration: IntegrationWithSecret = {
  id: '5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
  name: "Ops' Alertmanager",
  kind: 'alertmanager',
  enabled: true,
  proposeResolution: true,
  routing: {
    defaults: { category: 'software', affectedService: 'Payroll', impact: 'medium', urgency: 'medium' },
    serviceLabel: 'app',
    rules: [],
  },
  endpoint: '/api/intake/alertmanager',
  createdAt: '2026-11-20T08:00:00.000Z',
  lastReceivedAt: null,
  notificationsReceived: 0,
  openEscalations: 0,
  version: 1,
  secret: 's3cr3t-Ab_9',
};

describe('intake set-up snippets', () => {
  it('gives the full URL, and the one naming the integration for signed requests', () => {
    expect(intakeAddress(ORIGIN, integration)).toEqual({
      url: 'https://ladder.example.com/api/intake/alertmanager',
      signedUrl: 'https://ladder.example.com/api/intake/alertmanager?integration=5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
    });
  });

  it('configures an Alertmanager receiver with the secret as its bearer credentials, resolved alerts included', () => {
    expect(setupSnippets(integration, ORIGIN)).toEqual([
      {
        title: 'alertmanager.yml',
        where: 'Add the receiver to alertmanager.yml and send alerts to it from a route (receiver: ladder).',
        text: [
          'receivers:',
          '  - name: ladder',
          '    webhook_configs:',
          "      - url: 'https://ladder.example.com/api/intake/alertmanager'",
          '        send_resolved: true',
          '        http_config:',
          '          authorization:',
          '            type: Bearer',
          "            credentials: 's3cr3t-Ab_9'",
        ].join('\n'),
      },
    ]);
  });

  it('fills in a Grafana webhook contact point, with a bearer token or an HMAC signature', () => {
    const grafana = { ...integration, kind: 'grafana' as const, endpoint: '/api/intake/grafana' };
    expect(setupSnippets(grafana, ORIGIN).map((s) => s.text)).toEqual([
      [
        'URL: https://ladder.example.com/api/intake/grafana',
        'HTTP Method: POST',
        'Authentication Header Scheme: Bearer',
        'Authentication Header Credentials: s3cr3t-Ab_9',
      ].join('\n'),
      [
        'URL: https://ladder.example.com/api/intake/grafana?integration=5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e',
        'HTTP Method: POST',
        'HMAC Signature Secret: s3cr3t-Ab_9',
        'HMAC Signature Header: X-Grafana-Alerting-Signature',
        'HMAC Timestamp Header: X-Grafana-Alerting-Timestamp',
      ].join('\n'),
    ]);
  });

  it("posts a generic test alert with curl, labelled with the integration's service label and default service", () => {
    const generic = { ...integration, kind: 'generic' as const, endpoint: '/api/intake/generic' };
    const body =
      `'{"dedupKey":"ladder-test-alert","status":"firing","title":"Test alert from Ops'\\''` +
      ` Alertmanager","description":"Sent by hand to check the integration.","labels":{"app":"Payroll"}}'`;
    expect(setupSnippets(generic, ORIGIN).map((s) => s.text)).toEqual([
      [
        "curl -X POST 'https://ladder.example.com/api/intake/generic' \\",
        "  -H 'Authorization: Bearer s3cr3t-Ab_9' \\",
        "  -H 'Content-Type: application/json' \\",
        `  --data ${body}`,
      ].join('\n'),
      [
        `body=${body}`,
        `signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac 's3cr3t-Ab_9' | sed 's/^.* //')`,
        "curl -X POST 'https://ladder.example.com/api/intake/generic?integration=5a7c3e2d-1b4f-4c8a-9e6d-0f1a2b3c4d5e' \\",
        '  -H "X-Ladder-Signature: sha256=$signature" \\',
        "  -H 'Content-Type: application/json' \\",
        '  --data "$body"',
      ].join('\n'),
    ]);
  });
});
