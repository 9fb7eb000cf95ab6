import type { ArrivalSpikeList } from '@ladder/contracts';

/** Two spikes in the week of 2 November 2026, newest first; the older one in an hour never busy before. */
export const SPIKES: ArrivalSpikeList = {
  items: [
    {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      dimension: 'affectedService',
      value: 'Payments API',
      windowStart: '2026-11-04T13:05:00.000Z',
      windowEnd: '2026-11-04T14:05:00.000Z',
      observed: 12,
      baselineMean: 2.25,
      baselineStdDev: 1.2,
      baselineWeeks: 8,
      notifiedAt: '2026-11-04T14:05:03.000Z',
    },
    {
      id: '16fd2706-8baf-433b-82eb-8c7fada847da',
      dimension: 'category',
      value: 'Network',
      windowStart: '2026-11-02T08:00:00.000Z',
      windowEnd: '2026-11-02T09:00:00.000Z',
      observed: 5,
      baselineMean: 0,
      baselineStdDev: 0,
      baselineWeeks: 4,
      notifiedAt: '2026-11-02T09:00:02.000Z',
    },
  ],
};
