import { isoTime } from './iso-time';

describe('isoTime', () => {
  it.each([
    '2026-11-26T00:00:00.000Z',
    '2026-02-28T23:59:59.999Z',
    '2024-02-29T12:05:09.070Z',
    '1999-12-31T23:00:01.500Z',
  ])('formats %s like toISOString', (iso) => {
    expect(isoTime(Date.parse(iso))).toBe(iso);
  });
});
