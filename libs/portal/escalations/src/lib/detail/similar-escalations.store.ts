import { inject, Injectable, signal } from '@angular/core';
import type { SimilarEscalation } from '@ladder/contracts';
import { toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { SimilarEscalationsApi } from './similar-escalations.api';

export const SIMILAR_LIMIT = 5;

/** The resolved escalations like the one on the page; a failure is kept as words for the panel to show. */
@Injectable()
export class SimilarEscalationsStore {
  private readonly api = inject(SimilarEscalationsApi);
  /** Only the latest read may land, should the page move to another escalation meanwhile. */
  private generation = 0;

  readonly items = signal<SimilarEscalation[]>([]);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  async load(id: string): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const items = await firstValueFrom(this.api.similar(id, SIMILAR_LIMIT));
      if (generation === this.generation) this.items.set(items);
    } catch (error) {
      if (generation !== this.generation) return;
      this.items.set([]);
      this.error.set(`Similar escalations could not be loaded. ${toApiError(error).message}`);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
