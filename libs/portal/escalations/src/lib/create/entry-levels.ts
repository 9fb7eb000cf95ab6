import type { Level, Me } from '@ladder/contracts';
import { mayOpenAt } from '@ladder/domain';

/** The procedure levels a user may open an escalation at (the API answers 403 for others). */
export function entryLevels(me: Me | null, levels: readonly Level[]): Level[] {
  return me ? levels.filter((l) => mayOpenAt(me, l.level)) : levels.filter((l) => l.level === 1);
}
