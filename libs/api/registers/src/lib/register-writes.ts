import { DomainException } from '@ladder/api/common';
import { QueryFailedError, type DataSource } from 'typeorm';

/** A register table, as the messages name its rows. */
export interface RegisterTable {
  table: 'critical_service' | 'risk';
  noun: string;
}

/** Field errors of a 400, as the validation pipe gives them, for the form to show next to the field. */
export function fieldProblem(field: string, message: string): DomainException {
  return new DomainException('validation_failed', message, { fields: { [field]: [message] } });
}

/**
 * Why an UPDATE or DELETE guarded by `id` and `row_version` touched no row: 404 when the row is gone, 409 when
 * someone changed it since `rowVersion`.
 */
export async function missedWrite(
  db: DataSource,
  { table, noun }: RegisterTable,
  id: string,
  rowVersion: number,
): Promise<DomainException> {
  const [row] = await db.query<{ row_version: number }[]>(`SELECT row_version FROM ${table} WHERE id = $1`, [id]);
  if (!row) return new DomainException('not_found', `The ${noun} ${id} does not exist`);
  return new DomainException(
    'stale_version',
    `The ${noun} was changed meanwhile (now at ${row.row_version}, the edit is based on ${rowVersion}); reload it`,
  );
}

/** The constraint a failed statement broke, if it broke one. */
export function brokenConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { constraint?: string } | undefined;
  return driverError?.constraint;
}
