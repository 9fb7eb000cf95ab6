import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { EscalationCreationService } from '@ladder/api/escalations';
import { requestRecompute } from '@ladder/api/sla';
import type { IntakeResult } from '@ladder/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { applyNotification, type AlertEventType, type OpenAlertState } from './alert-state';
import type { IntakeIntegration } from './auth/intake-authenticator';
import type { IncomingAlert } from './payloads/incoming-alert';
import { routeAlert } from './routing/route-alert';

type AlertResult = IntakeResult['alerts'][number];

interface Delivery {
  integration: IntakeIntegration;
  now: Date;
  open: Map<string, OpenAlertState>;
  events: { escalationId: string; type: AlertEventType; details: Record<string, unknown> }[];
  notifications: { alert: IncomingAlert; alertId: string | null }[];
}

/**
 * Turns a delivery's alerts into escalations, in one transaction with a handful of statements whatever its size: a
 * firing alert opens an escalation or counts as a repeat on the open one with its dedup key; a resolved one records
 * an event on it. A notification whose occurrence was recorded before changes nothing (a redelivery). The delivery's
 * keys are taken with advisory locks, so deliveries sharing a key run one after the other and never open two.
 */
@Injectable()
export class AlertIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly creation: EscalationCreationService,
  ) {}

  receive(integration: IntakeIntegration, alerts: readonly IncomingAlert[]): Promise<IntakeResult> {
    return this.dataSource.transaction(async (m) => {
      const keys = [...new Set(alerts.map((alert) => alert.dedupKey))];
      await lockKeys(m, integration.id, keys);
      const seen = await recordedOccurrences(m, integration.id, alerts);
      const delivery: Delivery = {
        integration,
        now: this.clock.now(),
        open: await openAlerts(m, integration.id, keys),
        events: [],
        notifications: [],
      };
      const results: AlertResult[] = [];
      for (const alert of alerts) {
        const redelivered = seen.has(alert.occurrence);
        seen.add(alert.occurrence);
        results.push(redelivered ? resultOf(alert, 'unchanged', delivery) : await this.take(m, delivery, alert));
      }
      await this.write(m, delivery);
      return { alerts: results };
    });
  }

  private async take(m: EntityManager, delivery: Delivery, alert: IncomingAlert): Promise<AlertResult> {
    const open = delivery.open.get(alert.dedupKey);
    const { outcome, event } = applyNotification(open, alert, delivery.now);
    if (outcome === 'open') {
      delivery.open.set(alert.dedupKey, await this.openEscalation(m, delivery, alert));
      delivery.notifications.push({ alert, alertId: delivery.open.get(alert.dedupKey)?.id ?? null });
      return resultOf(alert, 'opened', delivery);
    }
    delivery.notifications.push({ alert, alertId: open?.id ?? null });
    if (open && event) {
      const details = { dedupKey: alert.dedupKey, proposeResolution: delivery.integration.propose_resolution };
      delivery.events.push({
        escalationId: open.escalationId,
        type: event,
        details: event === 'alert-resolved' ? details : { dedupKey: alert.dedupKey },
      });
    }
    return resultOf(alert, outcome, delivery);
  }

  private async openEscalation(m: EntityManager, delivery: Delivery, alert: IncomingAlert): Promise<OpenAlertState> {
    const { teamId, ...route } = routeAlert(delivery.integration.routing, alert.labels);
    const escalation = await this.creation.openForAlert(
      m,
      { ...route, title: alert.title, description: alert.description, stakeholders: [] },
      teamId,
    );
    const [inserted] = await m.query<{ id: string }[]>(
      `INSERT INTO alert (integration_id, dedup_key, escalation_id, status, labels, annotations, links,
                          first_fired_at, last_fired_at)
       VALUES ($1, $2, $3, 'firing', $4, $5, $6, $7, $7) RETURNING id`,
      [
        delivery.integration.id,
        alert.dedupKey,
        escalation.id,
        alert.labels,
        alert.annotations,
        JSON.stringify(alert.links),
        delivery.now,
      ],
    );
    if (!inserted) throw new Error('alert insert returned no row');
    const number = Number(escalation.number);
    return {
      id: inserted.id,
      escalationId: escalation.id,
      escalationNumber: number,
      status: 'firing',
      fired: 0,
      changed: false,
      resolvedAt: null,
      latest: null,
    };
  }

  /** Writes back what the delivery changed: the alerts, their events, the notifications, the recompute requests. */
  private async write(m: EntityManager, { integration, now, open, events, notifications }: Delivery): Promise<void> {
    const changed = [...open.values()].filter((alert) => alert.changed);
    if (changed.length) {
      await m.query(
        `UPDATE alert a
            SET fire_count = a.fire_count + d.fired, status = d.status, resolved_at = d.resolved_at,
                last_fired_at = CASE WHEN d.fired > 0 THEN $1 ELSE a.last_fired_at END,
                labels = coalesce(d.labels, a.labels), annotations = coalesce(d.annotations, a.annotations),
                links = coalesce(d.links, a.links)
           FROM unnest($2::uuid[], $3::int[], $4::text[], $5::timestamptz[], $6::jsonb[], $7::jsonb[], $8::jsonb[])
                  AS d(id, fired, status, resolved_at, labels, annotations, links)
          WHERE a.id = d.id`,
        [
          now,
          changed.map((a) => a.id),
          changed.map((a) => a.fired),
          changed.map((a) => a.status),
          changed.map((a) => a.resolvedAt),
          changed.map((a) => (a.latest ? JSON.stringify(a.latest.labels) : null)),
          changed.map((a) => (a.latest ? JSON.stringify(a.latest.annotations) : null)),
          changed.map((a) => (a.latest ? JSON.stringify(a.latest.links) : null)),
        ],
      );
    }
    if (events.length) {
      await m.query(
        `INSERT INTO escalation_event (escalation_id, type, at, visibility, channel, details)
         SELECT e.id, e.type, $1, 'internal', 'monitoring', e.details
           FROM unnest($2::uuid[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS e(id, type, details, n) ORDER BY e.n`,
        [
          now,
          events.map((e) => e.escalationId),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.details)),
        ],
      );
    }
    if (notifications.length) {
      await m.query(
        `INSERT INTO alert_notification (integration_id, occurrence, status, affected_service, alert_id, received_at)
         SELECT $1, n.occurrence, n.status, n.service, n.alert_id, $2
           FROM unnest($3::text[], $4::text[], $5::text[], $6::uuid[]) AS n(occurrence, status, service, alert_id)`,
        [
          integration.id,
          now,
          notifications.map((n) => n.alert.occurrence),
          notifications.map((n) => n.alert.status),
          notifications.map((n) => routeAlert(integration.routing, n.alert.labels).affectedService),
          notifications.map((n) => n.alertId),
        ],
      );
    }
    // A repeat adds no event, so the trigger rules that count alerts are looked at again on request.
    const repeated = changed.filter((a) => a.fired > 0).map((a) => a.escalationId);
    await requestRecompute(m, repeated, now);
  }
}

