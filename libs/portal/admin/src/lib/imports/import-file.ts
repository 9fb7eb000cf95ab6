import { ImportRunSchema, type ImportFormat, type ImportRun, type ImportRunSummary } from '@ladder/contracts';

/** What the file picker offers. */
export const IMPORT_FILE_TYPES = '.jsonl,.ndjson,.csv';

/** The format a file is sent as, from its name; null for any other kind of file. */
export function formatOf(fileName: string): ImportFormat | null {
  const extension = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1];
  if (extension === 'jsonl' || extension === 'ndjson') return 'jsonl';
  return extension === 'csv' ? 'csv' : null;
}

/** Escalations dealt with (written or skipped as imported before), in percent of the file. */
export function progressOf(run: ImportRunSummary): number {
  return run.total === 0 ? 100 : Math.floor((100 * (run.written + run.skipped)) / run.total);
}

/** The rejected run a 400 carries in its details (every bad row), or null for any other failure. */
export function rejectedRunOf(details: unknown): ImportRun | null {
  const parsed = ImportRunSchema.safeParse(details);
  return parsed.success && parsed.data.status === 'rejected' ? parsed.data : null;
}
