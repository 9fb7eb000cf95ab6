import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, Clock } from '@ladder/api/common';
import type { SqlQuery } from '@ladder/api/demo-data';
import { DataSource, type EntityManager } from 'typeorm';
import { refreshBreachFacts } from './breach-facts';
import { refreshAllFinishedStints, rollUpDays, type Transact } from './read-model-refresh';
import { stintDays } from './stint-daily';

/** How often the read models catch up: well within the minute in which a transition must reach the reports. */
export const READ_MODEL_REFRESH_MS = 15_000;
const DAY_MS = 86_400_000;

/**
 * Keeps the analytics read models current in the background, on instances whose scheduler is on: counts the
 * business time of finished stints, then rolls up the days they left on, and today and yesterday (stints that just
 * finished).
 */
@Injectable()
export class ReadModelRefresher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadModelRefresher.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.schedule(0);
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One catch-up; returns how many finished stints it refreshed. */
  async refresh(): Promise<number> {
    const { refreshed, days } = await refreshAllFinishedStints(this.sql(this.dataSource.manager));
    const today = this.clock.now().getTime();
    const recent = [today - DAY_MS, today].map((time) => new Date(time).toISOString().slice(0, 10));
    await rollUpDays(this.transact, [...new Set([...days, ...recent])].sort());
    await refreshBreachFacts(this.transact);
    return refreshed;
  }

  /** Counts what is left and rolls up every day a stint left on: after a bulk change such as an import. */
  async refreshAll(): Promise<void> {
    await refreshAllFinishedStints(this.sql(this.dataSource.manager));
    await rollUpDays(this.transact, await stintDays(this.sql(this.dataSource.manager)));
    await refreshBreachFacts(this.transact);
  }

  private readonly transact: Transact = (work) => this.dataSource.transaction((manager) => work(this.sql(manager)));

  private sql(manager: EntityManager): SqlQuery {
    return (text, params) => manager.query(text, params);
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.refresh()
        .catch((error: unknown) => this.logger.warn(error, 'Refreshing the analytics read models failed; will retry'))
        .finally(() => {
          if (this.timer) this.schedule(READ_MODEL_REFRESH_MS);
        });
    }, delayMs).unref();
  }
}
