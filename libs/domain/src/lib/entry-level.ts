import type { Role } from '@ladder/contracts';

/** Anyone who may create opens at level 1; higher only managers, admins and agents who work that level. */
export function mayOpenAt(user: { role: Role; levels: readonly number[] }, level: number): boolean {
  return (
    level === 1 ||
    user.role === 'admin' ||
    user.role === 'manager' ||
    (user.role === 'agent' && user.levels.includes(level))
  );
}
