import { Injectable } from '@nestjs/common';
import type { ArrivalSpike, ArrivalSpikeDimension, ArrivalSpikeList, ArrivalSpikeQuery } from '@ladder/contracts';
import { DataSource } from 'typeorm';

const DAY_MS = 24 * 60 * 60 * 1000;

interface SpikeRow {
  id: string;
  dimension: ArrivalSpikeDimension;
  value: string;
  window_start: Date;
  window_end: Date;
  observed: number;
  baseline_mean: number;
  baseline_std_dev: number;
  baseline_weeks: number;
  notified_at: Date;
}

const toArrivalSpike = (row: SpikeRow): ArrivalSpike => ({
  id: row.id,
  dimension: row.dimension,
  value: row.value,
  windowStart: row.window_start.toISOString(),
  windowEnd: row.window_end.toISOString(),
  observed: row.observed,
  baselineMean: row.baseline_mean,
  baselineStdDev: row.baseline_std_dev,
  baselineWeeks: row.baseline_weeks,
  notifiedAt: row.notified_at.toISOString(),
});

/** The spikes recorded, for managers looking back. */
@Injectable()
export class ArrivalSpikesReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Spikes whose hour ended within the UTC days `from`..`to`, newest first. */
  async list(query: ArrivalSpikeQuery): Promise<ArrivalSpikeList> {
    const from = new Date(`${query.from}T00:00:00.000Z`);
    const toExclusive = new Date(Date.parse(`${query.to}T00:00:00.000Z`) + DAY_MS);
    const rows = await this.dataSource.query<SpikeRow[]>(
      `SELECT id, dimension, value, window_start, window_end, observed, baseline_mean, baseline_std_dev, baseline_weeks,
              notified_at
         FROM arrival_spike
        WHERE window_end >= $1 AND window_end < $2
        ORDER BY window_end DESC, dimension, value`,
      [from, toExclusive],
    );
    return { items: rows.map(toArrivalSpike) };
  }
}
