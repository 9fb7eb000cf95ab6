import type { ProcedureDriftFinding } from '@ladder/contracts';
import { driftFindingText } from '@ladder/domain';
import type { Reminder } from './procedure-reminders';

interface VersionFacts {
  id: string;
  version: number;
  name: string;
}

type Recipients = Pick<Reminder, 'step' | 'userIds' | 'at'>;

/** A UTC date as people read it in a reminder, e.g. "2 March 2026". */
function dayText(at: Date): string {
  return at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

const link = (version: VersionFacts) => `/procedure/${version.id}`;

export function acknowledgementReminder(version: VersionFacts & { publishedAt: Date }, to: Recipients): Reminder {
  return {
    ...to,
    versionId: version.id,
    kind: 'acknowledgement',
    subject: `Please acknowledge procedure v${version.version}`,
    body: `Procedure v${version.version} "${version.name}" was published on ${dayText(version.publishedAt)}. Read it and confirm with "Read and understood".`,
    link: link(version),
  };
}

/** `leadDays` 0: the review is due now (or overdue); otherwise due in that many days. */
export function reviewReminder(
  version: VersionFacts & { reviewDueAt: Date },
  leadDays: number,
  to: Recipients,
): Reminder {
  const when = leadDays === 0 ? 'is due' : `is due in ${leadDays} days`;
  return {
    ...to,
    versionId: version.id,
    kind: 'review',
    subject: `Review of procedure v${version.version} ${when}`,
    body: `Procedure v${version.version} "${version.name}" is due for review on ${dayText(version.reviewDueAt)}.`,
    link: link(version),
  };
}

export function driftReminder(
  version: VersionFacts & { reviewDueAt: Date },
  findings: readonly ProcedureDriftFinding[],
  to: Recipients,
): Reminder {
  return {
    ...to,
    versionId: version.id,
    kind: 'drift',
    subject: `Procedure v${version.version} flagged for early review`,
    body: [
      `Procedure v${version.version} "${version.name}" got worse than in its first weeks:`,
      ...findings.map((finding) => `- ${driftFindingText(finding)}`),
      `Its review is now due on ${dayText(version.reviewDueAt)}.`,
    ].join('\n'),
    link: link(version),
  };
}
