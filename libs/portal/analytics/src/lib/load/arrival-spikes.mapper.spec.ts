import { SPIKES } from './arrival-spikes.fixture';
import {
  arrivalSpikesStatus,
  arrivalSpikesTable,
  spikeRuleText,
  spikeWindow,
  timesUsual,
} from './arrival-spikes.mapper';

describe('spikeRuleText', () => {
  it('puts the rule the API applies into one sentence', () => {
    expect(spikeRuleText()).toBe(
      'A spike is an hour with at least 5 escalations of one category or affected service opened, more than the mean plus 3 standard deviations and at least 2 times the mean of the same hour in the previous 8 weeks (with at least 4 weeks of history).',
    );
  });
});

describe('spikeWindow', () => {
  it('names the day and the hour in the zone asked for', () => {
    const spike = { windowStart: '2026-11-02T23:30:00.000Z', windowEnd: '2026-11-03T00:30:00.000Z' };
    expect(spikeWindow(spike, 'UTC')).toBe('Mon, 2 Nov 2026, 23:30–00:30');
    expect(spikeWindow(spike, 'Asia/Tokyo')).toBe('Tue, 3 Nov 2026, 08:30–09:30');
  });
});

describe('timesUsual', () => {
  it('divides the count by the mean, one decimal, and gives no ratio against a mean of 0', () => {
    expect(timesUsual({ observed: 12, baselineMean: 2.25 })).toBe(5.3);
    expect(timesUsual({ observed: 7, baselineMean: 3.5 })).toBe(2);
    expect(timesUsual({ observed: 5, baselineMean: 0 })).toBeNull();
  });
});

describe('arrivalSpikesTable', () => {
  it('has a row per spike, newest first, with its hour in the zone', () => {
    const table = arrivalSpikesTable(SPIKES, 'Europe/Berlin');
    expect(table.columns.map((c) => c.label)).toEqual([
      'When (Europe/Berlin)',
      'Counted by',
      'Name',
      'Opened',
      'Usual at this hour',
      'Weeks of history',
      'Times the usual',
    ]);
    expect(table.rows.map((row) => Object.values(row.cells))).toEqual([
      ['Wed, 4 Nov 2026, 14:05–15:05', 'Affected service', 'Payments API', 12, 2.3, 8, 5.3],
      ['Mon, 2 Nov 2026, 09:00–10:00', 'Category', 'Network', 5, 0, 4, null],
    ]);
    expect(table.rows.every((row) => row.links === undefined)).toBe(true);
  });
});

describe('arrivalSpikesStatus', () => {
  it('is empty when no spike was recorded', () => {
    expect(arrivalSpikesStatus({ status: 'ready', report: SPIKES })).toBe('ready');
    expect(arrivalSpikesStatus({ status: 'ready', report: { items: [] } })).toBe('empty');
    expect(arrivalSpikesStatus({ status: 'loading', report: null })).toBe('loading');
    expect(arrivalSpikesStatus({ status: 'error', report: null })).toBe('error');
  });
});
