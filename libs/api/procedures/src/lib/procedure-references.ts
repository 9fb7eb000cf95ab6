import type { ProcedureDefinition } from '@ladder/contracts';
import { DomainException } from '@ladder/api/common';
import type { EntityManager } from 'typeorm';

/** 400 for a team id or calendar name that does not exist, naming where in the definition it is. */
export async function checkReferences(m: EntityManager, definition: ProcedureDefinition): Promise<void> {
  const teams = new Set(((await m.query(`SELECT id FROM team`)) as { id: string }[]).map((t) => t.id));
  const calendars = new Set(((await m.query(`SELECT name FROM calendar`)) as { name: string }[]).map((c) => c.name));
  const problems: { path: string; message: string }[] = [];
  definition.levels.forEach((level, i) =>
    level.teamIds.forEach((id, j) => {
      if (!teams.has(id)) problems.push({ path: `levels.${i}.teamIds.${j}`, message: `no team ${id}` });
    }),
  );
  definition.routes.forEach((route, i) => {
    if (!teams.has(route.teamId)) problems.push({ path: `routes.${i}.teamId`, message: `no team ${route.teamId}` });
  });
  definition.severities.forEach((target, i) => {
    if (target.calendar !== 'team' && !calendars.has(target.calendar)) {
      problems.push({ path: `severities.${i}.calendar`, message: `no calendar named "${target.calendar}"` });
    }
  });
  if (problems.length) {
    throw new DomainException('validation_failed', problems.map((p) => `${p.path}: ${p.message}`).join('; '), {
      problems,
    });
  }
}
