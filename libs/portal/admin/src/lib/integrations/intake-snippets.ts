import type { Integration, IntegrationKind, IntegrationWithSecret } from '@ladder/contracts';

export const KIND_LABEL: Readonly<Record<IntegrationKind, string>> = {
  alertmanager: 'Prometheus Alertmanager',
  grafana: 'Grafana',
  generic: 'Generic JSON',
};

/** Where a monitoring system posts: with the secret as a bearer token, or with an HMAC signature of the body. */
export interface IntakeAddress {
  url: string;
  /** HMAC-signed requests name their integration in the URL, since the secret itself is not sent. */
  signedUrl: string;
}

export function intakeAddress(origin: string, integration: Pick<Integration, 'id' | 'endpoint'>): IntakeAddress {
  const url = `${origin}${integration.endpoint}`;
  return { url, signedUrl: `${url}?integration=${encodeURIComponent(integration.id)}` };
}

/** A piece of configuration to paste into the monitoring system. */
export interface Snippet {
  title: string;
  /** Where it goes, in a sentence. */
  where: string;
  text: string;
}

const yamlQuoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
const shellQuoted = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

function alertmanagerSnippets(url: string, secret: string): Snippet[] {
  const text = [
    'receivers:',
    '  - name: ladder',
    '    webhook_configs:',
    `      - url: ${yamlQuoted(url)}`,
    '        send_resolved: true',
    '        http_config:',
    '          authorization:',
    '            type: Bearer',
    `            credentials: ${yamlQuoted(secret)}`,
  ].join('\n');
  return [
    {
      title: 'alertmanager.yml',
      where: 'Add the receiver to alertmanager.yml and send alerts to it from a route (receiver: ladder).',
      text,
    },
  ];
}

function grafanaSnippets(address: IntakeAddress, secret: string): Snippet[] {
  return [
    {
      title: 'Grafana contact point with a bearer token',
      where: 'Alerting > Contact points > Add contact point, integration Webhook; the rest under Optional settings.',
      text: [
        `URL: ${address.url}`,
        'HTTP Method: POST',
        'Authentication Header Scheme: Bearer',
        `Authentication Header Credentials: ${secret}`,
      ].join('\n'),
    },
    {
      title: 'Or: Grafana contact point with an HMAC signature',
      where: 'The secret signs each request instead of travelling with it; note the ?integration= in the URL.',
      text: [
        `URL: ${address.signedUrl}`,
        'HTTP Method: POST',
        `HMAC Signature Secret: ${secret}`,
        'HMAC Signature Header: X-Grafana-Alerting-Signature',
        'HMAC Timestamp Header: X-Grafana-Alerting-Timestamp',
      ].join('\n'),
    },
  ];
}

/** A test alert in the generic format, labelled with the integration's service label and default service. */
function genericTestAlert(integration: Integration): string {
  return JSON.stringify({
    dedupKey: 'ladder-test-alert',
    status: 'firing',
    title: `Test alert from ${integration.name}`,
    description: 'Sent by hand to check the integration.',
    labels: { [integration.routing.serviceLabel]: integration.routing.defaults.affectedService },
  });
}

function genericSnippets(integration: Integration, address: IntakeAddress, secret: string): Snippet[] {
  const body = genericTestAlert(integration);
  return [
    {
      title: 'curl with a bearer token',
      where: 'Posts one firing test alert; send the same dedupKey with "status": "resolved" to resolve it.',
      text: [
        `curl -X POST ${shellQuoted(address.url)} \\`,
        `  -H ${shellQuoted(`Authorization: Bearer ${secret}`)} \\`,
        "  -H 'Content-Type: application/json' \\",
        `  --data ${shellQuoted(body)}`,
      ].join('\n'),
    },
    {
      title: 'Or: curl with an HMAC signature',
      where: 'Signs the exact body with the secret (SHA-256, hex) instead of sending the secret.',
      text: [
        `body=${shellQuoted(body)}`,
        `signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac ${shellQuoted(secret)} | sed 's/^.* //')`,
        `curl -X POST ${shellQuoted(address.signedUrl)} \\`,
        '  -H "X-Ladder-Signature: sha256=$signature" \\',
        "  -H 'Content-Type: application/json' \\",
        '  --data "$body"',
      ].join('\n'),
    },
  ];
}

/** Ready-to-paste configuration for the integration's kind, carrying its secret. */
export function setupSnippets(integration: IntegrationWithSecret, origin: string): Snippet[] {
  const address = intakeAddress(origin, integration);
  switch (integration.kind) {
    case 'alertmanager':
      return alertmanagerSnippets(address.url, integration.secret);
    case 'grafana':
      return grafanaSnippets(address, integration.secret);
    case 'generic':
      return genericSnippets(integration, address, integration.secret);
  }
}