function resultOf(alert: IncomingAlert, outcome: AlertResult['outcome'], delivery: Delivery): AlertResult {
  const open = delivery.open.get(alert.dedupKey);
  return {
    dedupKey: alert.dedupKey,
    outcome,
    escalationId: open?.escalationId ?? null,
    escalationNumber: open?.escalationNumber ?? null,
  };
}

/** Advisory locks on the delivery's keys, in one order, so deliveries sharing keys never deadlock. */
async function lockKeys(m: EntityManager, integrationId: string, keys: readonly string[]): Promise<void> {
  await m.query(
    `SELECT pg_advisory_xact_lock(k.hash)
       FROM (SELECT hashtextextended($1 || ':' || key, 0) AS hash FROM unnest($2::text[]) AS key ORDER BY 1) AS k`,
    [integrationId, keys],
  );
}

async function recordedOccurrences(
  m: EntityManager,
  integrationId: string,
  alerts: readonly IncomingAlert[],
): Promise<Set<string>> {
  const rows = await m.query<{ occurrence: string }[]>(
    `SELECT occurrence FROM alert_notification WHERE integration_id = $1 AND occurrence = ANY ($2::text[])`,
    [integrationId, alerts.map((alert) => alert.occurrence)],
  );
  return new Set(rows.map((row) => row.occurrence));
}

/** Per key, the alert whose escalation is not resolved yet. */
async function openAlerts(
  m: EntityManager,
  integrationId: string,
  keys: readonly string[],
): Promise<Map<string, OpenAlertState>> {
  const rows = await m.query<
    {
      id: string;
      dedup_key: string;
      escalation_id: string;
      number: string;
      status: 'firing' | 'resolved';
      resolved_at: Date | null;
    }[]
  >(
    `SELECT DISTINCT ON (a.dedup_key) a.id, a.dedup_key, a.escalation_id, e.number, a.status, a.resolved_at
       FROM alert a JOIN escalation e ON e.id = a.escalation_id
      WHERE a.integration_id = $1 AND a.dedup_key = ANY ($2::text[]) AND e.status NOT IN ('resolved', 'closed')
      ORDER BY a.dedup_key, a.first_fired_at DESC`,
    [integrationId, keys],
  );
  return new Map(
    rows.map((row) => [
      row.dedup_key,
      {
        id: row.id,
        escalationId: row.escalation_id,
        escalationNumber: Number(row.number),
        status: row.status,
        fired: 0,
        changed: false,
        resolvedAt: row.resolved_at,
        latest: null,
      },
    ]),
  );
}
