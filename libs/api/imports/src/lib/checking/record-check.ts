import { ImportRecordSchema, type ImportError, type ImportRecord } from '@ladder/contracts';
import type { SourceRecord } from '../reading/source-record';
import { sourceIdOf } from '../reading/source-record';
import { walkHistory, type WalkedHistory } from './history-walk';
import type { ImportContext } from './import-context';

/** A record that passed every check, with its events as they will be written. */
export interface CheckedHistory extends WalkedHistory {
  line: number;
  record: ImportRecord;
}

/** The record checked against the schema, then against the workflow; every problem placed on its line. */
export function checkRecord(source: SourceRecord, ctx: ImportContext): CheckedHistory | ImportError[] {
  const parsed = ImportRecordSchema.safeParse(source.value);
  const sourceId = sourceIdOf(source.value);
  const errorAt = (event: number | null, path: readonly PropertyKey[], reason: string): ImportError => ({
    line: event === null ? source.line : (source.eventLines?.[event] ?? source.line),
    sourceId,
    reason: `${source.label(path)}: ${reason}`,
  });
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const [first, second] = issue.path;
      return errorAt(first === 'events' && typeof second === 'number' ? second : null, issue.path, issue.message);
    });
  }
  const walked = walkHistory(parsed.data, ctx);
  if ('reason' in walked) {
    const path = walked.event === null ? walked.path : ['events', walked.event, ...walked.path];
    return [errorAt(walked.event, path, walked.reason)];
  }
  return { ...walked, line: source.line, record: parsed.data };
}
