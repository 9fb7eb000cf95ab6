import type { ProcedureVersionSummary, TimeBasis } from '@ladder/contracts';

export type ImpactMode = 'versions' | 'periods';

/** What the page compares, as the URL keeps it: two versions or two periods, and the clock time is counted on. */
export interface ImpactQuery {
  mode: ImpactMode;
  /** Version ids; null when there is no version to default to. */
  a: string | null;
  b: string | null;
  aFrom: string;
  aTo: string;
  bFrom: string;
  bTo: string;
  timeBasis: TimeBasis;
}

/** The days a default period covers: the last 90, against the 90 before them. */
export const DEFAULT_PERIOD_DAYS = 90;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The versions the page picks from: the published and retired ones, and which of them are published now. */
export interface ImpactVersions {
  choices: readonly ProcedureVersionSummary[];
  published: readonly ProcedureVersionSummary[];
}

const newest = (versions: readonly ProcedureVersionSummary[]) =>
  versions.reduce<ProcedureVersionSummary | null>((best, v) => (best && best.version > v.version ? best : v), null);

/** The current published version (B) against the newest one before it (A); null where there is none. */
export function defaultVersions({ choices, published }: ImpactVersions): { a: string | null; b: string | null } {
  const current = newest(published);
  if (!current) return { a: null, b: null };
  return { a: newest(choices.filter((v) => v.version < current.version))?.id ?? null, b: current.id };
}

/** The last 90 days to `today` (B) against the 90 days before them (A). */
export function defaultPeriods(today: string): Pick<ImpactQuery, 'aFrom' | 'aTo' | 'bFrom' | 'bTo'> {
  const bFrom = addDays(today, 1 - DEFAULT_PERIOD_DAYS);
  return { aFrom: addDays(bFrom, -DEFAULT_PERIOD_DAYS), aTo: addDays(bFrom, -1), bFrom, bTo: today };
}

/** The query the URL holds, its gaps filled with the defaults; a date that is not one is replaced by its default. */
export function readImpactQuery(
  params: Readonly<Record<string, string | undefined>>,
  versions: ImpactVersions,
  today: string,
): ImpactQuery {
  const fallback = { ...defaultVersions(versions), ...defaultPeriods(today) };
  const date = (key: 'aFrom' | 'aTo' | 'bFrom' | 'bTo') => {
    const value = params[key];
    return value !== undefined && DATE.test(value) ? value : fallback[key];
  };
  return {
    mode: params['mode'] === 'periods' ? 'periods' : 'versions',
    a: params['a'] || fallback.a,
    b: params['b'] || fallback.b,
    aFrom: date('aFrom'),
    aTo: date('aTo'),
    bFrom: date('bFrom'),
    bTo: date('bTo'),
    timeBasis: params['timeBasis'] === 'business' ? 'business' : 'wall',
  };
}

/** What the API is asked; null when two versions are to be compared and there are not two to pick. */
export function comparisonParams(query: ImpactQuery): Record<string, string> | null {
  if (query.mode === 'periods') {
    const { aFrom, aTo, bFrom, bTo, timeBasis } = query;
    return { aFrom, aTo, bFrom, bTo, timeBasis };
  }
  return query.a && query.b ? { a: query.a, b: query.b, timeBasis: query.timeBasis } : null;
}

/** The URL's query parameters for a query: only what its mode reads, so a shared link says what it shows. */
export function urlParams(query: ImpactQuery): Record<string, string> {
  return { mode: query.mode, timeBasis: query.timeBasis, ...comparisonParams(query) };
}
