import { setImmediate as nextTurn } from 'node:timers/promises';
import { IMPORT_ERRORS_LISTED, type ImportError } from '@ladder/contracts';
import { isUnreadable, type SourceItem } from '../reading/source-record';
import type { ImportContext } from './import-context';
import { checkRecord, type CheckedHistory } from './record-check';

/** The validation report of a whole file. */
export interface FileCheck {
  /** Records read (escalations in the file). */
  total: number;
  /** The first IMPORT_ERRORS_LISTED problems, by line. */
  errors: ImportError[];
  errorCount: number;
}

/** Records checked between two turns of the event loop, so a large file does not hold up other requests. */
const SLICE = 500;

/** Checks every record of the file, and that no id appears twice, without writing anything. */
export async function checkFile(items: Iterable<SourceItem>, ctx: ImportContext): Promise<FileCheck> {
  const errors: ImportError[] = [];
  let errorCount = 0;
  let total = 0;
  const report = (found: readonly ImportError[]) => {
    errorCount += found.length;
    if (errors.length < IMPORT_ERRORS_LISTED) errors.push(...found);
  };
  let checkedSoFar = 0;
  for (const checked of checkedItems(items, ctx)) {
    if (++checkedSoFar % SLICE === 0) await nextTurn();
    if ('reason' in checked) report([checked]);
    else {
      total += 1;
      if (Array.isArray(checked)) report(checked);
    }
  }
  if (total === 0 && errorCount === 0) report([{ line: 0, sourceId: null, reason: 'the file holds no escalations' }]);
  errors.sort((a, b) => a.line - b.line);
  return { total, errors: errors.slice(0, IMPORT_ERRORS_LISTED), errorCount };
}

/** The histories of a file that passed `checkFile`, in file order. */
export function* checkedHistories(items: Iterable<SourceItem>, ctx: ImportContext): Generator<CheckedHistory> {
  for (const checked of checkedItems(items, ctx)) {
    if ('reason' in checked || Array.isArray(checked)) throw new Error('the file changed after it was checked');
    yield checked;
  }
}

/** Each item checked: an unreadable one as it is, a record as its history or its problems (a repeated id too). */
function* checkedItems(
  items: Iterable<SourceItem>,
  ctx: ImportContext,
): Generator<ImportError | ImportError[] | CheckedHistory> {
  const seen = new Map<string, number>();
  for (const item of items) {
    if (isUnreadable(item)) {
      yield item;
      continue;
    }
    const checked = checkRecord(item, ctx);
    if (Array.isArray(checked)) {
      yield checked;
      continue;
    }
    const sourceId = checked.record.sourceId;
    const first = seen.get(sourceId);
    if (first !== undefined) {
      yield [{ line: checked.line, sourceId, reason: `${sourceId} appears again (first on line ${first})` }];
      continue;
    }
    seen.set(sourceId, checked.line);
    yield checked;
  }
}
