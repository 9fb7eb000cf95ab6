import { DEFAULT_DELIVERIES_FILTER, deliveriesFilterFromParams, deliveriesFilterToParams } from './deliveries-filter';

describe('deliveries filter in the URL', () => {
  it('shows failed deliveries, page 1, by default and for values the API would reject', () => {
    expect(deliveriesFilterFromParams({})).toEqual({ status: 'failed', page: 1 });
    expect(deliveriesFilterFromParams({ status: 'lost', page: '0' })).toEqual({ status: 'failed', page: 1 });
    expect(deliveriesFilterFromParams({ status: 'pending', page: '1.5' })).toEqual({ status: 'pending', page: 1 });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    expect(deliveriesFilterToParams(DEFAULT_DELIVERIES_FILTER)).toEqual({ status: null, page: null });
    expect(deliveriesFilterToParams({ status: 'sent', page: 3 })).toEqual({ status: 'sent', page: 3 });
    expect(deliveriesFilterFromParams({ status: 'sent', page: '3' })).toEqual({ status: 'sent', page: 3 });
  });
});
