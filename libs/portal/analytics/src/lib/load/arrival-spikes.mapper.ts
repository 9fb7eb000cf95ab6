import type { ArrivalSpike, ArrivalSpikeDimension, ArrivalSpikeList } from '@ladder/contracts';
import type { ArrivalSpikeRule } from '@ladder/contracts';
import { ARRIVAL_SPIKE_RULE } from '@ladder/contracts/values';
import type { DataTable } from '@ladder/portal/ui';
import { oneDecimal } from '../shared/figures';
import { cardStatus, type ReportLoad } from '../shared/report-load';

/** What the API records as a spike, in one sentence, from the rule it applies. */
export function spikeRuleText(rule: ArrivalSpikeRule = ARRIVAL_SPIKE_RULE): string {
  return (
    `A spike is an hour with at least ${rule.minObserved} escalations of one category or affected service opened, ` +
    `more than the mean plus ${rule.deviations} standard deviations and at least ${rule.ratio} times the mean of the ` +
    `same hour in the previous ${rule.baselineWeeks} weeks (with at least ${rule.minHistoryWeeks} weeks of history).`
  );
}

export const SPIKE_DIMENSION_LABEL: Readonly<Record<ArrivalSpikeDimension, string>> = {
  category: 'Category',
  affectedService: 'Affected service',
};

export const arrivalSpikesStatus = (load: ReportLoad<ArrivalSpikeList> | null) =>
  cardStatus(load, (list) => list.items.length === 0);

/** "Mon, 2 Nov 2026, 09:00–10:00": the hour counted, in `timeZone`. */
export function spikeWindow(spike: Pick<ArrivalSpike, 'windowStart' | 'windowEnd'>, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  const start = Date.parse(spike.windowStart);
  return `${day.format(start)}, ${time.format(start)}–${time.format(Date.parse(spike.windowEnd))}`;
}

/** Observed over the usual count, one decimal; null when the hour had no arrivals before (any count is new). */
export const timesUsual = (spike: Pick<ArrivalSpike, 'observed' | 'baselineMean'>) =>
  spike.baselineMean === 0 ? null : oneDecimal(spike.observed / spike.baselineMean);

/** A row per spike, newest first as the API lists them, its hour shown in `timeZone`. */
export function arrivalSpikesTable(list: ArrivalSpikeList, timeZone: string): DataTable {
  return {
    caption: 'Hours when one category or affected service had far more escalations opened than usual',
    columns: [
      { key: 'window', label: `When (${timeZone})` },
      { key: 'dimension', label: 'Counted by' },
      { key: 'value', label: 'Name' },
      { key: 'observed', label: 'Opened', numeric: true },
      { key: 'usual', label: 'Usual at this hour', numeric: true, decimals: 1 },
      { key: 'weeks', label: 'Weeks of history', numeric: true },
      { key: 'times', label: 'Times the usual', numeric: true, decimals: 1 },
    ],
    rows: list.items.map((spike) => ({
      cells: {
        window: spikeWindow(spike, timeZone),
        dimension: SPIKE_DIMENSION_LABEL[spike.dimension],
        value: spike.value,
        observed: spike.observed,
        usual: oneDecimal(spike.baselineMean),
        weeks: spike.baselineWeeks,
        times: timesUsual(spike),
      },
    })),
  };
}
