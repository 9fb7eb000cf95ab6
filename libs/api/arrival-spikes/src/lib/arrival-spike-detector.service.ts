import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import { ARRIVAL_SPIKE_RULE } from '@ladder/contracts';
import { arrivalSpike } from '@ladder/domain';
import { DataSource } from 'typeorm';
import { readArrivalCounts, weeklyWindows } from './arrival-counts';
import { arrivalSpikeMessage, QUEUE_PATH } from './arrival-spike-message';
import { recordArrivalSpikes, type FoundSpike } from './record-arrival-spikes';

/** How often arrivals are looked at. */
export const DETECT_EVERY_MS = 5 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
/** The window counted: the last hour. */
export const ARRIVAL_WINDOW_MS = HOUR_MS;

/**
 * Every five minutes (on instances running the scheduler) counts the last hour's arrivals by category and by
 * service against the same hour of the previous weeks, and records and tells managers of each spike (see
 * `arrivalSpike` in the domain), once per clock hour however many instances run.
 */
@Injectable()
export class ArrivalSpikeDetector implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    const round = async () => {
      await this.detect();
      return false;
    };
    this.loop = new PollingLoop(DETECT_EVERY_MS, round, new Logger(ArrivalSpikeDetector.name));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round over the hour up to now; returns how many spikes were new (and told). */
  async detect(): Promise<number> {
    const now = this.clock.now();
    const windows = weeklyWindows(now, ARRIVAL_WINDOW_MS, ARRIVAL_SPIKE_RULE.baselineWeeks);
    const query = <T>(sql: string, parameters: unknown[]) => this.dataSource.query<T>(sql, parameters);
    const arrivals = await readArrivalCounts(query, windows);
    const queueUrl = `${this.config.notifications.publicUrl}${QUEUE_PATH}`;
    const spikes = arrivals.flatMap(({ dimension, value, counts }): FoundSpike[] => {
      const baseline = arrivalSpike(counts);
      if (!baseline) return [];
      const message = arrivalSpikeMessage(dimension, value, counts.observed, baseline, queueUrl);
      return [{ dimension, value, observed: counts.observed, baseline, message }];
    });
    const current = { start: new Date(now.getTime() - ARRIVAL_WINDOW_MS), end: now };
    const hour = new Date(now.getTime() - (now.getTime() % HOUR_MS));
    return recordArrivalSpikes(query, spikes, { ...current, hour }, { path: QUEUE_PATH, url: queueUrl });
  }
}
