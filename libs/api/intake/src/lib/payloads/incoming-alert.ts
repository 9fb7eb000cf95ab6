import { createHash } from 'node:crypto';

/** One alert of any format, as the intake works with it. */
export interface IncomingAlert {
  /** Alerts with the same key are one problem: they add to one open escalation. */
  dedupKey: string;
  status: 'firing' | 'resolved';
  title: string;
  description: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  links: { title: string; url: string }[];
  /**
   * Identifies this notification of the alert: the same alert delivered again has the same occurrence (and changes
   * nothing); a new firing or a resolution has a new one.
   */
  occurrence: string;
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** A key for a label set that does not depend on the order its labels were written in. */
export function labelSetKey(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((name) => [name, labels[name]]);
  return sha256(JSON.stringify(sorted)).slice(0, 32);
}

/** Text for the escalation's description: what the alert says, then its labels. */
export function describeAlert(lead: string, labels: Record<string, string>): string {
  const labelLines = Object.entries(labels).map(([name, value]) => `- ${name}: ${value}`);
  return [lead.trim(), labelLines.length ? `Labels:\n${labelLines.join('\n')}` : '']
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 20000);
}
