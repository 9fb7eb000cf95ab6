import { Injectable } from '@nestjs/common';
import { Clock, DomainException } from '@ladder/api/common';
import type { CalendarRecord, CreateCalendar, UpdateCalendar } from '@ladder/contracts';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { recomputeSoon } from '../scheduler/job-queue';
import { CalendarEntity } from './calendar.entity';

const toRecord = (c: CalendarEntity): CalendarRecord => ({
  id: c.id,
  name: c.name,
  definition: c.definition,
  version: c.version,
  updatedAt: c.updatedAt.toISOString(),
});

/**
 * Calendars are live: editing one re-plans every open escalation whose clocks run on it (from its events, so
 * due times move without any timestamp being patched).
 */
@Injectable()
export class CalendarsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<CalendarRecord[]> {
    const all = await this.dataSource.getRepository(CalendarEntity).find({ order: { name: 'ASC' } });
    return all.map(toRecord);
  }

  async create(body: CreateCalendar): Promise<CalendarRecord> {
    try {
      const repository = this.dataSource.getRepository(CalendarEntity);
      return toRecord(await repository.save(repository.create({ name: body.name, definition: body.definition })));
    } catch (error) {
      if (error instanceof QueryFailedError && error.driverError?.constraint === 'uq_calendar_name') {
        throw new DomainException('validation_failed', `a calendar named "${body.name}" exists already`, {
          field: 'name',
        });
      }
      throw error;
    }
  }

  async update(id: string, body: UpdateCalendar): Promise<CalendarRecord> {
    return this.dataSource.transaction(async (m) => {
      const current = await m
        .getRepository(CalendarEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new DomainException('not_found', `calendar ${id} does not exist`);
      if (current.version !== body.version) {
        throw new DomainException(
          'stale_version',
          `calendar changed since version ${body.version}; it is at version ${current.version}`,
          {
            currentVersion: current.version,
          },
        );
      }
      current.definition = body.definition;
      current.version += 1;
      current.updatedAt = this.clock.now();
      const saved = await m.getRepository(CalendarEntity).save(current);
      await recomputeSoon(m, await openEscalationsOn(m, saved), this.clock.now());
      return toRecord(saved);
    });
  }
}

/** Open escalations whose severity target names this calendar, or says "team" and whose team uses it. */
async function openEscalationsOn(m: EntityManager, calendar: CalendarEntity): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT e.id
       FROM escalation e
       JOIN procedure_version pv ON pv.id = e.procedure_version_id
       JOIN team t ON t.id = e.team_id
       CROSS JOIN LATERAL (
         SELECT s->>'calendar' AS name FROM jsonb_array_elements(pv.definition->'severities') s
          WHERE s->>'severity' = e.severity) target
      WHERE e.status NOT IN ('resolved', 'closed')
        AND (target.name = $1 OR (target.name = 'team' AND t.calendar_id = $2))`,
    [calendar.name, calendar.id],
  );
  return rows.map((r) => r.id);
}
