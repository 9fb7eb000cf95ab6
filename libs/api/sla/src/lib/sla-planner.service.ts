import { Injectable } from '@nestjs/common';
import { ProceduresService } from '@ladder/api/procedures';
import type { ProcedureVersion, SeverityTarget } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { alertWindowMinutes, calendarFor, planEscalation, type NamedCalendar, type SlaPlan } from '@ladder/domain';
import { loadAlertTimes } from './scheduler/alert-times';
import type { EscalationSnapshot } from './scheduler/escalation-snapshots';

export interface PlannedEscalation {
  snapshot: EscalationSnapshot;
  procedure: ProcedureVersion;
  target: SeverityTarget;
  calendar: NamedCalendar;
  plan: SlaPlan;
}

type Versioned = Pick<PlannedEscalation, 'snapshot' | 'procedure'>;

/**
 * Puts each escalation together with its procedure version, severity target, calendar and the recent alerts for its
 * service, and plans it.
 */
@Injectable()
export class SlaPlanner {
  constructor(private readonly procedures: ProceduresService) {}

  async plan(m: EntityManager, snapshots: readonly EscalationSnapshot[], now: Date): Promise<PlannedEscalation[]> {
    if (snapshots.length === 0) return [];
    // Read every time: an admin's edit on any instance must count at once, and the table is a handful of rows.
    const calendars: NamedCalendar[] = await m.query(`SELECT id, name, definition FROM calendar`);
    const versioned: Versioned[] = [];
    for (const snapshot of snapshots) {
      versioned.push({ snapshot, procedure: await this.procedures.byId(snapshot.procedureVersionId, m) });
    }
    const alertTimes = await alertTimesFor(m, versioned, now);
    const planned: PlannedEscalation[] = [];
    for (const { snapshot, procedure } of versioned) {
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
        alertTimes: alertTimes.get(snapshot.facts.affectedService) ?? [],
      });
      planned.push({ snapshot, procedure, target, calendar, plan });
    }
    return planned;
  }
}

/**
 * Recent alerts per service, only for the escalations whose procedure version counts alerts and only over the
 * longest window those versions count in; no query when none does.
 */
async function alertTimesFor(
  m: EntityManager,
  versioned: readonly Versioned[],
  now: Date,
): Promise<Map<string, Date[]>> {
  const counting = versioned.flatMap(({ snapshot, procedure }) => {
    const minutes = alertWindowMinutes(procedure.definition.rules);
    return minutes === null ? [] : [{ service: snapshot.facts.affectedService, minutes }];
  });
  if (counting.length === 0) return new Map();
  const services = [...new Set(counting.map((c) => c.service))];
  return loadAlertTimes(m, services, Math.max(...counting.map((c) => c.minutes)), now);
}
