import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { Escalation } from '@ladder/contracts';
import type { ShownSuggestion } from '../shared/triage-suggestion';
import { TriageSuggestionComponent } from '../shared/triage-suggestion.component';
import { AlertSuggestionsStore } from './alert-suggestions.store';
import { type CurrentTriage, triageDifference } from './triage-difference';

export type SuggestedFor = CurrentTriage & Pick<Escalation, 'title' | 'description'>;

/**
 * What the triage model makes of a monitoring escalation's text, beside what alert routing chose: a second opinion
 * for the agent when routing's rules put it somewhere its words do not point to.
 */
@Component({
  selector: 'ladder-alert-suggestions',
  imports: [MatCardModule, MatProgressBarModule, TriageSuggestionComponent],
  providers: [AlertSuggestionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="alert-suggestions">
      <mat-card-header>
        <mat-card-title><h2 id="alert-suggestions-heading">What its text suggests</h2></mat-card-title>
        @if (store.answer(); as answer) {
          @if (store.suggestions().length) {
            <mat-card-subtitle>Learned from {{ answer.trainedOn }} resolved escalations</mat-card-subtitle>
          }
        }
      </mat-card-header>
      <mat-card-content>
        @if (store.loading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading suggestions" />
        } @else if (store.error(); as error) {
          <p class="error" role="alert">{{ error }}</p>
        } @else if (store.answer(); as answer) {
          <ul class="plain" aria-labelledby="alert-suggestions-heading">
            @for (s of store.suggestions(); track s.target) {
              <li>
                <ladder-triage-suggestion [suggestion]="s" />
                @if (difference(s); as d) {
                  <span class="differs">{{ d }}</span>
                } @else {
                  <span class="agrees">Routing agrees.</span>
                }
              </li>
            } @empty {
              <li class="empty">
                No suggestions yet: the triage model learns from resolved escalations and has too few to go on ({{
                  answer.trainedOn
                }}
                so far).
              </li>
            }
          </ul>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    h2 {
      margin: 0;
      font: inherit;
    }
    .plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 8px;
    }
    li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
      margin-top: 8px;
      padding-top: 8px;
    }
    .differs {
      flex-basis: 100%;
      font-weight: 600;
    }
    .agrees,
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class AlertSuggestionsComponent {
  readonly escalation = input.required<SuggestedFor>();
  protected readonly store = inject(AlertSuggestionsStore);

  // Asked again only when the text changes, not on every refresh of the escalation.
  private readonly title = computed(() => this.escalation().title);
  private readonly description = computed(() => this.escalation().description);

  constructor() {
    effect(() => {
      const [title, description] = [this.title(), this.description()];
      void untracked(() => this.store.load(title, description));
    });
  }

  protected difference(s: ShownSuggestion): string | null {
    return triageDifference(s, this.escalation());
  }
}
