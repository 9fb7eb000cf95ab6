import { computed, inject, Injectable, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { Delivery, DeliveryList } from '@ladder/contracts';
import { initialListState, listLoads, Notifier } from '@ladder/portal/core';
import { BehaviorSubject, combineLatest, firstValueFrom, map } from 'rxjs';
import { AdminApi } from '../shared/admin.api';
import { deliveriesFilterFromParams, deliveriesFilterToParams, type DeliveriesFilter } from './deliveries-filter';

/** The outbox page: the filter lives in the URL, the list follows it and reloads after a retry. */
@Injectable()
export class DeliveriesStore {
  private readonly api = inject(AdminApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly reloads = new BehaviorSubject<void>(undefined);
  private readonly retryingIds = signal<ReadonlySet<string>>(new Set());

  private readonly filter$ = this.route.queryParams.pipe(map((params) => deliveriesFilterFromParams(params)));
  readonly filter = toSignal(this.filter$, { requireSync: true });

  private readonly state = toSignal(
    listLoads(
      combineLatest([this.filter$, this.reloads]).pipe(map(([filter]) => filter)),
      (filter) => this.api.deliveries(filter.status, filter.page),
      this.notifier,
    ),
    { initialValue: initialListState<DeliveryList>() },
  );

  readonly loading = computed(() => this.state().loading);
  readonly failed = computed(() => this.state().failed);
  readonly items = computed(() => this.state().list?.items ?? []);
  readonly total = computed(() => this.state().list?.total ?? 0);

  isRetrying(id: string): boolean {
    return this.retryingIds().has(id);
  }

  update(change: Partial<DeliveriesFilter>): void {
    const next: DeliveriesFilter = { ...this.filter(), page: 1, ...change };
    void this.router.navigate([], { relativeTo: this.route, queryParams: deliveriesFilterToParams(next) });
  }

  async retry(delivery: Delivery): Promise<void> {
    if (this.isRetrying(delivery.id)) return;
    this.retryingIds.update((ids) => new Set(ids).add(delivery.id));
    try {
      await firstValueFrom(this.api.retryDelivery(delivery.id));
      this.notifier.info(`Queued again: ${delivery.subject} to ${delivery.recipient}`);
      this.reloads.next();
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.retryingIds.update((ids) => {
        const rest = new Set(ids);
        rest.delete(delivery.id);
        return rest;
      });
    }
  }
}
