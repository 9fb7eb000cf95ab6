import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import { EscalationCreationService } from '@ladder/api/escalations';
import { recomputeSoon } from '@ladder/api/sla';
import type { AlertOutcome, IntakeResult } from '@ladder/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { IntakeIntegration } from './auth/intake-authenticator';
import type { IncomingAlert } from './payloads/incoming-alert';
import { routeAlert } from './routing/route-alert';

interface OpenAlert {
  id: string;
  escalation_id: string;
  number: string;
  status: 'firing' | 'resolved';
}

type AlertResult = IntakeResult['alerts'][number];

/**
 * Turns a delivery's alerts into escalations, in one transaction: a firing alert opens an escalation or counts as a
 * repeat on the open one with its dedup key; a resolved one records an event on it. Each notification is recorded
 * under its occurrence first, so a redelivery changes nothing; each dedup key is taken with an advisory lock, so two
 * deliveries of one new alert at the same time open one escalation.
 */
@Injectable()
export class AlertIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly creation: EscalationCreationService,
  ) {}

  async receive(integration: IntakeIntegration, alerts: readonly IncomingAlert[]): Promise<IntakeResult> {
    const now = this.clock.now();
    // Keys in one order, so two deliveries that share keys take their locks in the same order and never deadlock.
    const ordered = [...alerts].sort((a, b) => (a.dedupKey < b.dedupKey ? -1 : a.dedupKey > b.dedupKey ? 1 : 0));
    const results = await this.dataSource.transaction(async (m) => {
      const done = new Map<IncomingAlert, AlertResult>();
      for (const alert of ordered) done.set(alert, await this.receiveOne(m, integration, alert, now));
      await m.query(`UPDATE integration SET last_received_at = $2 WHERE id = $1`, [integration.id, now]);
      const touched = [...done.values()].flatMap((r) =>
        r.outcome === 'repeat' && r.escalationId ? [r.escalationId] : [],
      );
      // A repeat adds no event, so the trigger rules that count alerts are looked at again on request.
      await recomputeSoon(m, [...new Set(touched)], now);
      return done;
    });
    return { alerts: alerts.map((alert) => results.get(alert) as AlertResult) };
  }

  private async receiveOne(
    m: EntityManager,
    integration: IntakeIntegration,
    alert: IncomingAlert,
    now: Date,
  ): Promise<AlertResult> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `alert:${integration.id}:${alert.dedupKey}`,
    ]);
    const route = routeAlert(integration.routing, alert.labels);
    const recorded = await m.query<{ occurrence: string }[]>(
      `INSERT INTO alert_notification (integration_id, occurrence, status, affected_service, received_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING occurrence`,
      [integration.id, alert.occurrence, alert.status, route.affectedService, now],
    );
    const open = await this.openAlert(m, integration.id, alert.dedupKey);
    const result = (outcome: AlertOutcome, found: OpenAlert | undefined): AlertResult => ({
      dedupKey: alert.dedupKey,
      outcome,
      escalationId: found?.escalation_id ?? null,
      escalationNumber: found ? Number(found.number) : null,
    });
    if (!recorded.length) return result('unchanged', open);
    const outcome = await this.apply(m, integration, alert, open, now);
    const after = outcome === 'opened' ? await this.openAlert(m, integration.id, alert.dedupKey) : open;
    if (after) {
      await m.query(`UPDATE alert_notification SET alert_id = $3 WHERE integration_id = $1 AND occurrence = $2`, [
        integration.id,
        alert.occurrence,
        after.id,
      ]);
    }
    return result(outcome, after);
  }

  private async apply(
    m: EntityManager,
    integration: IntakeIntegration,
    alert: IncomingAlert,
    open: OpenAlert | undefined,
    now: Date,
  ): Promise<AlertOutcome> {
    if (alert.status === 'resolved') {
      if (!open || open.status === 'resolved') return 'unchanged';
      await m.query(`UPDATE alert SET status = 'resolved', resolved_at = $2 WHERE id = $1`, [open.id, now]);
      await this.event(m, open.escalation_id, 'alert-resolved', now, {
        dedupKey: alert.dedupKey,
        proposeResolution: integration.propose_resolution,
      });
      return 'resolved';
    }
    if (!open) {
      await this.open(m, integration, alert, now);
      return 'opened';
    }
    await m.query(
      `UPDATE alert SET fire_count = fire_count + 1, last_fired_at = $2, status = 'firing', resolved_at = NULL,
              labels = $3, annotations = $4, links = $5
        WHERE id = $1`,
      [open.id, now, alert.labels, alert.annotations, JSON.stringify(alert.links)],
    );
    if (open.status === 'resolved') {
      await this.event(m, open.escalation_id, 'alert-refired', now, { dedupKey: alert.dedupKey });
    }
    return 'repeat';
  }

  private async open(m: EntityManager, integration: IntakeIntegration, alert: IncomingAlert, now: Date) {
    const { teamId, ...route } = routeAlert(integration.routing, alert.labels);
    const escalation = await this.creation.openForAlert(
      m,
      { ...route, title: alert.title, description: alert.description, stakeholders: [] },
      teamId,
    );
    await m.query(
      `INSERT INTO alert (integration_id, dedup_key, escalation_id, status, labels, annotations, links,
                          first_fired_at, last_fired_at)
       VALUES ($1, $2, $3, 'firing', $4, $5, $6, $7, $7)`,
      [
        integration.id,
        alert.dedupKey,
        escalation.id,
        alert.labels,
        alert.annotations,
        JSON.stringify(alert.links),
        now,
      ],
    );
  }

  /** The alert with this key whose escalation is not resolved yet, locked for the rest of the transaction. */
  private async openAlert(m: EntityManager, integrationId: string, dedupKey: string): Promise<OpenAlert | undefined> {
    const [open] = await m.query<OpenAlert[]>(
      `SELECT a.id, a.escalation_id, e.number, a.status
         FROM alert a JOIN escalation e ON e.id = a.escalation_id
        WHERE a.integration_id = $1 AND a.dedup_key = $2 AND e.status NOT IN ('resolved', 'closed')
        ORDER BY a.first_fired_at DESC LIMIT 1`,
      [integrationId, dedupKey],
    );
    return open;
  }

  private async event(
    m: EntityManager,
    escalationId: string,
    type: 'alert-resolved' | 'alert-refired',
    at: Date,
    details: Record<string, unknown>,
  ): Promise<void> {
    await m.query(
      `INSERT INTO escalation_event (escalation_id, type, at, visibility, channel, details)
       VALUES ($1, $2, $3, 'internal', 'monitoring', $4)`,
      [escalationId, type, at, details],
    );
  }
}
