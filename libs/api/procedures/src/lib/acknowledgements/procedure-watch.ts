import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import { acknowledgementReminderStep, reviewReminderStep } from '@ladder/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { publishedVersions, unacknowledgedStaff } from './acknowledgement-queries';
import { checkNextDrift } from './drift-check';
import { ownersOf, sendReminder } from './procedure-reminders';
import { acknowledgementReminder, reviewReminder } from './reminder-messages';

/** Reminders are not urgent: the watch looks once a minute at the most. */
export const WATCH_POLL_MS = 60_000;

export interface WatchRound {
  /** People reminded in this round, of each kind. */
  acknowledgementReminders: number;
  reviewReminders: number;
  /** Versions compared with their first weeks, and those of them flagged for early review. */
  driftChecks: number;
  driftFlags: number;
}

/**
 * Watches the published procedure versions: reminds staff who have not acknowledged one (3 days after publishing,
 * then weekly), reminds its owners of its review (14 and 3 days before, and when due), and once a day compares its
 * latest weeks with its first (drift). Every reminder is keyed in `procedure_reminder`, so rounds on any number of
 * instances send each one once.
 */
@Injectable()
export class ProcedureWatch implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    const round = async () => (await this.runRound()).driftChecks > 0;
    const pollMs = Math.max(config.scheduler.pollMs, WATCH_POLL_MS);
    this.loop = new PollingLoop(pollMs, round, new Logger(ProcedureWatch.name));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round: the reminders due now, then at most one drift check (each in its own transaction). */
  async runRound(): Promise<WatchRound> {
    const now = this.clock.now();
    const [acknowledgementReminders, reviewReminders] = await this.dataSource.transaction(async (m) => [
      await this.remindAcknowledgements(m, now),
      await this.remindReviews(m, now),
    ]);
    const drift = await this.dataSource.transaction((m) => checkNextDrift(m, now));
    return {
      acknowledgementReminders,
      reviewReminders,
      driftChecks: drift.checked ? 1 : 0,
      driftFlags: drift.flagged ? 1 : 0,
    };
  }

  private async remindAcknowledgements(m: EntityManager, now: Date): Promise<number> {
    let reminded = 0;
    for (const version of await publishedVersions(m)) {
      const step = acknowledgementReminderStep(version.published_at, now);
      if (step === null) continue;
      const userIds = await unacknowledgedStaff(m, version.id);
      const facts = { ...version, publishedAt: version.published_at };
      reminded += await sendReminder(m, acknowledgementReminder(facts, { step: String(step), userIds, at: now }));
    }
    return reminded;
  }

  private async remindReviews(m: EntityManager, now: Date): Promise<number> {
    let reminded = 0;
    for (const version of await publishedVersions(m)) {
      if (!version.review_due_at) continue;
      const lead = reviewReminderStep(now, version.review_due_at);
      if (lead === null) continue;
      const userIds = await ownersOf(m, version.id);
      const facts = { ...version, reviewDueAt: version.review_due_at };
      reminded += await sendReminder(m, reviewReminder(facts, lead, { step: String(lead), userIds, at: now }));
    }
    return reminded;
  }
}
