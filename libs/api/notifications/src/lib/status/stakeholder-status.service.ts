import { Injectable } from '@nestjs/common';
import { Clock, DomainException, FixedWindowLimiter } from '@ladder/api/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { ProcedureDefinition, Severity, StakeholderStatus, Status } from '@ladder/contracts';
import { calendarFor, slaClock, type NamedCalendar } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { tokenHash } from '../fanout/stakeholder-token';
import { publicUpdates } from './public-updates';

/** Requests per IP address per minute on the status page: a person reloading never meets it. */
export const STATUS_REQUESTS_PER_MINUTE = 60;

interface StatusRow {
  id: string;
  number: string;
  title: string;
  status: Status;
  severity: Severity;
  level: number;
  highest_level: number;
  created_at: Date;
  resolved_at: Date | null;
  resolution_summary: string | null;
  procedure_version_id: string;
  team_calendar_id: string | null;
}

const STATUS_SQL = `
  SELECT e.id, e.number, e.title, e.status, e.severity, e.level, e.created_at, e.resolved_at, e.resolution_summary,
         e.procedure_version_id, t.calendar_id AS team_calendar_id,
         greatest(e.level, (SELECT max(ev.to_level) FROM escalation_event ev WHERE ev.escalation_id = e.id))
           AS highest_level
    FROM stakeholder_link l
    JOIN escalation e ON e.id = l.escalation_id
    JOIN team t ON t.id = e.team_id
   WHERE l.token_hash = $1`;

/** The read-only page a stakeholder opens from their email: public facts and public updates only. */
@Injectable()
export class StakeholderStatusService {
  private readonly limiter = new FixedWindowLimiter(STATUS_REQUESTS_PER_MINUTE, 60_000);

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly procedures: ProceduresService,
  ) {}

  async forToken(token: string, ip: string): Promise<StakeholderStatus> {
    if (!this.limiter.take(ip, this.clock.now().getTime())) {
      throw new DomainException('rate_limited', 'Too many requests; try again in a minute');
    }
    const [row] = await this.dataSource.query<StatusRow[]>(STATUS_SQL, [tokenHash(token)]);
    if (!row) throw new DomainException('not_found', 'This status link is not valid');
    const updates = await publicUpdates(this.dataSource, row.id);
    const { definition } = await this.procedures.byId(row.procedure_version_id);
    const finished = row.status === 'resolved' || row.status === 'closed';
    const nextUpdate = finished
      ? null
      : await this.nextUpdateDue(row, definition, updates.at(-1)?.at ?? row.created_at);
    return {
      number: Number(row.number),
      title: row.title,
      status: row.status,
      severity: row.severity,
      level: row.level,
      levelName: definition.levels.find((l) => l.level === row.level)?.name ?? `Level ${row.level}`,
      highestLevel: row.highest_level,
      createdAt: row.created_at.toISOString(),
      resolvedAt: row.resolved_at?.toISOString() ?? null,
      resolutionSummary: row.resolution_summary,
      updates: updates.map((u) => ({ at: u.at.toISOString(), body: u.body })),
      nextUpdateDueAt: nextUpdate?.toISOString() ?? null,
    };
  }

  /** The update cadence counted on the escalation's calendar, exactly as its SLA clock counts it. */
  private async nextUpdateDue(row: StatusRow, definition: ProcedureDefinition, lastUpdate: Date): Promise<Date | null> {
    const target = definition.severities.find((s) => s.severity === row.severity);
    if (!target) return null;
    const calendars = await this.dataSource.query<NamedCalendar[]>(`SELECT id, name, definition FROM calendar`);
    const calendar = calendarFor(target, row.team_calendar_id, calendars).definition;
    const now = this.clock.now();
    const targetMinutes = target.updateCadenceMinutes;
    return slaClock({ targetMinutes, calendar, startedAt: lastUpdate, pauses: [], stoppedAt: null, now }).dueAt;
  }
}
