import { formatCell, toCsv, type DataTable, type TableColumn } from './data-table';

const table: DataTable = {
  caption: 'Time at level',
  columns: [
    { key: 'team', label: 'Team' },
    { key: 'hours', label: 'Hours, p90', numeric: true, decimals: 1 },
  ],
  rows: [
    { cells: { team: 'Network', hours: 12.25 } },
    { cells: { team: 'Ops, "night"', hours: null } },
    { cells: { team: '=HYPERLINK("x")', hours: -3 } },
  ],
};

describe('toCsv', () => {
  it('writes the labels, then each row with raw numbers, quoting where needed and defusing formulas', () => {
    expect(toCsv(table)).toBe(
      'Team,"Hours, p90"\r\nNetwork,12.25\r\n"Ops, ""night""",\r\n"\'=HYPERLINK(""x"")",-3\r\n',
    );
  });
});

describe('formatCell', () => {
  it('rounds numbers to the column decimals, shows a dash for no value, leaves text alone', () => {
    const [team, hours] = table.columns as [TableColumn, TableColumn];
    expect(formatCell(12.25, hours)).toBe('12.3');
    expect(formatCell(1234.5, { key: 'n', label: 'n', numeric: true })).toBe('1,234.5');
    expect(formatCell(null, hours)).toBe('–');
    expect(formatCell('Network', team)).toBe('Network');
  });
});
