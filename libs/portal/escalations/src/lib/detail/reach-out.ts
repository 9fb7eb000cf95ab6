import type { ReachOut } from '@ladder/contracts';
import { formatMinutes } from '@ladder/portal/ui';

/** When Ladder itself notifies a contact, in words; null when only people reach out to them. */
export function describeReachOut(notify: ReachOut | undefined): string | null {
  if (!notify) return null;
  const conditions: string[] = [];
  if (notify.severities) conditions.push(`for ${notify.severities.join(', ')}`);
  if (notify.afterUnacknowledgedMinutes !== undefined) {
    conditions.push(`after ${formatMinutes(notify.afterUnacknowledgedMinutes)} unacknowledged`);
  }
  return `Ladder notifies them automatically${conditions.length ? ` ${conditions.join(', ')}` : ''}.`;
}
