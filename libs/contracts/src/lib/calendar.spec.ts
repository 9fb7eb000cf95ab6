import { CalendarSchema } from './calendar';

const officeHours = {
  kind: 'business-hours',
  timeZone: 'Europe/Berlin',
  hours: {
    mon: [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ],
    sat: [['00:00', '24:00']],
  },
  holidays: ['2026-12-25'],
};

function issues(input: unknown) {
  return CalendarSchema.safeParse(input).error?.issues.map(({ path, message }) => ({ path, message }));
}

describe('CalendarSchema', () => {
  it('accepts 24x7 and business hours with touching intervals, a missing day and a full day', () => {
    expect(CalendarSchema.parse({ kind: '24x7' })).toEqual({ kind: '24x7' });
    expect(CalendarSchema.parse(officeHours)).toEqual(officeHours);
    const touching = {
      ...officeHours,
      hours: {
        tue: [
          ['09:00', '12:00'],
          ['12:00', '13:00'],
        ],
      },
    };
    expect(CalendarSchema.safeParse(touching).success).toBe(true);
  });

  it('refuses overlapping and out-of-order intervals, naming the day and the interval', () => {
    expect(
      issues({
        ...officeHours,
        hours: {
          wed: [
            ['09:00', '12:30'],
            ['12:00', '17:00'],
          ],
        },
      }),
    ).toEqual([
      {
        path: ['hours', 'wed', 1],
        message:
          '12:00-17:00 starts before 09:00-12:30 ends: intervals must be in ascending order and must not overlap',
      },
    ]);
    expect(
      issues({
        ...officeHours,
        hours: {
          wed: [
            ['13:00', '17:00'],
            ['09:00', '12:00'],
          ],
        },
      })?.[0]?.path,
    ).toEqual(['hours', 'wed', 1]);
  });

  it('refuses an interval that ends at or before its start and malformed times', () => {
    expect(issues({ ...officeHours, hours: { thu: [['17:00', '17:00']] } })).toEqual([
      { path: ['hours', 'thu', 0], message: 'interval must end after it starts' },
    ]);
    expect(issues({ ...officeHours, hours: { thu: [['18:00', '09:00']] } })?.[0]?.message).toBe(
      'interval must end after it starts',
    );
    expect(issues({ ...officeHours, hours: { thu: [['9:00', '17:00']] } })?.[0]?.path).toEqual(['hours', 'thu', 0, 0]);
    expect(issues({ ...officeHours, hours: { thu: [['09:00', '24:30']] } })?.[0]?.path).toEqual(['hours', 'thu', 0, 1]);
  });

  it('refuses an unknown time zone, a week without working time and a malformed holiday', () => {
    expect(issues({ ...officeHours, timeZone: 'Europe/Atlantis' })).toEqual([
      { path: ['timeZone'], message: 'unknown IANA time zone "Europe/Atlantis"' },
    ]);
    expect(issues({ ...officeHours, hours: { sun: [] } })).toEqual([
      { path: ['hours'], message: 'a calendar needs at least one working interval in the week' },
    ]);
    expect(issues({ ...officeHours, holidays: ['2026-02-30'] })?.[0]?.path).toEqual(['holidays', 0]);
  });
});
