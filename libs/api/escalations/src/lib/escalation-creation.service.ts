import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import { recordTriageOutcomes } from '@ladder/api/triage';
import type {
  CreateEscalation,
  Escalation,
  Me,
  OpeningGuidance,
  ProcedureVersion,
  Severity,
  Source,
} from '@ladder/contracts';
import {
  calendarFor,
  INITIAL_STATUS,
  mayOpenAt,
  planEscalation,
  scenarioGuidance,
  severityOf,
  type NamedCalendar,
} from '@ladder/domain';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { EscalationEventEntity } from './entities/escalation-event.entity';
import { EscalationEntity } from './entities/escalation.entity';
import { LevelStintEntity } from './entities/level-stint.entity';
import { ESCALATION_SELECT, type EscalationRow } from './escalation-row';
import { EscalationPresenter } from './escalation.presenter';
import { idempotencyKey, requestHash } from './idempotency';
import { levelOf, targetFor, teamFor } from './procedure-rules';

type NewEscalation = Omit<
  EscalationEntity,
  'id' | 'number' | 'acknowledgedAt' | 'resolvedAt' | 'closedAt' | 'resolutionSummary' | 'sourceSystem' | 'sourceId'
>;
interface PlannedEscalation {
  row: NewEscalation;
  /** Recorded on the `created` event; null when no guideline matched and the service has no register entry. */
  opening: OpeningGuidance | null;
}

/**
 * Opens escalations: severity from the matrix, entry level and team, both raised by the procedure's scenario
 * guidelines and the service register's default severity; due times; idempotent retries.
 */
