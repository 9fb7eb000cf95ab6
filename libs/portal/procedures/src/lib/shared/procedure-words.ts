import type {
  Contact,
  ProcedureStatus,
  ProcedureVersionSummary,
  ReachOut,
  RuleAction,
  RuleCondition,
} from '@ladder/contracts';
import { formatMinutes } from '@ladder/portal/ui';

export const STATUS_LABELS: Readonly<Record<ProcedureStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
  retired: 'Retired',
  discarded: 'Discarded',
};

/** "v3 · Faster L2 hand-offs". */
export function versionLabel(version: Pick<ProcedureVersionSummary, 'version' | 'name'>): string {
  return `v${version.version} · ${version.name}`;
}

const either = (values: readonly (string | number)[]) => values.join(' or ');

/** A trigger rule's condition as one phrase: "severity S1 or S2, at L1, 30m at the level". */
export function describeCondition(when: RuleCondition): string {
  const parts = [
    when.severity && `severity ${either(when.severity)}`,
    when.category && `category ${either(when.category)}`,
    when.affectedService && `service ${either(when.affectedService)}`,
    when.level && `at ${either(when.level.map((l) => `L${l}`))}`,
    when.minutesAtLevel !== undefined && `${formatMinutes(when.minutesAtLevel)} at the level`,
    when.unacknowledgedMinutes !== undefined && `unacknowledged for ${formatMinutes(when.unacknowledgedMinutes)}`,
    when.reassignmentsAtLeast !== undefined && `reassigned at least ${when.reassignmentsAtLeast} times`,
    when.reopened && 'reopened',
    when.updateOverdue && 'stakeholder update overdue',
    when.alertsForService &&
      `more than ${when.alertsForService.moreThan} alerts for the service within ` +
        formatMinutes(when.alertsForService.withinMinutes),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length ? parts.join(', ') : 'always';
}

/** A trigger rule's action: "escalate to L3", "raise severity to S1", "notify Duty manager of L2". */
export function describeAction(then: RuleAction): string {
  switch (then.action) {
    case 'escalate':
      return `escalate to L${then.toLevel}`;
    case 'raise-severity':
      return `raise severity to ${then.to}`;
    case 'notify':
      return then.level === undefined ? `notify ${then.contact}` : `notify ${then.contact} of L${then.level}`;
  }
}

/** When Ladder reaches out by itself: "Ladder notifies them for S1, S2 after 10m unacknowledged". */
export function describeReachOut(notify: ReachOut | undefined): string {
  if (!notify) return 'Not notified by Ladder';
  const parts = [
    notify.severities && `for ${notify.severities.join(', ')}`,
    notify.afterUnacknowledgedMinutes !== undefined &&
      `after ${formatMinutes(notify.afterUnacknowledgedMinutes)} unacknowledged`,
  ].filter((part): part is string => typeof part === 'string');
  return ['Ladder notifies them', ...parts].join(' ');
}

/** "Jane Doe (Duty manager), email jane@example.com". */
export function describeContact(contact: Contact): string {
  return `${contact.name} (${contact.role}), ${contact.channel} ${contact.address}`;
}
