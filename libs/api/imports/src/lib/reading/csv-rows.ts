/** One CSV record: its cells, and the line it starts on (a quoted cell may hold line breaks). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export type CsvRead = CsvRow | { line: number; problem: string };

/**
 * RFC 4180: comma-separated, cells in double quotes may hold commas, line breaks and doubled quotes; CRLF or LF.
 * Empty lines are skipped. A quote left open is reported on the line where its row starts, and ends the file.
 */
export function* csvRows(text: string): Generator<CsvRead> {
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 ? text.length : newline;
    const start = line;
    const raw = text.slice(pos, end);
    if (!raw.includes('"')) {
      // The common case: no quotes, so no line breaks inside cells either.
      const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (content !== '') yield { line: start, cells: content.split(',') };
      pos = end + 1;
      line += 1;
      continue;
    }
    const quoted = quotedRow(text, pos);
    if (quoted === null) {
      yield { line: start, problem: 'a quoted cell is never closed' };
      return;
    }
    yield { line: start, cells: quoted.cells };
    line += quoted.lines;
    pos = quoted.next;
  }
}

/** Reads one row with quoted cells from `pos`; null when a quote is never closed. */
function quotedRow(text: string, pos: number): { cells: string[]; next: number; lines: number } | null {
  const cells: string[] = [];
  let cell = '';
  let lines = 1;
  let i = pos;
  for (;;) {
    if (text[i] === '"') {
      for (i += 1; ; i += 1) {
        if (i >= text.length) return null;
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] !== '"') break;
          cell += '"';
          i += 1;
        } else {
          if (c === '\n') lines += 1;
          cell += c;
        }
      }
      i += 1;
    }
    const stop = nextDelimiter(text, i);
    cell += text.slice(i, stop);
    i = stop;
    if (text[i] === ',') {
      cells.push(cell);
      cell = '';
      i += 1;
      continue;
    }
    cells.push(cell.endsWith('\r') ? cell.slice(0, -1) : cell);
    return { cells, next: i + 1, lines };
  }
}

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ',' || c === '\n') return i;
  }
  return text.length;
}