@Injectable()
export class EscalationCreationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
    private readonly presenter: EscalationPresenter,
  ) {}

  async create(body: CreateEscalation, me: Me, source: Source, keyHeader?: string): Promise<Escalation> {
    const key = idempotencyKey(keyHeader);
    const hash = requestHash(body);
    if (key) {
      const earlier = await this.replay(me.id, key, hash);
      if (earlier) return earlier;
    }
    const row = await this.planned(this.dataSource.manager, body, me, source, key, hash);
    try {
      return await this.presenter.present(
        await this.dataSource.transaction(async (m) => {
          const created = await this.insert(m, row);
          const chosen = { ...body, team: created.team_id, severity: created.severity };
          await recordTriageOutcomes(m, created.id, body.triage, chosen, row.row.createdAt);
          return created;
        }),
      );
    } catch (error) {
      // A concurrent request with the same key won the unique index: answer with its escalation.
      const lost = error instanceof QueryFailedError && error.driverError?.constraint === 'uq_escalation_idempotency';
      const earlier = lost && key ? await this.replay(me.id, key, hash) : undefined;
      if (earlier) return earlier;
      throw error;
    }
  }

  /**
   * Opens an escalation for a monitoring alert in the caller's transaction, at level 1 or where the scenario
   * guidelines send it; `teamId` (from the integration's routing) takes it instead of the procedure's route.
   */
  async openForAlert(m: EntityManager, body: CreateEscalation, teamId?: string): Promise<EscalationRow> {
    return this.insert(m, await this.planned(m, body, null, 'monitoring', null, '', teamId));
  }

  /** `m`: where to read; `me`: who opens it, null when monitoring does. */
  private async planned(
    m: EntityManager,
    body: CreateEscalation,
    me: Me | null,
    source: Source,
    key: string | null,
    hash: string,
    routedTeamId?: string,
  ): Promise<PlannedEscalation> {
    const procedure = await this.procedures.current(m);
    const definition = procedure.definition;
    const { level, severity, opening } = await this.opening(m, procedure, body, me);
    const rung = levelOf(definition, level);
    if (!rung) throw new Error(`procedure version ${procedure.version} has no level ${level} its guideline names`);
    const now = this.clock.now();
    const teamId = (level === 1 ? routedTeamId : undefined) ?? teamFor(definition, rung, body.category);
    const target = targetFor(definition, severity);
    // The clocks as they stand at opening, so the queue sorts it right before the scheduler has looked at it.
    const sla = planEscalation({
      escalation: {
        severity,
        category: body.category,
        affectedService: body.affectedService,
        level,
        status: INITIAL_STATUS,
      },
      events: [{ type: 'created', at: now, visibility: 'internal' }],
      definition,
      target,
      calendar: calendarFor(target, ...(await this.calendarsOf(m, teamId))).definition,
      now,
    });
    const row: NewEscalation = {
      responseDueAt: sla.clocks.response.dueAt,
      resolutionDueAt: sla.clocks.resolution.dueAt,
      nextDueAt: sla.nextDueAt,
      slaState: sla.state,
      title: body.title,
      description: body.description,
      category: body.category,
      affectedService: body.affectedService,
      impact: body.impact,
      urgency: body.urgency,
      severity,
      status: INITIAL_STATUS,
      level,
      teamId,
      assigneeId: null,
      procedureVersionId: procedure.id,
      source,
      stakeholders: body.stakeholders,
      createdBy: me?.id ?? null,
      idempotencyKey: key,
      idempotencyHash: key ? hash : null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    return { row, opening };
  }

  /**
   * Where it opens and how severe it is: the requested level (checked against who asks) and the matrix severity,
   * raised by the matching scenario guidelines and floored by the service register's default severity.
   */
  private async opening(
    m: EntityManager,
    procedure: ProcedureVersion,
    body: CreateEscalation,
    me: Me | null,
  ): Promise<{ level: number; severity: Severity; opening: OpeningGuidance | null }> {
    const { definition } = procedure;
    if (!definition.categories.includes(body.category)) {
      throw new DomainException('validation_failed', `unknown category "${body.category}"`, {
        categories: definition.categories,
      });
    }
    const requestedLevel = body.level ?? 1;
    if (!levelOf(definition, requestedLevel))
      throw new DomainException(
        'invalid_level',
        `procedure version ${procedure.version} has no level ${requestedLevel}`,
      );
    if (me && !mayOpenAt(me, requestedLevel))
      throw new DomainException('forbidden', `you may not open an escalation at level ${requestedLevel}`);
    const matrixSeverity = severityOf(definition.matrix, body.impact, body.urgency);
    const serviceSeverity = await this.serviceSeverity(m, body.affectedService);
    const guidance = scenarioGuidance(definition, {
      category: body.category,
      affectedService: body.affectedService,
      severity: matrixSeverity,
      level: requestedLevel,
      serviceSeverity,
    });
    const shaped = guidance.guidelines.length > 0 || serviceSeverity !== null;
    const opening: OpeningGuidance = {
      guidelines: guidance.guidelines.map(({ id, name }) => ({ id, name })),
      requestedLevel,
      matrixSeverity,
      severity: guidance.severity,
      serviceSeverity,
      extraContacts: guidance.guidelines.flatMap((g) => g.extraContacts),
    };
    return { level: guidance.level, severity: guidance.severity, opening: shaped ? opening : null };
  }

  /** The critical-service register's default severity for the service; null when it has no entry. */
  private async serviceSeverity(m: EntityManager, name: string): Promise<Severity | null> {
    const [entry] = await m.query<{ default_severity: Severity }[]>(
      `SELECT default_severity FROM critical_service WHERE name = $1`,
      [name],
    );
    return entry?.default_severity ?? null;
  }

  /** The team's calendar id and every calendar, for `calendarFor`. */
  private async calendarsOf(m: EntityManager, teamId: string): Promise<[string | null, NamedCalendar[]]> {
    const calendars: (NamedCalendar & { team_calendar_id: string | null })[] = await m.query(
      `SELECT c.id, c.name, c.definition, t.calendar_id AS team_calendar_id
         FROM calendar c CROSS JOIN team t WHERE t.id = $1`,
      [teamId],
    );
    return [calendars[0]?.team_calendar_id ?? null, calendars];
  }

  /**
   * The escalation row, its `created` event (with what shaped the opening, when something did) and its first stint,
   * in the caller's transaction.
   */
  private async insert(m: EntityManager, { row, opening }: PlannedEscalation): Promise<EscalationRow> {
    const inserted = await m.insert(EscalationEntity, row);
    const id = (inserted.identifiers[0] as { id: string }).id;
    // save, not insert: insert's typing refuses a jsonb column typed as a record.
    await m.save(EscalationEventEntity, {
      escalationId: id,
      type: 'created',
      at: row.createdAt,
      actorId: row.createdBy,
      toStatus: row.status,
      toLevel: row.level,
      teamId: row.teamId,
      visibility: 'internal',
      channel: row.source,
      details: opening,
    });
    await m.insert(LevelStintEntity, {
      escalationId: id,
      level: row.level,
      teamId: row.teamId,
      enteredAt: row.createdAt,
    });
    const [created] = await m.query<EscalationRow[]>(`${ESCALATION_SELECT} WHERE e.id = $1`, [id]);
    if (!created) throw new Error(`escalation ${id} vanished inside its own transaction`);
    return created;
  }

  /** The escalation an earlier request with this key created; a different body under the same key is a 409. */
  private async replay(userId: string, key: string, hash: string): Promise<Escalation | undefined> {
    const [earlier] = await this.dataSource.query<{ id: string; idempotency_hash: string }[]>(
      `SELECT id, idempotency_hash FROM escalation WHERE created_by = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    if (!earlier) return undefined;
    if (earlier.idempotency_hash !== hash) {
      throw new DomainException('idempotency_conflict', 'this Idempotency-Key was already used with a different body');
    }
    const [row] = await this.dataSource.query<EscalationRow[]>(`${ESCALATION_SELECT} WHERE e.id = $1`, [earlier.id]);
    if (!row) throw new Error(`escalation ${earlier.id} vanished`);
    return this.presenter.present(row);
  }
}
