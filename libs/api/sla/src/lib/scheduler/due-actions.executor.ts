import { Injectable } from '@nestjs/common';
import { Clock } from '@ladder/api/common';
import type { EventReason, EventType, TriggerRule } from '@ladder/contracts';
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

/**
 * Carries out what the SLA plan says is due, as events written by Ladder itself (channel `system`, reason
 * `timer` or `rule`). Each event also queues its own follow-up job (notifications, the next plan).
 */
@Injectable()
export class DueActionsExecutor {
  constructor(private readonly clock: Clock) {}

  async perform(m: EntityManager, planned: PlannedEscalation): Promise<void> {
    for (const action of planned.plan.actions) await this.performOne(m, planned, action);
  }

  private async performOne(m: EntityManager, planned: PlannedEscalation, action: DueAction): Promise<void> {
    const { snapshot } = planned;
    switch (action.kind) {
      case 'warning':
        return this.record(
          m,
          snapshot.id,
          'sla-warning',
          'timer',
          `${CLOCK_LABEL[action.clock]} clock at its warning threshold`,
          {
            clock: action.clock,
            startedAt: action.startedAt,
            dueAt: action.dueAt,
          },
        );
      case 'breach':
        return this.record(m, snapshot.id, 'sla-breach', 'timer', `${CLOCK_LABEL[action.clock]} target missed`, {
          clock: action.clock,
          startedAt: action.startedAt,
          dueAt: action.dueAt,
        });
      case 'reminder':
        return this.record(m, snapshot.id, 'reminder', 'timer', `Still not acknowledged: reminder ${action.count}`, {
          count: action.count,
        });
      case 'auto-escalate':
        return this.escalate(
          m,
          snapshot.id,
          action.toLevel,
          'timer',
          `The level budget at L${action.fromLevel} ran out`,
          {
            fromLevel: action.fromLevel,
          },
        );
      case 'rule':
        return this.fireRule(m, planned, action.rule, action.stintStartedAt);
    }
  }

  private async fireRule(
    m: EntityManager,
    { snapshot }: PlannedEscalation,
    rule: TriggerRule,
    stintStartedAt: Date,
  ): Promise<void> {
    const fired = { ruleId: rule.id, ruleName: rule.name, stintStartedAt, ...rule.then };
    await this.record(m, snapshot.id, 'rule-fired', 'rule', `Rule "${rule.name}"`, fired);
    const then = rule.then;
    if (then.action === 'escalate') {
      await this.escalate(m, snapshot.id, then.toLevel, 'rule', `Rule "${rule.name}"`, { ruleId: rule.id });
    } else if (then.action === 'raise-severity') {
      await m.query(
        `UPDATE escalation SET severity = $2, version = version + 1, updated_at = coalesce($3, clock_timestamp())
          WHERE id = $1`,
        [snapshot.id, then.to, this.clock.writeTime()],
      );
      await this.record(
        m,
        snapshot.id,
        'raise-severity',
        'rule',
        `Severity raised to ${then.to} by rule "${rule.name}"`,
        {
          ruleId: rule.id,
          from: snapshot.facts.severity,
          to: then.to,
        },
      );
    }
  }

  private async escalate(
    m: EntityManager,
    id: string,
    toLevel: number,
    reason: EventReason,
    body: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    const rule = TRANSITIONS.escalate;
    const [result] = (await m.query(ESCALATE_SQL, [
      id,
      rule.from,
      rule.to,
      this.clock.writeTime(),
      body,
      toLevel,
      reason,
      details,
    ])) as {
      outcome: string;
      problem: string | null;
    }[];
    // Refused (e.g. put on hold meanwhile): nothing to do; the next event plans the escalation again.
    if (result?.outcome !== 'ok' && result?.outcome !== 'illegal_transition') {
      throw new Error(`automatic escalation of ${id} failed: ${result?.problem ?? 'no result'}`);
    }
  }

  private async record(
    m: EntityManager,
    id: string,
    type: EventType,
    reason: EventReason,
    body: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    await m.query(
      `INSERT INTO escalation_event (escalation_id, type, at, team_id, body, visibility, channel, reason, details)
       SELECT e.id, $2, coalesce($3, clock_timestamp()), e.team_id, $4, 'internal', 'system', $5, $6
         FROM escalation e WHERE e.id = $1`,
      [id, type, this.clock.writeTime(), body, reason, details],
    );
  }
}
