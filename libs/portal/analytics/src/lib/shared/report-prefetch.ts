import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { filterParams, filtersFromParams } from '../filters/report-filters';
import { AnalyticsApi, type ReportName } from './analytics.api';
import { noPageSettings, queryRecord, type PageSettings } from './page-settings';

/**
 * A report route's resolver that asks for the page's report as soon as the route is known, so the answer comes while
 * the shell, the filter bar and the page are being drawn rather than after. Resolves at once; the page's own first
 * request (the same filters and `settings`) then takes this answer instead of asking again.
 */
export function prefetchReport(name: ReportName, settings: PageSettings = noPageSettings): ResolveFn<true> {
  return (route) => {
    const query = queryRecord(route.queryParamMap);
    inject(AnalyticsApi).prefetch(name, { ...filterParams(filtersFromParams(query, new Date())), ...settings(query) });
    return true;
  };
}
