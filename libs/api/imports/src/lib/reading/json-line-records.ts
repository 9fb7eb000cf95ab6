import type { SourceItem } from './source-record';

/** `events[2].at`: the path as it reads in JSON. */
export function jsonPathLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'record';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One escalation a line; blank lines are skipped (they still count in the line numbers). */
export function* jsonLineRecords(text: string): Generator<SourceItem> {
  let line = 0;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end).trim();
    start = end + 1;
    line += 1;
    if (content === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (error) {
      yield { line, sourceId: null, reason: `not valid JSON: ${(error as Error).message}` };
      continue;
    }
    yield { line, value, eventLines: null, label: jsonPathLabel };
  }
}
