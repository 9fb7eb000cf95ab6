import { reviewReminderDue } from './procedure-lifecycle';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Staff who have not acknowledged a published version are reminded this long after publishing, then every week. */
export interface AcknowledgementReminderSchedule {
  firstAfterDays: number;
  everyDays: number;
}

export const ACKNOWLEDGEMENT_REMINDERS: AcknowledgementReminderSchedule = { firstAfterDays: 3, everyDays: 7 };

/**
 * Which acknowledgement reminder is due at `now`: 0 from `firstAfterDays` after publishing, 1 from `everyDays` after
 * that, and so on; null before the first. Each step is sent once, so a person gets at most one reminder a week.
 */
export function acknowledgementReminderStep(
  publishedAt: Date,
  now: Date,
  schedule: AcknowledgementReminderSchedule = ACKNOWLEDGEMENT_REMINDERS,
): number | null {
  const sinceFirst = now.getTime() - publishedAt.getTime() - schedule.firstAfterDays * DAY_MS;
  if (sinceFirst < 0) return null;
  return Math.floor(sinceFirst / (schedule.everyDays * DAY_MS));
}

/** Owners are reminded of a version's review this many days before it is due, in turn; 0 is the due date itself. */
export const REVIEW_REMINDER_LEAD_DAYS: readonly number[] = [14, 3, 0];

/**
 * The review reminder due at `now`: the smallest lead (in days) whose reminder time has come, so a job that was
 * away sends only the latest one; null while none is due. Each lead is sent once per version.
 */
export function reviewReminderStep(
  now: Date,
  dueDate: Date,
  leadDays: readonly number[] = REVIEW_REMINDER_LEAD_DAYS,
): number | null {
  const due = leadDays.filter((lead) => reviewReminderDue(now, dueDate, lead));
  return due.length === 0 ? null : Math.min(...due);
}
