import { inject, Injectable, signal } from '@angular/core';
import type { ProcedureReplayResult, ProcedureVersionDetail } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';

/** The version being replayed and the last replay's result. */
@Injectable()
export class ProcedureReplayStore {
  private readonly api = inject(ProceduresApi);
  private readonly notifier = inject(Notifier);
  private generation = 0;

  readonly version = signal<ProcedureVersionDetail | null>(null);
  readonly result = signal<ProcedureReplayResult | null>(null);
  readonly running = signal(false);

  async load(id: string): Promise<void> {
    const generation = ++this.generation;
    this.result.set(null);
    try {
      const version = await firstValueFrom(this.api.get(id));
      if (generation === this.generation) this.version.set(version);
    } catch (error) {
      this.notifier.error(error);
    }
  }

  /** A replay takes a second or two on 90 days of history. */
  async run(id: string, days: number): Promise<void> {
    if (this.running()) return;
    const generation = this.generation;
    this.running.set(true);
    try {
      const result = await firstValueFrom(this.api.replay(id, days));
      if (generation === this.generation) this.result.set(result);
    } catch (error) {
      this.notifier.error(error);
    } finally {
      this.running.set(false);
    }
  }
}
