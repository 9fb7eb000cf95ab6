import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Calendar, ProcedureDefinition, ProcedureReplayResult } from '@ladder/contracts';
import { Clock } from '@ladder/api/common';
import { replayProcedure } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { ProceduresService } from './procedures.service';
import {
  toReplayEscalations,
  type ReplayEscalationRow,
  type ReplayEventRow,
  type ReplayStintRow,
} from './replay-history';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What a version would have done to the escalations opened in the last days, beside what their own versions did. */
@Injectable()
export class ProcedureReplayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly procedures: ProceduresService,
    private readonly clock: Clock,
  ) {}

  async replay(id: string, days: number): Promise<ProcedureReplayResult> {
    const draft = await this.procedures.byId(id);
    const now = this.clock.now();
    const from = new Date(now.getTime() - days * DAY_MS);
    const window = [from, now];
    const escalations = (await this.dataSource.query(
      `SELECT id, severity, category, affected_service, procedure_version_id, created_at, acknowledged_at, resolved_at
         FROM escalation WHERE created_at >= $1 AND created_at <= $2
        ORDER BY created_at, id`,
      window,
    )) as ReplayEscalationRow[];
    const stints = (await this.dataSource.query(
      `SELECT s.escalation_id, s.level, s.team_id, s.entered_at, s.left_at
         FROM level_stint s JOIN escalation e ON e.id = s.escalation_id
        WHERE e.created_at >= $1 AND e.created_at <= $2
        ORDER BY s.escalation_id, s.entered_at, s.id`,
      window,
    )) as ReplayStintRow[];
    const events = (await this.dataSource.query(
      `SELECT ev.escalation_id, ev.type, ev.at
         FROM escalation_event ev JOIN escalation e ON e.id = ev.escalation_id
        WHERE e.created_at >= $1 AND e.created_at <= $2 AND ev.type IN ('wait', 'resume', 'reopen')
        ORDER BY ev.escalation_id, ev.at, ev.id`,
      window,
    )) as ReplayEventRow[];
    const calendars = (await this.dataSource.query(`SELECT id, name, definition FROM calendar`)) as {
      id: string;
      name: string;
      definition: Calendar;
    }[];
    const teams = (await this.dataSource.query(`SELECT id, calendar_id FROM team`)) as {
      id: string;
      calendar_id: string | null;
    }[];
    const actual = new Map<string, ProcedureDefinition>();
    for (const versionId of new Set(escalations.map((e) => e.procedure_version_id))) {
      actual.set(versionId, (await this.procedures.byId(versionId)).definition);
    }
    const result = replayProcedure(
      toReplayEscalations(escalations, stints, events),
      draft.definition,
      (versionId) => actual.get(versionId) ?? unreachable(versionId),
      calendars,
      { now, teamCalendarIds: new Map(teams.map((t) => [t.id, t.calendar_id])) },
    );
    return { procedureVersionId: id, days, from: from.toISOString(), to: now.toISOString(), ...result };
  }
}

function unreachable(versionId: string): never {
  throw new Error(`procedure version ${versionId} was not loaded`);
}
