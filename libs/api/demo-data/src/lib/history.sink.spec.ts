import { copyText } from './history.sink';
import type { TableSpec } from './history.tables';

describe('copyText', () => {
  const table: TableSpec = {
    name: 't',
    columns: [
      ['a', 'text'],
      ['b', 'jsonb'],
      ['n', 'integer'],
    ],
  };

  it('writes tab-separated rows with \\N for null and escapes the characters COPY treats specially', () => {
    expect(
      copyText(table, [
        ['a', null, '7'],
        ['back\\slash', 'line\nbreak\r', '8'],
        ['tab\there', '{}', null],
      ]),
    ).toBe('a\t\\N\t7\nback\\\\slash\tline\\nbreak\\r\t8\ntab\\there\t{}\t\\N\n');
  });
});
