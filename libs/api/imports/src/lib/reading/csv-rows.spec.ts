import { csvRows } from './csv-rows';

describe('csvRows', () => {
  it('splits plain rows, CRLF or LF, skipping empty lines', () => {
    expect([...csvRows('a,b,c\r\n\r\n1,,3\n')]).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 3, cells: ['1', '', '3'] },
    ]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, numbering rows by their first line', () => {
    const text = 'id,body\n1,"one, two"\n2,"say ""hi""\nthen go",x\n3,last';
    expect([...csvRows(text)]).toEqual([
      { line: 1, cells: ['id', 'body'] },
      { line: 2, cells: ['1', 'one, two'] },
      { line: 3, cells: ['2', 'say "hi"\nthen go', 'x'] },
      { line: 5, cells: ['3', 'last'] },
    ]);
  });

  it('reports a quote left open on the line its row starts, and stops there', () => {
    expect([...csvRows('a,b\n1,"never closed\n2,x\n')]).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, problem: 'a quoted cell is never closed' },
    ]);
  });
});
