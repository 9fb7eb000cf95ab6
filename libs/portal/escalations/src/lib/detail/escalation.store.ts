import { inject, Injectable, signal } from '@angular/core';
import type { Action, Escalation, TimelineEvent } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';
import type { ReceivedSla } from './sla-clock-view';

export type ActionOutcome = 'done' | 'stale' | 'failed';

/** One escalation, its timeline and its SLA clocks; actions send the version last seen. */
@Injectable()
export class EscalationStore {
  private readonly api = inject(EscalationsApi);
  private readonly notifier = inject(Notifier);
  /** Only the latest read may land: an older one finishing late would show a past version. */
  private generation = 0;
  private refreshFailing = false;

  readonly escalation = signal<Escalation | null>(null);
  readonly timeline = signal<TimelineEvent[]>([]);
  /** Null until read, or when the clocks could not be read (the rest of the page still works). */
  readonly sla = signal<ReceivedSla | null>(null);
  readonly loading = signal(false);
  readonly busy = signal(false);

  async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      await this.read(id, (error) => this.notifier.error(error));
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
    }
  }

  /**
   * Reads everything again without a progress bar (something changed on the server, or a poll).
   * A failure is shown once, not at every poll, until a refresh succeeds again.
   */
  async refresh(): Promise<void> {
    const current = this.escalation();
    if (!current || this.busy() || this.loading()) return;
    let failed = false;
    const report = (error: unknown) => {
      if (!this.refreshFailing && !failed) this.notifier.error(error);
      failed = true;
    };
    try {
      await this.read(current.id, report);
    } catch (error) {
      report(error);
    } finally {
      this.refreshFailing = failed;
    }
  }

  /** On a stale version the escalation is reloaded and the caller may offer the same input again. */
  async act(action: Action, body: object): Promise<ActionOutcome> {
    const current = this.escalation();
    if (!current || this.busy()) return 'failed';
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.act(current.id, action, { ...body, version: current.version }));
      await this.load(current.id);
      return 'done';
    } catch (error) {
      if (toApiError(error).code !== 'stale_version') {
        this.notifier.error(error);
        return 'failed';
      }
      this.notifier.info(
        'Someone else changed this escalation meanwhile. It has been reloaded: check it, then send again.',
      );
      await this.load(current.id);
      return 'stale';
    } finally {
      this.busy.set(false);
    }
  }

  /** The clocks failing is reported apart: the escalation and timeline still show. */
  private async read(id: string, reportSlaError: (error: unknown) => void): Promise<void> {
    const generation = ++this.generation;
    const sla = firstValueFrom(this.api.sla(id)).then(
      (read): ReceivedSla => ({ sla: read, receivedAt: Date.now() }),
      (error: unknown) => {
        reportSlaError(error);
        return null;
      },
    );
    const [escalation, timeline, clocks] = await Promise.all([
      firstValueFrom(this.api.get(id)),
      firstValueFrom(this.api.timeline(id)),
      sla,
    ]);
    if (generation !== this.generation) return;
    this.escalation.set(escalation);
    this.timeline.set(timeline);
    this.sla.set(clocks);
  }
}
