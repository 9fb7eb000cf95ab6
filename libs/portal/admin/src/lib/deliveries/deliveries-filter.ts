import type { Params } from '@angular/router';
import { DeliveryStatusSchema, type DeliveryStatus } from '@ladder/contracts';

/** The API's page size for the outbox (DeliveryListQuery: 50 a page). */
export const DELIVERY_PAGE_SIZE = 50;

export interface DeliveriesFilter {
  status: DeliveryStatus;
  page: number;
}

/** Failed deliveries are what an admin comes here for. */
export const DEFAULT_DELIVERIES_FILTER: DeliveriesFilter = { status: 'failed', page: 1 };

export function deliveriesFilterFromParams(params: Readonly<Record<string, string | undefined>>): DeliveriesFilter {
  const status = DeliveryStatusSchema.safeParse(params['status']);
  const page = Number(params['page']);
  return {
    status: status.success ? status.data : DEFAULT_DELIVERIES_FILTER.status,
    page: Number.isInteger(page) && page >= 1 ? page : DEFAULT_DELIVERIES_FILTER.page,
  };
}

/** URL query params; defaults become `null` so the router removes them. */
export function deliveriesFilterToParams(filter: DeliveriesFilter): Params {
  return {
    status: filter.status === DEFAULT_DELIVERIES_FILTER.status ? null : filter.status,
    page: filter.page === DEFAULT_DELIVERIES_FILTER.page ? null : filter.page,
  };
}
