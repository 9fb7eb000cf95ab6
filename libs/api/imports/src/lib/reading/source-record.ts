import type { ImportError, ImportFormat } from '@ladder/contracts';
import { csvRecords } from './csv-records';
import { jsonLineRecords } from './json-line-records';
import type { Upload } from './upload';

/** A record as read from the file, not yet checked: what the schema and the workflow rules look at. */
export interface SourceRecord {
  /** The line of the record (JSON lines), or of its `created` row (CSV). */
  line: number;
  value: unknown;
  /** The line of each event; null when they all sit on `line`. */
  eventLines: readonly number[] | null;
  /** How the file names a field of the record, for the reasons in the report. */
  label: (path: readonly PropertyKey[]) => string;
}

/** What reading yields: a record, or a reason it could not be read. */
export type SourceItem = SourceRecord | ImportError;

export function isUnreadable(item: SourceItem): item is ImportError {
  return 'reason' in item;
}

const READERS: Readonly<Record<ImportFormat, (text: string) => Iterable<SourceItem>>> = {
  jsonl: jsonLineRecords,
  csv: csvRecords,
};

/** The records of an uploaded file, in file order; reading twice gives the same records. */
export function sourceItems(upload: Upload): Iterable<SourceItem> {
  return READERS[upload.format](upload.text);
}

/** The record's own id when it has one to show in the report. */
export function sourceIdOf(value: unknown): string | null {
  const id = typeof value === 'object' && value !== null ? (value as { sourceId?: unknown }).sourceId : undefined;
  return typeof id === 'string' ? id : null;
}
