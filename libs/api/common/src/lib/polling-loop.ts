import type { Logger } from '@nestjs/common';

/**
 * Runs a worker's round every `pollMs` once started; a round that says more is due is followed at once. `stop`
 * waits for the round in flight, so a worker can be stopped before the database pool closes.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    /** One round; resolves to whether more work is due right away. */
    private readonly round: () => Promise<boolean>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.next(this.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.round()
        .then((moreDue) => this.next(moreDue ? 0 : this.pollMs))
        .catch((error: unknown) => {
          this.logger.error(`round failed: ${String(error)}`);
          this.next(this.pollMs);
        });
    }, delayMs);
  }
}
