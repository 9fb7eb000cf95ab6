export type CellValue = string | number | null;

/** Where a cell leads: the escalations behind its number, or an escalation. */
export interface CellLink {
  path: string;
  queryParams?: Record<string, string>;
}

export interface TableColumn {
  key: string;
  label: string;
  /** Right-aligned, shown with at most `decimals` decimals (default 2); the CSV keeps the value as it is. */
  numeric?: boolean;
  decimals?: number;
}

export interface TableRow {
  cells: Record<string, CellValue>;
  links?: Record<string, CellLink>;
}

/** The figures behind a chart: shown as its table view and downloaded as its CSV, so all three agree. */
export interface DataTable {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
}

export function formatCell(value: CellValue, column: TableColumn): string {
  if (value === null) return '–';
  if (typeof value === 'string' || !column.numeric) return String(value);
  return value.toLocaleString('en', { maximumFractionDigits: column.decimals ?? 2 });
}

// A spreadsheet runs a text cell that starts like a formula; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of the table: a header of column labels, then one line per row, CRLF line ends. */
export function toCsv(table: DataTable): string {
  const lines = [
    table.columns.map((c) => csvField(c.label)),
    ...table.rows.map((row) => table.columns.map((c) => csvField(row.cells[c.key] ?? null))),
  ];
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}
