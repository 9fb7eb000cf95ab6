import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import type { EventReason, EventType, Severity, TriggerRule } from '@ladder/contracts';
import { TRANSITIONS, type DueAction } from '@ladder/domain';
import type { EntityManager } from 'typeorm';
import type { PlannedEscalation } from '../sla-planner.service';

const CLOCK_LABEL = {
  response: 'Response',
  resolution: 'Resolution',
  levelBudget: 'Level budget',
  updateCadence: 'Stakeholder update',
} as const;

const ESCALATE_SQL = `SELECT outcome, problem FROM escalation_act($1::uuid, 'escalate', $2::text[], $3::text, NULL, NULL,
  'system', $4::timestamptz, $5::text, 'internal', NULL, $6::integer, NULL, $7::text, $8::jsonb)`;

/** An event Ladder writes about an escalation without changing it. */
interface EventRecord {
  escalationId: string;
  type: EventType;
  reason: EventReason;
  body: string;
  details: Record<string, unknown>;
}

/** A change to the escalation itself, made after the batch's records. */
type Change =
  | { kind: 'escalate'; escalationId: string; toLevel: number; reason: EventReason; body: string; details: object }
  | { kind: 'raise-severity'; escalationId: string; from: Severity; rule: TriggerRule & { then: { to: Severity } } };

/**
 * Carries out what the SLA plans say is due, as events written by Ladder itself (channel `system`, reason
 * `timer` or `rule`): first every plain record of the batch in one statement, then the changes (escalations,
 * severity raises) one by one. Each event also queues its own follow-up job (notifications, the next plan).
 */
@Injectable()
export class DueActionsExecutor {
  constructor(private readonly clock: Clock) {}

  async perform(m: EntityManager, planned: readonly PlannedEscalation[]): Promise<void> {
    const records: EventRecord[] = [];
    const changes: Change[] = [];
    for (const one of planned) {
      for (const action of one.plan.actions) this.sort(one, action, records, changes);
    }
    await this.insertRecords(m, records);
    for (const change of changes) await this.apply(m, change);
  }

  private sort(planned: PlannedEscalation, action: DueAction, records: EventRecord[], changes: Change[]): void {
    const escalationId = planned.snapshot.id;
    switch (action.kind) {
      case 'warning': {
        const { clock, startedAt, warningAt, dueAt } = action;
        const body = `${CLOCK_LABEL[clock]} clock at its warning threshold`;
        records.push({
          escalationId,
          type: 'sla-warning',
          reason: 'timer',
          body,
          details: { clock, startedAt, warningAt, dueAt },
        });
        return;
      }
      case 'breach': {
        const { clock, startedAt, dueAt } = action;
        const body = `${CLOCK_LABEL[clock]} target missed`;
        records.push({ escalationId, type: 'sla-breach', reason: 'timer', body, details: { clock, startedAt, dueAt } });
        return;
      }
      case 'reminder':
        records.push({
          escalationId,
          type: 'reminder',
          reason: 'timer',
          body: `Still not acknowledged: reminder ${action.count}`,
          details: { count: action.count },
        });
        return;
      case 'auto-escalate':
        changes.push({
          kind: 'escalate',
          escalationId,
          toLevel: action.toLevel,
          reason: 'timer',
          body: `The level budget at L${action.fromLevel} ran out`,
          details: { fromLevel: action.fromLevel },
        });
        return;
      case 'rule': {
        const { rule, stintStartedAt } = action;
        const body = `Rule "${rule.name}"`;
        const details = { ruleId: rule.id, ruleName: rule.name, stintStartedAt, ...rule.then };
        records.push({ escalationId, type: 'rule-fired', reason: 'rule', body, details });
        const then = rule.then;
        if (then.action === 'escalate') {
          changes.push({
            kind: 'escalate',
            escalationId,
            toLevel: then.toLevel,
            reason: 'rule',
            body,
            details: { ruleId: rule.id },
          });
        } else if (then.action === 'raise-severity') {
          changes.push({
            kind: 'raise-severity',
            escalationId,
            from: planned.snapshot.facts.severity,
            rule: { ...rule, then },
          });
        }
      }
    }
  }

  private async apply(m: EntityManager, change: Change): Promise<void> {
    if (change.kind === 'escalate') {
      const rule = TRANSITIONS.escalate;
      const params = [change.escalationId, rule.from, rule.to, this.clock.writeTime(), change.body, change.toLevel];
      const [result] = (await m.query(ESCALATE_SQL, [...params, change.reason, change.details])) as {
        outcome: string;
        problem: string | null;
      }[];
      // Refused as illegal (put on hold meanwhile): nothing to do; the next event plans the escalation again.
      if (result?.outcome !== 'ok' && result?.outcome !== 'illegal_transition') {
        throw new Error(`automatic escalation of ${change.escalationId} failed: ${result?.problem ?? 'no result'}`);
      }
      return;
    }
    const { escalationId, from, rule } = change;
    await m.query(
      `UPDATE escalation SET severity = $2, version = version + 1, updated_at = coalesce($3, clock_timestamp())
        WHERE id = $1`,
      [escalationId, rule.then.to, this.clock.writeTime()],
    );
    await this.insertRecords(m, [
      {
        escalationId,
        type: 'raise-severity',
        reason: 'rule',
        body: `Severity raised from ${from} to ${rule.then.to} by rule "${rule.name}"`,
        details: { ruleId: rule.id, from, to: rule.then.to },
      },
    ]);
  }

  private async insertRecords(m: EntityManager, records: readonly EventRecord[]): Promise<void> {
    if (records.length === 0) return;
    await m.query(
      `INSERT INTO escalation_event (escalation_id, type, at, team_id, body, visibility, channel, reason, details)
       SELECT e.id, r.type, coalesce($6::timestamptz, clock_timestamp()), e.team_id, r.body, 'internal', 'system',
              r.reason, r.details
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[]) WITH ORDINALITY
              AS r(escalation_id, type, body, reason, details, ord)
         JOIN escalation e ON e.id = r.escalation_id
        ORDER BY r.ord`,
      [
        records.map((r) => r.escalationId),
        records.map((r) => r.type),
        records.map((r) => r.body),
        records.map((r) => r.reason),
        records.map((r) => JSON.stringify(r.details)),
        this.clock.writeTime(),
      ],
    );
  }
}
