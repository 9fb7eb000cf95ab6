import { IMPORT_CSV_COLUMNS, type ImportCsvColumn } from '@ladder/contracts';
import { csvRows, type CsvRow } from './csv-rows';
import type { SourceItem, SourceRecord } from './source-record';

const REQUIRED = IMPORT_CSV_COLUMNS.filter((c) => 'required' in c).map((c) => c.column);

/** The column each field of a record is read from. */
const COLUMN_OF: ReadonlyMap<string, ImportCsvColumn> = new Map(
  IMPORT_CSV_COLUMNS.flatMap(({ column, fields }) => fields.map((field) => [field, column] as const)),
);

/** Reasons name the CSV column: `column "timestamp"`. */
export function csvColumnLabel(path: readonly PropertyKey[]): string {
  const field = path[0] === 'events' ? path[2] : path[0];
  if (field === undefined) return path[0] === 'events' ? 'rows' : 'ticket';
  const name = String(field);
  return `column "${COLUMN_OF.get(name) ?? name}"`;
}

type Cells = (column: ImportCsvColumn) => string | undefined;

interface Ticket {
  record: SourceRecord & { value: Record<string, unknown> & { events: Record<string, unknown>[] } };
  eventLines: number[];
}

/**
 * An audit export, one row per event, as records: rows are grouped by ticket id (tickets may interleave), the
 * ticket's fields come from its `created` row, each later row is one event. Yields the tickets in the order their
 * `created` rows appear, after every row-level problem.
 */
export function* csvRecords(text: string): Generator<SourceItem> {
  const rows = csvRows(text);
  const header = rows.next();
  if (header.done) {
    yield { line: 1, sourceId: null, reason: 'the file is empty' };
    return;
  }
  if ('problem' in header.value) {
    yield { line: header.value.line, sourceId: null, reason: header.value.problem };
    return;
  }
  const index = new Map(header.value.cells.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length) {
    yield { line: 1, sourceId: null, reason: `the header lacks the column(s) ${missing.join(', ')}` };
    return;
  }
  const tickets = new Map<string, Ticket>();
  for (const row of rows) {
    if ('problem' in row) {
      yield { line: row.line, sourceId: null, reason: row.problem };
      continue;
    }
    const problem = addRow(tickets, row, cellsOf(row, index));
    if (problem) yield problem;
  }
  for (const { record, eventLines } of tickets.values()) yield { ...record, eventLines };
}

function cellsOf(row: CsvRow, index: ReadonlyMap<string, number>): Cells {
  return (column) => {
    const i = index.get(column);
    const value = i === undefined ? undefined : row.cells[i]?.trim();
    return value === '' ? undefined : value;
  };
}

function addRow(tickets: Map<string, Ticket>, row: CsvRow, cell: Cells): SourceItem | null {
  const id = cell('ticket_id');
  if (id === undefined) return { line: row.line, sourceId: null, reason: 'column "ticket_id" is empty' };
  const ticket = tickets.get(id);
  if (cell('event') === 'created') {
    if (!ticket) {
      tickets.set(id, { record: createdRecord(row.line, id, cell), eventLines: [] });
      return null;
    }
    return {
      line: row.line,
      sourceId: id,
      reason: `ticket ${id} has a second created row (the first is on line ${ticket.record.line})`,
    };
  }
  if (!ticket) return { line: row.line, sourceId: id, reason: `ticket ${id} needs its created row before its events` };
  ticket.record.value.events.push(eventOf(cell));
  ticket.eventLines.push(row.line);
  return null;
}

function createdRecord(line: number, sourceId: string, cell: Cells): Ticket['record'] {
  const value = defined({
    sourceId,
    title: cell('title'),
    description: cell('description'),
    category: cell('category'),
    affectedService: cell('service'),
    impact: cell('impact'),
    urgency: cell('urgency'),
    severity: cell('severity'),
    channel: cell('channel'),
    level: integer(cell('level')),
    team: cell('team'),
    stakeholders: stakeholders(cell('stakeholders')),
    createdAt: cell('timestamp'),
    createdBy: cell('actor'),
  });
  return { line, value: { ...value, events: [] }, eventLines: null, label: csvColumnLabel };
}

/** Only the columns the row's event uses: exports repeat the ticket's fields on every row. */
function eventOf(cell: Cells): Record<string, unknown> {
  const type = cell('event');
  const moves = type === 'escalate' || type === 'de-escalate';
  return defined({
    type,
    at: cell('timestamp'),
    actor: cell('actor'),
    body: cell('body'),
    toLevel: moves ? integer(cell('to_level')) : undefined,
    team: moves ? cell('team') : undefined,
    assignee: type === 'assign' ? (cell('assignee') ?? null) : undefined,
  });
}

/** A whole number as a number; anything else as written, for the schema to report. */
function integer(text: string | undefined): number | string | undefined {
  return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : text;
}

/** `Kim Lee <kim@example.com>; Sam <sam@example.com>`; a part that is not `Name <email>` is kept for the schema. */
function stakeholders(text: string | undefined): unknown[] | undefined {
  if (text === undefined) return undefined;
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^(.*?)\s*<([^>]*)>$/.exec(part);
      return match ? { name: match[1], email: match[2] } : part;
    });
}

function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
