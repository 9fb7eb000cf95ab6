import { inject, Injectable, signal } from '@angular/core';
import type { ProcedureDiff, ProcedureVersionDetail, ProcedureVersionSummary } from '@ladder/contracts';
import { Notifier } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApi } from '../shared/procedures.api';

export interface LoadedDiff {
  /** Version A, the left column: what the changes start from. */
  from: ProcedureVersionDetail;
  /** Version B, the right column: what they lead to. */
  to: ProcedureVersionDetail;
  diff: ProcedureDiff;
}

/** The changes from one version to another, and every version either side can be switched to. */
@Injectable()
export class ProcedureDiffStore {
  private readonly api = inject(ProceduresApi);
  private readonly notifier = inject(Notifier);
  private generation = 0;

  readonly loaded = signal<LoadedDiff | null>(null);
  readonly versions = signal<ProcedureVersionSummary[]>([]);
  readonly loading = signal(false);

  async load(fromId: string, toId: string, withDrafts: boolean): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    try {
      const [diff, from, to, ...lists] = await Promise.all([
        firstValueFrom(this.api.diff(toId, fromId)),
        firstValueFrom(this.api.get(fromId)),
        firstValueFrom(this.api.get(toId)),
        firstValueFrom(this.api.list()),
        ...(withDrafts ? [firstValueFrom(this.api.list(['draft', 'in-review']))] : []),
      ]);
      if (generation !== this.generation) return;
      this.loaded.set({ from, to, diff });
      this.versions.set(lists.flat().sort((a, b) => b.version - a.version));
    } catch (error) {
      if (generation !== this.generation) return;
      this.loaded.set(null);
      this.notifier.error(error);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
