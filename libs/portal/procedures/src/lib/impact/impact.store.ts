import { computed, inject, Injectable } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { ProcedureComparisonReport } from '@ladder/contracts';
import { initialListState, listLoads, Notifier } from '@ladder/portal/core';
import { catchError, distinctUntilChanged, filter, forkJoin, map, of, type Observable } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';
import { ImpactApi } from './impact.api';
import { comparisonParams, readImpactQuery, urlParams, type ImpactQuery, type ImpactVersions } from './impact-query';

type Params = Record<string, string> | null;
const sameParams = (x: Params, y: Params) => JSON.stringify(x) === JSON.stringify(y);

/** The comparison the URL asks for, the versions to pick from, and the report, asked again when the URL changes. */
@Injectable()
export class ImpactStore {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly api = inject(ImpactApi);
  private readonly notifier = inject(Notifier);
  private readonly today = new Date().toISOString().slice(0, 10);

  private readonly params = toSignal(
    this.route.queryParamMap.pipe(map((p) => Object.fromEntries(p.keys.map((key) => [key, p.get(key) ?? undefined])))),
    { initialValue: {} as Record<string, string | undefined> },
  );

  /** The published and retired versions, and the published ones; null until they arrive. */
  readonly versions = toSignal(versionsFrom(inject(ProceduresApi), this.notifier), { initialValue: null });

  readonly query = computed(() =>
    readImpactQuery(this.params(), this.versions() ?? { choices: [], published: [] }, this.today),
  );

  private readonly state = toSignal(
    listLoads(
      toObservable(computed(() => (this.versions() === null ? undefined : comparisonParams(this.query())))).pipe(
        filter((params): params is Params => params !== undefined),
        distinctUntilChanged(sameParams),
      ),
      (params) => (params ? this.api.compare(params) : of<ProcedureComparisonReport | null>(null)),
      this.notifier,
    ),
    { initialValue: initialListState<ProcedureComparisonReport | null>() },
  );

  readonly report = computed(() => this.state().list ?? null);
  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);

  /** Changes the comparison by changing the URL, so it can be bookmarked and shared. */
  set(change: Partial<ImpactQuery>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: urlParams({ ...this.query(), ...change }) });
  }
}

/** The versions to pick from, newest first; none (the error shown) when they cannot be read. */
function versionsFrom(api: ProceduresApi, notifier: Notifier): Observable<ImpactVersions> {
  return forkJoin({ choices: api.list(['published', 'retired']), published: api.list(['published']) }).pipe(
    catchError((error: unknown) => {
      notifier.error(error);
      return of<ImpactVersions>({ choices: [], published: [] });
    }),
  );
}
