import type { ImportError, ImportFormat, ImportRun, ImportRunStatus, ImportRunSummary } from '@ladder/contracts';

/** An import_run row with its creator's name. */
export interface ImportRunRow {
  id: string;
  file_name: string;
  format: ImportFormat;
  source_system: string;
  status: ImportRunStatus;
  total: number;
  written: number;
  skipped: number;
  error_count: number;
  errors?: ImportError[];
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

export function toImportRunSummary(row: ImportRunRow): ImportRunSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    format: row.format,
    system: row.source_system,
    status: row.status,
    total: row.total,
    written: row.written,
    skipped: row.skipped,
    errorCount: row.error_count,
    createdByName: row.created_by_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
  };
}

export function toImportRun(row: ImportRunRow): ImportRun {
  return { ...toImportRunSummary(row), errors: row.errors ?? [] };
}
