import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { AnalyticsApi } from './analytics.api';
import { queryRecord } from './page-settings';
import { firstReportRequest } from './report-page-requests';

/**
 * A report page's resolver that asks for the page's first report as soon as its route is known, so the answer comes
 * while the shell, the filter bar and the page are being drawn rather than after. Resolves at once; the page's own
 * first request then takes this answer instead of asking again.
 */
export const prefetchPageReport: ResolveFn<true> = (route) => {
  const request = firstReportRequest(route.routeConfig?.path ?? '', queryRecord(route.queryParamMap), new Date());
  if (request) inject(AnalyticsApi).prefetch(request);
  return true;
};
