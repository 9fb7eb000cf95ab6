import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { QueryRunner } from 'typeorm';
import type { Cell, TableRows, TableSpec } from './history.tables';

/** Writes one batch of histories (escalations, events, stints) in one transaction. */
export interface HistorySink {
  write(batch: readonly TableRows[]): Promise<void>;
}

/**
 * COPY FROM STDIN on a pg client: the fast path for millions of rows. As a superuser it can skip the per-row
 * foreign-key triggers for the batch (as pg_restore --disable-triggers does): four checks per event were two
 * thirds of the load time, and every reference is to a row read before generating or written earlier in the batch.
 */
export class CopySink implements HistorySink {
  constructor(
    private readonly client: ClientBase,
    private readonly skipForeignKeyChecks: boolean,
  ) {}

  async write(batch: readonly TableRows[]): Promise<void> {
    await inTransaction(
      (sql) => this.client.query(sql),
      async () => {
        if (this.skipForeignKeyChecks) await this.client.query(`SET LOCAL session_replication_role = replica`);
        for (const { table, rows, then } of batch) {
          if (table.temporary) await this.client.query(createStage(table));
          const columns = table.columns.map(([name]) => name).join(', ');
          const stream = this.client.query(copyFrom(`COPY ${table.name} (${columns}) FROM STDIN`));
          await pipeline(Readable.from([copyText(table, rows)]), stream);
          for (const statement of then ?? []) await this.client.query(statement);
        }
      },
    );
  }
}

/** INSERT ... SELECT FROM unnest(arrays) through a TypeORM query runner: works on any PostgreSQL, PGlite too. */
export class InsertSink implements HistorySink {
  constructor(private readonly runner: QueryRunner) {}

  async write(batch: readonly TableRows[]): Promise<void> {
    await inTransaction(
      (sql) => this.runner.query(sql),
      async () => {
        for (const { table, rows, then } of batch) {
          if (rows.length === 0) continue;
          if (table.temporary) await this.runner.query(createStage(table));
          const columns = table.columns.map(([name]) => name).join(', ');
          const arrays = table.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
          const values = table.columns.map((_, i) => rows.map((row) => row[i] ?? null));
          await this.runner.query(
            `INSERT INTO ${table.name} (${columns}) OVERRIDING SYSTEM VALUE SELECT * FROM unnest(${arrays})`,
            values,
          );
          for (const statement of then ?? []) await this.runner.query(statement);
        }
      },
    );
  }
}

function createStage(table: TableSpec): string {
  const columns = table.columns.map(([name, type]) => `${name} ${type}`).join(', ');
  return `CREATE TEMPORARY TABLE ${table.name} (${columns}) ON COMMIT DROP`;
}

async function inTransaction(run: (sql: string) => Promise<unknown>, work: () => Promise<void>): Promise<void> {
  await run('BEGIN');
  try {
    // A lost demo batch on a crash is harmless; waiting for the WAL flush of every batch is not.
    await run('SET LOCAL synchronous_commit = off');
    // Past events need no follow-up job (notifications, clock plans); see escalation_event_enqueue().
    await run(`SET LOCAL ladder.loading_history = 'on'`);
    await work();
    await run('COMMIT');
  } catch (error) {
    await run('ROLLBACK');
    throw error;
  }
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Rows in COPY's text format: tab-separated, `\\N` for null, backslash escapes in the columns that hold text. */
export function copyText(table: TableSpec, rows: readonly Cell[][]): string {
  const textual = table.columns.map(([, type]) => type === 'text' || type === 'jsonb');
  const lines = new Array<string>(rows.length + 1);
  for (let r = 0; r < rows.length; r++) {
    // Copy and join: about 2.5 times cheaper than concatenating cell by cell.
    const row = (rows[r] as Cell[]).slice();
    for (let i = 0; i < row.length; i++) {
      const value = row[i] ?? null;
      row[i] = value === null ? '\\N' : textual[i] && SPECIAL.test(value) ? value.replace(SPECIALS, escape) : value;
    }
    lines[r] = row.join('\t');
  }
  lines[rows.length] = '';
  return lines.join('\n');
}

function escape(character: string): string {
  return ESCAPES[character] ?? character;
}
