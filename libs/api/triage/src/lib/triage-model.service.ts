import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import type { TriageSuggestionRequest, TriageSuggestions } from '@ladder/contracts';
import { DataSource } from 'typeorm';
import { readTriageExamples } from './triage-examples';
import { suggestTriage, trainTriageModels, type TriageModels } from './triage-models';

/** How often the models learn again from the escalations resolved since. */
export const RETRAIN_MS = 60 * 60 * 1000;
/** While there was too little to learn from, a request tries again after this long (e.g. after a demo seed). */
export const UNTRAINED_RETRY_MS = 60 * 1000;

/**
 * Holds the triage models in memory: trained at start-up (when this instance runs the scheduler, else on the first
 * request) and again every hour; at most one training runs at a time, and suggestions use the last one finished.
 */
@Injectable()
export class TriageModelService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TriageModelService.name);
  private readonly loop: PollingLoop;
  private current: TriageModels | null = null;
  private training: Promise<TriageModels> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {
    const round = async () => {
      await this.retrain();
      return false;
    };
    this.loop = new PollingLoop(RETRAIN_MS, round, this.logger);
  }

  onApplicationBootstrap(): void {
    if (!this.config.scheduler.enabled) return;
    this.retrain().catch((error: unknown) => this.logger.error(`training failed: ${String(error)}`));
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await this.training?.catch(() => undefined);
  }

  async suggest(request: TriageSuggestionRequest): Promise<TriageSuggestions> {
    return suggestTriage(await this.usable(), request);
  }

  /** The last models, or fresh ones when there are none yet or they had too little to learn from a while ago. */
  private async usable(): Promise<TriageModels> {
    const current = this.current;
    if (!current) return this.retrain();
    const stale = this.clock.now().getTime() - current.trainedAt.getTime() >= UNTRAINED_RETRY_MS;
    return current.models === null && stale ? this.retrain() : current;
  }

  /** Trains from the resolved escalations now, or joins the training already running. */
  retrain(): Promise<TriageModels> {
    this.training ??= this.train().finally(() => {
      this.training = null;
    });
    return this.training;
  }

  private async train(): Promise<TriageModels> {
    const started = performance.now();
    const examples = await readTriageExamples((sql) => this.dataSource.query(sql));
    this.current = trainTriageModels(examples, this.clock.now());
    const ms = Math.round(performance.now() - started);
    this.logger.log(`trained on ${examples.length} resolved escalations in ${ms} ms`);
    return this.current;
  }
}
