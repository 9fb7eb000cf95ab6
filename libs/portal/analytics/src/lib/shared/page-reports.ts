import { computed, inject } from '@angular/core';
import { AnalyticsApi, type ReportName } from './analytics.api';
import { ReportContext } from './report-context';
import { loadReport } from './report-load';

type Settings = () => Record<string, string>;
const noSettings: Settings = () => ({});

/**
 * A report page's report over the filters and, when a comparison is asked for, over the other period too: both with
 * the page's own settings (`groupBy`, `bucket` ...), the comparison with `comparedSettings` when they differ. Call in
 * an injection context.
 */
export function loadPageReports<K extends ReportName>(
  name: K,
  settings: Settings = noSettings,
  comparedSettings: Settings = settings,
) {
  const context = inject(ReportContext);
  const api = inject(AnalyticsApi);
  const fetch = (params: Record<string, string>) => api.report(name, params);
  const load = loadReport(() => ({ ...context.apiParams(), ...settings() }), fetch);
  const comparisonLoad = loadReport(() => {
    const params = context.comparisonParams();
    return params && { ...params, ...comparedSettings() };
  }, fetch);
  return { load, comparisonLoad, comparison: computed(() => comparisonLoad()?.report ?? null) };
}
