import { Injectable } from '@nestjs/common';
import type { ImportError, ImportFormat, ImportRun, ImportRunSummary } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { toImportRun, toImportRunSummary, type ImportRunRow } from './import-run.mapper';

export interface NewImportRun {
  fileName: string;
  format: ImportFormat;
  system: string;
  createdBy: string;
  total: number;
  errors: readonly ImportError[];
  errorCount: number;
}

const SUMMARY_COLUMNS = `r.id, r.file_name, r.format, r.source_system, r.status, r.total, r.written, r.skipped,
  r.error_count, u.name AS created_by_name, r.created_at, r.updated_at, r.finished_at`;
const FROM = `FROM import_run r LEFT JOIN app_user u ON u.id = r.created_by`;
const LISTED = 50;

/** A run stuck in `writing` without progress this long lost its writer (the API stopped). */
const INTERRUPTED_AFTER = `interval '2 minutes'`;

/** The import_run table: a run's report and its progress, which every instance can read. */
@Injectable()
export class ImportRunStore {
  constructor(private readonly dataSource: DataSource) {}

  /** A run that is rejected (it has errors) or starts writing. */
  async create(run: NewImportRun): Promise<ImportRun> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO import_run (file_name, format, source_system, status, total, error_count, errors, created_by,
                               finished_at)
       VALUES ($1, $2, $3, $4, $5::int, $6::int, $7::jsonb, $8, CASE WHEN $4::text = 'rejected' THEN now() END)
       RETURNING id`,
      [
        run.fileName,
        run.format,
        run.system,
        run.errorCount > 0 ? 'rejected' : 'writing',
        run.total,
        run.errorCount,
        JSON.stringify(run.errors),
        run.createdBy,
      ],
    );
    const created = await this.get((rows[0] as { id: string }).id);
    if (!created) throw new Error('an import run vanished as it was created');
    return created;
  }

  async get(id: string): Promise<ImportRun | null> {
    const [row] = await this.dataSource.query<ImportRunRow[]>(
      `SELECT ${SUMMARY_COLUMNS}, r.errors ${FROM} WHERE r.id = $1`,
      [id],
    );
    return row ? toImportRun(row) : null;
  }

  async latest(): Promise<ImportRunSummary[]> {
    const rows = await this.dataSource.query<ImportRunRow[]>(
      `SELECT ${SUMMARY_COLUMNS} ${FROM} ORDER BY r.created_at DESC, r.id LIMIT ${LISTED}`,
    );
    return rows.map(toImportRunSummary);
  }

  async progress(id: string, written: number, skipped: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_run SET written = written + $2::int, skipped = skipped + $3::int, updated_at = now() WHERE id = $1`,
      [id, written, skipped],
    );
  }

  async finish(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_run SET status = 'done', updated_at = now(), finished_at = now() WHERE id = $1`,
      [id],
    );
  }

  async fail(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_run SET status = 'failed', error_count = 1, errors = $2::jsonb, updated_at = now(), finished_at = now()
        WHERE id = $1`,
      [id, JSON.stringify([{ line: 0, sourceId: null, reason } satisfies ImportError])],
    );
  }

  /** Runs whose writer is gone are marked failed, so nobody waits for them; importing the file again finishes them. */
  async failInterrupted(): Promise<void> {
    const reason = 'the API stopped while writing; import the file again to write the rest';
    await this.dataSource.query(
      `UPDATE import_run SET status = 'failed', error_count = 1, errors = $1::jsonb, finished_at = now()
        WHERE status = 'writing' AND updated_at < now() - ${INTERRUPTED_AFTER}`,
      [JSON.stringify([{ line: 0, sourceId: null, reason } satisfies ImportError])],
    );
  }
}
