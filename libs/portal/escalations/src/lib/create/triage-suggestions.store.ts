import { computed, inject, Injectable, type OnDestroy, signal } from '@angular/core';
import type { ShownTriageSuggestion, TriageSuggestions } from '@ladder/contracts';
import { firstValueFrom } from 'rxjs';
import { type ShownSuggestion, suggestionsOf } from '../shared/triage-suggestion';
import { TriageSuggestionsApi } from '../shared/triage-suggestions.api';

/** How long typing must pause before the text is sent for suggestions. */
export const TRIAGE_DEBOUNCE_MS = 500;

/**
 * Suggestions for the title and description being typed, asked for once typing pauses; only the latest text's
 * answer counts. Suggestions are a help: when asking fails, there are simply none.
 */
@Injectable()
export class TriageSuggestionsStore implements OnDestroy {
  private readonly api = inject(TriageSuggestionsApi);
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly answer = signal<TriageSuggestions | null>(null);

  /** The targets with a suggestion, in the contract's order. */
  readonly suggestions = computed<ShownSuggestion[]>(() => suggestionsOf(this.answer()));

  /** What the agent was shown, as the create request records it. */
  readonly shown = computed<ShownTriageSuggestion[]>(() =>
    this.suggestions().map(({ target, value, confidence }) => ({ target, value, confidence })),
  );

  schedule(title: string, description: string): void {
    const request = ++this.latest;
    clearTimeout(this.timer);
    if (!title.trim() && !description.trim()) {
      this.answer.set(null);
      return;
    }
    this.timer = setTimeout(() => void this.load(request, title, description), TRIAGE_DEBOUNCE_MS);
  }

  ngOnDestroy(): void {
    clearTimeout(this.timer);
  }

  private async load(request: number, title: string, description: string): Promise<void> {
    try {
      const answer = await firstValueFrom(this.api.suggest({ title, description }));
      if (request === this.latest) this.answer.set(answer);
    } catch {
      if (request === this.latest) this.answer.set(null);
    }
  }
}
