import { acknowledgementReminderStep, reviewReminderStep } from './procedure-reminders';

describe('acknowledgementReminderStep', () => {
  const published = new Date('2026-03-02T09:00:00.000Z');

  it('is not due before 3 days have passed', () => {
    expect(acknowledgementReminderStep(published, new Date('2026-03-05T08:59:59.999Z'))).toBeNull();
  });

  it('is step 0 from 3 days after publishing, step 1 a week later, step 2 the week after', () => {
    expect(acknowledgementReminderStep(published, new Date('2026-03-05T09:00:00.000Z'))).toBe(0);
    expect(acknowledgementReminderStep(published, new Date('2026-03-12T08:59:59.999Z'))).toBe(0);
    expect(acknowledgementReminderStep(published, new Date('2026-03-12T09:00:00.000Z'))).toBe(1);
    expect(acknowledgementReminderStep(published, new Date('2026-03-19T09:00:00.000Z'))).toBe(2);
  });

  it('follows a configured schedule', () => {
    const schedule = { firstAfterDays: 1, everyDays: 2 };
    expect(acknowledgementReminderStep(published, new Date('2026-03-08T09:00:00.000Z'), schedule)).toBe(2);
  });
});

describe('reviewReminderStep', () => {
  const due = new Date('2026-09-02T09:00:00.000Z');

  it('is null more than 14 days before the due date', () => {
    expect(reviewReminderStep(new Date('2026-08-19T08:59:59.999Z'), due)).toBeNull();
  });

  it('is 14 from two weeks before, 3 from three days before, 0 from the due date on', () => {
    expect(reviewReminderStep(new Date('2026-08-19T09:00:00.000Z'), due)).toBe(14);
    expect(reviewReminderStep(new Date('2026-08-30T08:59:59.999Z'), due)).toBe(14);
    expect(reviewReminderStep(new Date('2026-08-30T09:00:00.000Z'), due)).toBe(3);
    expect(reviewReminderStep(new Date('2026-09-02T09:00:00.000Z'), due)).toBe(0);
    expect(reviewReminderStep(new Date('2027-01-01T00:00:00.000Z'), due)).toBe(0);
  });

  it('takes only the latest step when several came at once', () => {
    expect(reviewReminderStep(new Date('2026-09-01T10:00:00.000Z'), due, [30, 7, 1])).toBe(1);
  });
});
