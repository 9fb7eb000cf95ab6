import type { ClientBase } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';

/** One SQL statement with parameters, returning its rows, on whichever connection the seed was given. */
export type SqlQuery = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

export function pgQuery(client: ClientBase): SqlQuery {
  return async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[];
}

export function runnerQuery(runner: QueryRunner): SqlQuery {
  return <T>(sql: string, params?: unknown[]) => runner.query(sql, params) as Promise<T[]>;
}

export function dataSourceQuery(dataSource: DataSource): SqlQuery {
  return <T>(sql: string, params?: unknown[]) => dataSource.query(sql, params) as Promise<T[]>;
}
