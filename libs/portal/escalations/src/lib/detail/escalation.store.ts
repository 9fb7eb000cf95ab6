import { inject, Injectable, signal } from '@angular/core';
import type { Action, Escalation, TimelineEvent } from '@ladder/contracts';
import { Notifier, toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { EscalationsApi } from '../shared/escalations.api';

export type ActionOutcome = 'done' | 'stale' | 'failed';

/** One escalation and its timeline; actions send the version last seen. */
@Injectable()
export class EscalationStore {
  private readonly api = inject(EscalationsApi);
  private readonly notifier = inject(Notifier);

  readonly escalation = signal<Escalation | null>(null);
  readonly timeline = signal<TimelineEvent[]>([]);
  readonly loading = signal(false);
  readonly busy = signal(false);

  async load(id: string): Promise<void> {
    this.loading.set(true);
    try {
      const [escalation, timeline] = await Promise.all([
        firstValueFrom(this.api.get(id)),
        firstValueFrom(this.api.timeline(id)),
      ]);
      this.escalation.set(escalation);
      this.timeline.set(timeline);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.loading.set(false);
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
}
