import { BREACH_BUCKETS, TIME_AT_LEVEL_GROUPS } from '@ladder/contracts/values';
import { filterParams, filtersFromParams } from '../filters/report-filters';
import { browserTimeZone, timeZoneFrom } from '../load/time-zones';
import type { ReportName } from './analytics.api';
import { settingFrom, type QueryParams } from './page-settings';

/** How many (level, team) pairs the bottleneck ranking keeps. */
export const BOTTLENECK_LIMITS = ['10', '20', '50'] as const;

export const groupByFrom = (query: QueryParams) => settingFrom(query, 'groupBy', TIME_AT_LEVEL_GROUPS, 'team');
export const limitFrom = (query: QueryParams) => settingFrom(query, 'limit', BOTTLENECK_LIMITS, '10');
export const bucketFrom = (query: QueryParams) => settingFrom(query, 'bucket', BREACH_BUCKETS, 'week');

/** One report request: the report and its query parameters. */
export interface ReportRequest {
  name: ReportName;
  params: Record<string, string>;
}

interface PageRequest {
  report: ReportName;
  settings: (query: QueryParams) => Record<string, string>;
}

/** Each page's own parameters in its report requests, read from its URL: one function for its route and itself. */
export const timeAtLevelSettings = (query: QueryParams) => ({ groupBy: groupByFrom(query) });
export const bottlenecksSettings = (query: QueryParams) => ({ limit: limitFrom(query) });
export const slaBreachesSettings = (query: QueryParams) => ({ bucket: bucketFrom(query) });
export const loadSettings = (query: QueryParams) => ({ timeZone: timeZoneFrom(query['timeZone'], browserTimeZone()) });
const filtersOnly = () => ({});

/** Each report page (its path under /reports) and the report it draws first. */
const FIRST_REQUESTS: Readonly<Record<string, PageRequest>> = {
  overview: { report: 'overview', settings: filtersOnly },
  'time-at-level': { report: 'time-at-level', settings: timeAtLevelSettings },
  bottlenecks: { report: 'bottlenecks', settings: bottlenecksSettings },
  'sla-breaches': { report: 'sla-breaches', settings: slaBreachesSettings },
  flow: { report: 'flow', settings: filtersOnly },
  load: { report: 'load', settings: loadSettings },
  'time-to-resolution': { report: 'survival', settings: filtersOnly },
};

/**
 * The first request the report page at `page` sends for a URL's query: the shared filters and the page's own
 * settings. Null for a page that draws no report of its own first (the drill-down, the surveys).
 */
export function firstReportRequest(page: string, query: QueryParams, now: Date): ReportRequest | null {
  const request = Object.hasOwn(FIRST_REQUESTS, page) ? FIRST_REQUESTS[page] : undefined;
  if (!request) return null;
  return {
    name: request.report,
    params: { ...filterParams(filtersFromParams(query, now)), ...request.settings(query) },
  };
}

/** The same report with the same parameters, in any order, gives the same key. */
export const reportRequestKey = ({ name, params }: ReportRequest) =>
  JSON.stringify([name, Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))]);
