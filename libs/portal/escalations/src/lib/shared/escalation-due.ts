import type { Escalation } from '@ladder/contracts';

export interface NextDue {
  label: 'Response' | 'Resolution';
  dueAt: string;
  /** The clock no longer runs (resolved or closed). */
  stopped: boolean;
}

/** The deadline that matters now: the response target until someone acknowledges, then resolution. */
export function nextDue(
  escalation: Pick<Escalation, 'status' | 'acknowledgedAt' | 'responseDueAt' | 'resolutionDueAt'>,
): NextDue {
  const stopped = escalation.status === 'resolved' || escalation.status === 'closed';
  if (!stopped && escalation.acknowledgedAt === null) {
    return { label: 'Response', dueAt: escalation.responseDueAt, stopped };
  }
  return { label: 'Resolution', dueAt: escalation.resolutionDueAt, stopped };
}

export function escalationNumber(number: number): string {
  return `ESC-${number}`;
}
