import { DomainException } from '@ladder/api/common';
import { procedureTransition, type ProcedureAction } from '@ladder/domain';
import type { ProcedureStatus } from '@ladder/contracts';
import type { EntityManager } from 'typeorm';
import { ProcedureVersionEntity } from './procedure-version.entity';

/** Publishing, approving and creating drafts take this lock: version numbers and "the newest published" stay consistent. */
export async function lockPublishing(m: EntityManager): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtext('ladder:publish-procedure'))`);
}

export async function nextVersionNumber(m: EntityManager): Promise<number> {
  const [{ next }] = (await m.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM procedure_version`)) as [
    { next: number },
  ];
  return next;
}

/** The state `action` leads to, or 409 illegal_transition: the domain holds the rules. */
export function transitionTo(status: ProcedureStatus, action: ProcedureAction): ProcedureStatus {
  const result = procedureTransition(status, action);
  if (!result.ok) throw new DomainException(result.code, result.message);
  return result.to;
}

/** The row, locked for the rest of the transaction; 404 when there is none. */
export async function lockVersion(m: EntityManager, id: string): Promise<ProcedureVersionEntity> {
  const row = await m
    .getRepository(ProcedureVersionEntity)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!row) throw new DomainException('not_found', `Procedure version ${id} does not exist`);
  return row;
}

/** The newest published version other than `exceptId`, locked; what a new publication supersedes. */
export async function newestPublished(m: EntityManager, exceptId?: string): Promise<ProcedureVersionEntity | null> {
  const rows = (await m.query(
    `SELECT id FROM procedure_version WHERE status = 'published' AND id IS DISTINCT FROM $1
      ORDER BY version DESC LIMIT 1 FOR UPDATE`,
    [exceptId ?? null],
  )) as { id: string }[];
  return rows[0] ? lockVersion(m, rows[0].id) : null;
}

/** The previously newest published version is retired: new escalations follow the one just published. */
export async function supersedePrevious(m: EntityManager, publishedId: string, now: Date): Promise<void> {
  const previous = await newestPublished(m, publishedId);
  if (!previous) return;
  await m.getRepository(ProcedureVersionEntity).update(previous.id, {
    status: transitionTo(previous.status, 'supersede'),
    retiredAt: now,
    rowVersion: previous.rowVersion + 1,
  });
}
