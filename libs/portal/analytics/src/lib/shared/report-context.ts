import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { SessionStore } from '@ladder/portal/core';
import type { DataTable } from '@ladder/portal/ui';
import { map } from 'rxjs';
import {
  comparisonFromParam,
  comparisonRange,
  filterParams,
  filtersFromParams,
  type DateRange,
  type ReportFilters,
} from '../filters/report-filters';
import { drillCellLink, withoutLinks, type Drill, type DrillLink } from './drill';
import { queryRecord, settingFrom } from './page-settings';
import { readsEveryReport } from './report-readers';

/**
 * The state every report page shares, all of it in the URL so a report can be bookmarked and sent: the filters, the
 * comparison period and each report's own settings (`groupBy`, `bucket` ...). Provided once by the reports layout.
 */
@Injectable()
export class ReportContext {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  readonly params = toSignal(this.route.queryParamMap.pipe(map(queryRecord)), { requireSync: true });
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
  /** Whether the reader may open the drill-down behind the figures (its route and API): agents may not. */
  readonly canDrill = computed(() => readsEveryReport(this.session.role()));
  /** The drill-down list behind a figure, over the current filters or the drill's own period (a mapper's `link`). */
  readonly drillLink: DrillLink = (drill) => drillCellLink(this.apiParams(), drill);

  /** A report's own setting from the URL, or its default. */
  setting<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    return settingFrom(this.params(), name, allowed, fallback);
  }

  /** Merges parameters into the URL (null removes one); the reports follow. */
  update(params: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams: params, queryParamsHandling: 'merge' });
  }

  /** A table's drill-down links for a reader who may follow them; the figures alone for one who may not. */
  drillableTable(table: DataTable): DataTable {
    return this.canDrill() ? table : withoutLinks(table);
  }

  /** Opens the drill-down list behind a clicked chart element, when the reader may; a click on nothing opens nothing. */
  openDrill(drill: Drill | null): void {
    if (!drill || !this.canDrill()) return;
    const link = this.drillLink(drill);
    void this.router.navigate([link.path], { queryParams: link.queryParams });
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
