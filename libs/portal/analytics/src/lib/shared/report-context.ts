import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { CellLink } from '@ladder/portal/ui';
import { map } from 'rxjs';
import {
  comparisonFromParam,
  comparisonRange,
  filterParams,
  filtersFromParams,
  type DateRange,
  type ReportFilters,
} from '../filters/report-filters';

export const DRILL_DOWN_PATH = '/reports/drill-down';

/** What a chart element counts, for the drill-down: its basis and the cell's own narrowing (level, team, kind ...). */
export type DrillTarget = { basis: string } & Record<string, string | number>;

/**
 * The state every report page shares, all of it in the URL so a report can be bookmarked and sent: the filters, the
 * comparison period and each report's own settings (`groupBy`, `bucket` ...). Provided once by the reports layout.
 */
@Injectable()
export class ReportContext {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  readonly params = toSignal(
    this.route.queryParamMap.pipe(
      map((paramMap) => Object.fromEntries(paramMap.keys.map((key) => [key, paramMap.get(key) ?? undefined]))),
    ),
    { requireSync: true },
  );
  readonly filters = computed<ReportFilters>(() => filtersFromParams(this.params(), new Date()), { equal: sameJson });
  readonly apiParams = computed(() => filterParams(this.filters()));
  readonly comparison = computed(() => comparisonFromParam(this.params()['compare']));
  /** The period compared with, when a comparison is asked for. */
  readonly comparisonRange = computed<DateRange | null>(() => {
    const comparison = this.comparison();
    return comparison ? comparisonRange(this.filters(), comparison) : null;
  });
  /** The comparison's API parameters: the same filters over the other period. */
  readonly comparisonParams = computed(() => {
    const range = this.comparisonRange();
    return range ? { ...this.apiParams(), ...range } : null;
  });
  /** Charts move only for those who have not asked their system for less motion (and never in print). */
  readonly animate = !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  /** A report's own setting from the URL, or its default. */
  setting<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.params()[name];
    return allowed.find((a) => a === value) ?? fallback;
  }

  /** Merges parameters into the URL (null removes one); the reports follow. */
  update(params: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge' });
  }

  /** The drill-down list behind a chart element, over the current filters or another period. */
  drillLink(target: DrillTarget, range?: DateRange): CellLink {
    const queryParams: Record<string, string> = { ...this.apiParams(), ...range };
    for (const [key, value] of Object.entries(target)) queryParams[key] = String(value);
    return { path: DRILL_DOWN_PATH, queryParams };
  }

  openDrill(target: DrillTarget, range?: DateRange): void {
    const link = this.drillLink(target, range);
    void this.router.navigate([link.path], { queryParams: link.queryParams });
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
