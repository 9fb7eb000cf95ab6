import { toCsv } from './report-csv';

describe('toCsv', () => {
  it('writes CRLF lines, quotes what needs quoting, trims floating-point noise and leaves nulls empty', () => {
    expect(
      toCsv(
        ['team', 'minutes', 'share'],
        [
          ['Leads, "L2"', 22.5, 1 / 3],
          ['Desk', 30, null],
        ],
      ),
    ).toBe('team,minutes,share\r\n"Leads, ""L2""",22.5,0.333333\r\nDesk,30,\r\n');
  });
});
