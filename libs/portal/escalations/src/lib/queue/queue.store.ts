import { computed, inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { EscalationList } from '@ladder/contracts';
import { initialListState, listLoads, Notifier } from '@ladder/portal/core';
import { map } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import { filterFromParams, filterToApiParams, filterToParams, type QueueFilter } from './queue-filter';

/** The queue page's state: the filter comes from the URL, the list follows the filter. */
@Injectable()
export class QueueStore {
  private readonly api = inject(EscalationsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);

  private readonly filter$ = this.route.queryParams.pipe(map((params) => filterFromParams(params)));
  readonly filter = toSignal(this.filter$, { requireSync: true });

  private readonly state = toSignal(
    listLoads(this.filter$, (filter) => this.api.list(filterToApiParams(filter)), this.notifier),
    { initialValue: initialListState<EscalationList>() },
  );

  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly items = computed(() => this.state().list?.items ?? []);
  readonly total = computed(() => this.state().list?.total ?? 0);

  /** Changing any filter but the page starts again from page 1. */
  update(change: Partial<QueueFilter>): void {
    const next: QueueFilter = { ...this.filter(), page: 1, ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: filterToParams(next) });
  }
}
