import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { ProcedureVersion, SeverityTarget } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { calendarFor, planEscalation, type NamedCalendar, type SlaPlan } from '@ladder/domain';
import type { EscalationSnapshot } from './scheduler/escalation-snapshots';

export interface PlannedEscalation {
  snapshot: EscalationSnapshot;
  procedure: ProcedureVersion;
  target: SeverityTarget;
  calendar: NamedCalendar;
  plan: SlaPlan;
}

/** Puts each escalation together with its procedure version, severity target and calendar, and plans it. */
@Injectable()
export class SlaPlanner {
  constructor(private readonly procedures: ProceduresService) {}

  async plan(m: EntityManager, snapshots: readonly EscalationSnapshot[], now: Date): Promise<PlannedEscalation[]> {
    if (snapshots.length === 0) return [];
    // Read every time: an admin's edit on any instance must count at once, and the table is a handful of rows.
    const calendars: NamedCalendar[] = await m.query(`SELECT id, name, definition FROM calendar`);
    const planned: PlannedEscalation[] = [];
    for (const snapshot of snapshots) {
      const procedure = await this.procedures.byId(snapshot.procedureVersionId, m);
      const definition = procedure.definition;
      const target = definition.severities.find((s) => s.severity === snapshot.facts.severity);
      if (!target)
        throw new Error(`procedure version ${procedure.version} has no target for ${snapshot.facts.severity}`);
      const calendar = calendarFor(target, snapshot.teamCalendarId, calendars);
      const plan = planEscalation({
        escalation: snapshot.facts,
        events: snapshot.events,
        definition,
        target,
        calendar: calendar.definition,
        now,
      });
      planned.push({ snapshot, procedure, target, calendar, plan });
    }
    return planned;
  }
}
