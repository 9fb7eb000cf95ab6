/** A label or annotation of an alert. */
export interface NamedValue {
  name: string;
  value: string;
}

/** The labels that tell most about an alert, in this order; the others follow by name. */
const TELLING = ['alertname', 'severity', 'instance', 'service'];

const rank = (name: string) => {
  const index = TELLING.indexOf(name);
  return index === -1 ? TELLING.length : index;
};

export function orderedLabels(labels: Readonly<Record<string, string>>): NamedValue[] {
  return Object.entries(labels)
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

/** How many labels a queue row shows. */
export const SHOWN_LABELS = 4;

/** The most telling labels to show, and the rest for a tooltip. */
export function tellingLabels(
  labels: Readonly<Record<string, string>>,
  max = SHOWN_LABELS,
): { shown: NamedValue[]; rest: NamedValue[] } {
  const ordered = orderedLabels(labels);
  return { shown: ordered.slice(0, max), rest: ordered.slice(max) };
}

/** "name=value", as monitoring writes a label. */
export const labelText = ({ name, value }: NamedValue) => `${name}=${value}`;
