import type { Role } from '@ladder/contracts';

/**
 * Who reads every report, the review pack and the drill-down behind the figures (its route and its API). Agents read
 * Time at level only, without the drill-down.
 */
export const REPORT_READERS: readonly Role[] = ['manager', 'process_owner', 'admin'];

export const readsEveryReport = (role: Role | null) => role !== null && REPORT_READERS.includes(role);
