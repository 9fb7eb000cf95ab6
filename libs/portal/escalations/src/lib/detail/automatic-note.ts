import { ClockKindSchema, type TimelineEvent } from '@ladder/contracts';
import { CLOCK_LABEL } from './sla-clock-view';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Why Ladder acted on its own, from the event's reason and details; null for what people did. */
export function automaticNote(event: Pick<TimelineEvent, 'reason' | 'channel' | 'details'>): string | null {
  if (event.reason === null && event.channel !== 'system') return null;
  const details = event.details ?? {};
  const parts: string[] = [];
  if (event.reason === 'timer') parts.push('a deadline passed');
  const rule = text(details['ruleName']) ?? text(details['ruleId']);
  if (event.reason === 'rule' || rule) parts.push(rule ? `rule “${rule}”` : 'a trigger rule');
  const clock = ClockKindSchema.safeParse(details['clock']);
  if (clock.success) parts.push(`${CLOCK_LABEL[clock.data]} clock`);
  return parts.length ? `By Ladder: ${parts.join(' · ')}` : 'By Ladder';
}
