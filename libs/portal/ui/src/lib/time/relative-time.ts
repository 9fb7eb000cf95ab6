const MINUTE_MS = 60_000;

/** "45m", "2h 5m", "3d 4h": compact enough for a table cell. */
export function formatMinutes(minutes: number): string {
  const total = Math.floor(minutes);
  if (total < 1) return 'under 1m';
  if (total < 60) return `${total}m`;
  if (total < 1440) {
    const m = total % 60;
    return m === 0 ? `${Math.floor(total / 60)}h` : `${Math.floor(total / 60)}h ${m}m`;
  }
  const h = Math.floor((total % 1440) / 60);
  const d = Math.floor(total / 1440);
  return h === 0 ? `${d}d` : `${d}d ${h}h`;
}

export interface DueDescription {
  text: string;
  overdue: boolean;
}

export function describeDue(dueAt: string, now: number): DueDescription {
  const diff = Date.parse(dueAt) - now;
  const span = formatMinutes(Math.abs(diff) / MINUTE_MS);
  return diff < 0 ? { text: `overdue by ${span}`, overdue: true } : { text: `due in ${span}`, overdue: false };
}
