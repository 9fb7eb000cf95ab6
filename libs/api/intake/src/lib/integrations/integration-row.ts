import type { Integration, IntegrationKind, Routing } from '@ladder/contracts';

/** An integration as the SQL reads it, with its counts. */
export interface IntegrationRow {
  id: string;
  name: string;
  kind: IntegrationKind;
  enabled: boolean;
  propose_resolution: boolean;
  routing: Routing;
  created_at: Date;
  last_received_at: Date | null;
  notifications_received: string;
  open_escalations: string;
  version: number;
}

export const INTEGRATION_SELECT = `
  SELECT i.id, i.name, i.kind, i.enabled, i.propose_resolution, i.routing, i.created_at, i.version,
         (SELECT max(received_at) FROM alert_notification n WHERE n.integration_id = i.id) AS last_received_at,
         (SELECT count(*) FROM alert_notification n WHERE n.integration_id = i.id) AS notifications_received,
         (SELECT count(*) FROM alert a JOIN escalation e ON e.id = a.escalation_id
           WHERE a.integration_id = i.id AND e.status NOT IN ('resolved', 'closed')) AS open_escalations
    FROM integration i`;

export function toIntegration(row: IntegrationRow): Integration {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    proposeResolution: row.propose_resolution,
    routing: row.routing,
    endpoint: `/api/intake/${row.kind}`,
    createdAt: row.created_at.toISOString(),
    lastReceivedAt: row.last_received_at?.toISOString() ?? null,
    notificationsReceived: Number(row.notifications_received),
    openEscalations: Number(row.open_escalations),
    version: row.version,
  };
}
