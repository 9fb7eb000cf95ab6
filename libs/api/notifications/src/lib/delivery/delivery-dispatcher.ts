import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, Clock, PollingLoop } from '@ladder/api/common';
import { EmailSender } from './email.sender';
import { OutboxStore } from './outbox.store';
import type { ClaimedDelivery } from './outbox-row';
import { retryDelayMs } from './retry-delay';
import { WebhookSender } from './webhook.sender';

/** Rows claimed per round; a full batch means more are due, so the next round starts at once. */
export const DISPATCH_BATCH = 20;

/**
 * Delivers the outbox: every `scheduler.pollMs` it claims due emails and webhooks, sends them, and records each
 * attempt; a failure waits with exponential backoff and the last allowed one parks the row as failed.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: PollingLoop;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly outbox: OutboxStore,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
  ) {
    const round = async () => (await this.dispatchDue()) === DISPATCH_BATCH;
    this.loop = new PollingLoop(config.scheduler.pollMs, round, new Logger(DeliveryDispatcher.name));
  }

  onApplicationBootstrap(): void {
    if (this.config.scheduler.enabled) this.loop.start();
  }

  /** Stops polling and lets the round in flight finish, before the database pool closes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** One round: claim, deliver, settle. Returns how many rows it claimed. */
  async dispatchDue(): Promise<number> {
    const claimed = await this.outbox.claim(this.clock.now(), DISPATCH_BATCH);
    await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return claimed.length;
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    try {
      await (delivery.channel === 'email' ? this.email.send(delivery) : this.webhook.send(delivery));
    } catch (error) {
      const { maxAttempts, backoffMs } = this.config.notifications;
      const now = this.clock.now();
      const retryAt = new Date(now.getTime() + retryDelayMs(backoffMs, delivery.attempts));
      const message = error instanceof Error ? error.message : String(error);
      await this.outbox.failed(delivery.id, now, message.slice(0, 2000), retryAt, delivery.attempts >= maxAttempts);
      return;
    }
    await this.outbox.sent(delivery.id, this.clock.now());
  }
}
