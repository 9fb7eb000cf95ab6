import { computed, inject, Injectable, signal } from '@angular/core';
import type { TriageSuggestions } from '@ladder/contracts';
import { toApiError } from '@ladder/portal/core';
import { firstValueFrom } from 'rxjs';
import { suggestionsOf } from '../shared/triage-suggestion';
import { TriageSuggestionsApi } from '../shared/triage-suggestions.api';

/** The triage model's suggestions for an open escalation's text; a failure is kept as words for the panel to show. */
@Injectable()
export class AlertSuggestionsStore {
  private readonly api = inject(TriageSuggestionsApi);
  /** Only the latest read may land, should the text change meanwhile. */
  private generation = 0;

  readonly answer = signal<TriageSuggestions | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly suggestions = computed(() => suggestionsOf(this.answer()));

  async load(title: string, description: string): Promise<void> {
    const generation = ++this.generation;
    this.loading.set(true);
    this.error.set(null);
    try {
      const answer = await firstValueFrom(this.api.suggest({ title, description }));
      if (generation === this.generation) this.answer.set(answer);
    } catch (error) {
      if (generation !== this.generation) return;
      this.answer.set(null);
      this.error.set(`Suggestions could not be loaded. ${toApiError(error).message}`);
    } finally {
      if (generation === this.generation) this.loading.set(false);
    }
  }
}
